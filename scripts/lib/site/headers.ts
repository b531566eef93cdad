/**
 * The site's response headers live in one place, public/_headers (the
 * Netlify/Cloudflare format, copied to dist/ by the build). Tests, the CSP
 * gate and the benchmark host read them through this parser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type HeaderRules = Map<string, Record<string, string>>;

/** Parses a _headers file: an unindented path pattern, then indented "Name: value" lines. "#" starts a comment. */
export function parseHeadersFile(text: string): HeaderRules {
  const rules: HeaderRules = new Map();
  let current: Record<string, string> | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = {};
      rules.set(line.trim(), current);
      continue;
    }
    const m = /^\s+([^:\s]+)\s*:\s*(.*)$/.exec(line);
    if (!m || !current) throw new Error(`_headers: dòng không hiểu được: ${line}`);
    current[m[1]!] = m[2]!.trim();
  }
  return rules;
}

/** The headers every page of the site built in root is served with (the "/*" rule of its _headers). */
export function siteHeaders(root: string): Record<string, string> {
  const file = join(root, '_headers');
  if (!existsSync(file)) throw new Error(`không có ${file}: public/_headers phải được chép vào bản dựng`);
  const all = parseHeadersFile(readFileSync(file, 'utf8')).get('/*');
  if (!all) throw new Error('_headers không có quy tắc "/*"');
  return all;
}
