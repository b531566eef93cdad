/**
 * html-validate over every page of a built site, with the project's
 * .htmlvalidate.json (the recommended preset). JSON has no comments, so the
 * config may carry "$comment" keys to justify an exception; they are removed
 * here before html-validate, which rejects unknown keys, sees the config.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { listPages, resolveSitePath } from '../../../scripts/lib/site/files.ts';

export const CONFIG_FILE = join(import.meta.dirname, '..', '..', '..', '.htmlvalidate.json');

export interface HtmlProblem {
  page: string;
  rule: string;
  message: string;
  line: number;
}

function withoutComments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutComments);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== '$comment')
        .map(([key, v]) => [key, withoutComments(v)]),
    );
  }
  return value;
}

export function loadConfig(file = CONFIG_FILE): ConfigData {
  return withoutComments(JSON.parse(readFileSync(file, 'utf8'))) as ConfigData;
}

export async function validateSite(root: string, config: ConfigData = loadConfig()): Promise<HtmlProblem[]> {
  const validator = new HtmlValidate(config);
  const problems: HtmlProblem[] = [];
  for (const page of listPages(root)) {
    const file = resolveSitePath(root, page)!;
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push({ page, rule: m.ruleId, message: m.message, line: m.line });
    }
  }
  return problems;
}
