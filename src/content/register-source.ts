/**
 * The register as the Markdown pipeline sees it. Remark plugins run inside
 * Vite's transform, before astro:content is available, so this reads the
 * documents' front matter straight from content/. Only numbers and aliases
 * are read here; the schemas validate the rest when the collections load.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createRegisterIndex, type RegisterIndex } from '../lib/citations';
import { contentDir } from './paths';

export function loadRegisterIndex(dir: string = contentDir): RegisterIndex {
  const docsDir = join(dir, 'documents');
  const entries = readdirSync(docsDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const text = readFileSync(join(docsDir, name), 'utf8');
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
      // Broken YAML is reported once, by preflight.ts for its own file; here the file is only left out.
      const data = (tryParse(front) ?? {}) as { number?: unknown; aliases?: unknown };
      return {
        slug: name.replace(/\.md$/, ''),
        number: typeof data.number === 'string' ? data.number : '',
        aliases: Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [],
      };
    })
    .filter((entry) => entry.number);
  const mentioned = tryParse(readFileSync(join(dir, 'mentioned-documents.yaml'), 'utf8'));
  const numbers = Array.isArray(mentioned) ? mentioned.flatMap((m: { number?: unknown }) => (typeof m?.number === 'string' ? [m.number] : [])) : [];
  return createRegisterIndex(entries, numbers);
}

function tryParse(text: string): unknown {
  try {
    return parse(text);
  } catch {
    return null;
  }
}
