import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { firstNonNfcLine } from '../lib/vietnamese';
import { isSlug } from '../lib/slug';
import { schemaProblems } from './schema-problems';

/**
 * Wraps a loader so that its files are checked before they are parsed, each
 * problem named once with file, line and column:
 * - text not in Unicode NFC (a decomposed "ủ" would fail a schema with a
 *   confusing message, or slip through and break search and comparisons);
 * - YAML that does not parse (a data file, or a Markdown file's front matter):
 *   left to Astro, the error surfaces in every page that renders Markdown;
 * - a file name that is not a slug (it is the page's address);
 * - with `schema`, each entry's schema mistakes, as schemaProblems words them.
 */
export function preflightChecked(loader: Loader, files: () => string[], schema?: z.ZodType): Loader {
  return {
    ...loader,
    load: async (context) => {
      const problems = files().flatMap(fileProblems);
      if (problems.length) throw new ContentError(problems);
      if (!schema) return loader.load(context);
      // Each entry is checked against the schema first, so its mistakes are reported as schemaProblems words them,
      // all entries at once, instead of by Astro one file at a time with garbled field names.
      const parseData: typeof context.parseData = async (props) => {
        const found = await schemaProblems(schema, props.data);
        if (!found.length) return context.parseData(props);
        // An entry of a data file of many is named by its id too; a file that is one entry is named by its path alone.
        const ownFile = props.filePath && basename(props.filePath).replace(/\.[^.]+$/, '') === props.id;
        const where = props.filePath ? `${resolve(props.filePath)}${ownFile ? '' : ` («${props.id}»)`}` : props.id;
        problems.push(...found.map((p) => `${where}: ${p}`));
        return props.data;
      };
      await loader.load({ ...context, parseData });
      if (problems.length) throw new ContentError(problems);
    },
  };
}

/** A content error: its message is the whole report, so the stack (which says nothing about content) is left out. */
export class ContentError extends Error {
  constructor(problems: string[]) {
    super(`Nội dung có lỗi (${problems.length}):\n${problems.join('\n')}`);
    this.name = 'ContentError';
    this.stack = this.message;
  }

  /**
   * Astro appends a hint about browser APIs to any error whose text contains
   * "document" (every path under content/documents/ does); the short form
   * keeps that misleading hint off content errors. The message is printed whole.
   */
  override toString(): string {
    return this.name;
  }
}

export function fileProblems(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const problems: string[] = [];
  const line = firstNonNfcLine(text);
  if (line !== null) problems.push(`${file}:${line}: chữ không ở dạng Unicode NFC`);
  const name = basename(file).replace(/\.[^.]+$/, '');
  // Documents are named by their number (validate.ts checks the exact name); every other file name is its page's slug.
  if (!isSlug(name)) problems.push(`${file}: tên tệp phải là slug (chữ thường không dấu, số và "-"), ví dụ "to-chuc-thuc-hien"`);
  problems.push(...yamlProblems(file, text));
  return problems;
}

/** YAML errors of a data file, or of a Markdown file's front matter, as "file:line:column: message". */
export function yamlProblems(file: string, text: string): string[] {
  let yaml = text;
  let offset = 0;
  if (/\.mdx?$/.test(file)) {
    const front = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
    if (!front) return [];
    yaml = front[1]!;
    offset = 1;
  }
  // The first error only: the ones after it are usually knock-on effects of the same slip.
  const [error] = parseDocument(yaml).errors;
  if (!error) return [];
  const at = error.linePos?.[0];
  const where = at ? `${at.line + offset}:${at.col}` : '1:1';
  const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return [`${file}:${where}: YAML không đọc được (${reason})`];
}

/** The files of a folder with one of the given endings (content folders are flat). */
export function filesIn(folder: string, endings: string[]): () => string[] {
  return () => {
    try {
      return readdirSync(folder).filter((name) => endings.some((e) => name.endsWith(e))).map((name) => join(folder, name));
    } catch {
      return [];
    }
  };
}
