/**
 * What the Markdown plugins need to know of the content before
 * astro:content exists (they run inside Vite's transform): the register's
 * numbers and aliases, and the glossary's terms and aliases. Front matter
 * is read with Astro's own parser (parseFrontmatter), so the plugins see
 * what the collections will; the schemas validate the rest afterwards. A
 * file whose YAML does not parse is left out here: preflight.ts reports it,
 * once, in its own name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse } from 'yaml';
import { createRegisterIndex, type RegisterIndex } from '../lib/document-mentions';
import type { TermLike } from '../lib/term-mentions';
import { contentDir } from '../content/content-dir';

function frontMatters(folder: string): { slug: string; data: Record<string, unknown> }[] {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.md'));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    try {
      const data = parseFrontmatter(readFileSync(join(folder, name), 'utf8')).frontmatter as Record<string, unknown>;
      return [{ slug: name.replace(/\.md$/, ''), data: data ?? {} }];
    } catch {
      return [];
    }
  });
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((a): a is string => typeof a === 'string') : []);

export function loadRegisterIndex(dir: string = contentDir): RegisterIndex {
  const entries = frontMatters(join(dir, 'documents'))
    .map(({ slug, data }) => ({ slug, number: typeof data.number === 'string' ? data.number : '', aliases: strings(data.aliases) }))
    .filter((entry) => entry.number);
  let mentioned: unknown = [];
  try {
    mentioned = parse(readFileSync(join(dir, 'mentioned-documents.yaml'), 'utf8'));
  } catch {
    /* reported by preflight.ts */
  }
  const numbers = Array.isArray(mentioned) ? mentioned.flatMap((m: { number?: unknown }) => (typeof m?.number === 'string' ? [m.number] : [])) : [];
  return createRegisterIndex(entries, numbers);
}

export function loadGlossaryTerms(dir: string = contentDir): TermLike[] {
  return frontMatters(join(dir, 'glossary'))
    .map(({ slug, data }) => ({
      slug,
      term: typeof data.term === 'string' ? data.term.normalize('NFC') : '',
      aliases: strings(data.aliases).map((a) => a.normalize('NFC')),
    }))
    .filter((t) => t.term);
}
