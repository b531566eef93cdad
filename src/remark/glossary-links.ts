/**
 * Links the first mention of each glossary term in a module's prose to the
 * term's page, so a learner can look up a word where it is first used.
 * Applies only to files under <contentDir>/modules/; other pages are left
 * alone (the directive is verbatim, documents and the glossary itself would
 * link everywhere).
 *
 * Remark plugins run inside Vite's transform, before astro:content is
 * available, so the terms are read from content/glossary front matter here
 * (like register-source.ts does for the register). Only term, aliases and the
 * file name are read; the glossary schema validates the rest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Link, Parent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parse } from 'yaml';
import { contentDir } from '../content/paths';
import { termPath } from '../lib/paths';
import { compileTerms, linkFirstMentions, type TermLike } from '../lib/term-mentions';

export function loadGlossaryTerms(dir: string = contentDir): TermLike[] {
  const glossaryDir = join(dir, 'glossary');
  let names: string[];
  try {
    names = readdirSync(glossaryDir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const text = readFileSync(join(glossaryDir, name), 'utf8');
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
      const data = (parse(front) ?? {}) as { term?: unknown; aliases?: unknown };
      return {
        slug: name.replace(/\.md$/, ''),
        term: typeof data.term === 'string' ? data.term.normalize('NFC') : '',
        aliases: Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string').map((a) => a.normalize('NFC')) : [],
      };
    })
    .filter((t) => t.term);
}

/** Text in these is never linked: links already link, headings stay plain, code is code, components are their own. */
const LEAVE_ALONE = new Set([
  'link',
  'linkReference',
  'heading',
  'inlineCode',
  'code',
  'definition',
  'html',
  'image',
  'imageReference',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
]);

export interface GlossaryLinkOptions {
  terms?: () => TermLike[];
  /** The folder whose modules/ subfolder gets links (defaults to contentDir). */
  dir?: string;
}

export function remarkGlossaryLinks(options: GlossaryLinkOptions = {}) {
  const modulesDir = resolve(options.dir ?? contentDir, 'modules') + sep;
  return (tree: Root, file: VFile) => {
    if (!file.path || !resolve(file.path).startsWith(modulesDir)) return;
    const terms = (options.terms ?? (() => loadGlossaryTerms(options.dir)))();
    if (!terms.length) return;
    const matcher = compileTerms(terms);
    const linked = new Set<string>();
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (LEAVE_ALONE.has(node.type)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const value = (node as Text).value.normalize('NFC');
      const pieces = linkFirstMentions(value, matcher, linked);
      if (pieces.length === 1 && typeof pieces[0] === 'string') return;
      const replacement = pieces.map((piece): Text | Link =>
        typeof piece === 'string'
          ? { type: 'text', value: piece }
          : { type: 'link', url: termPath(piece.slug), data: { hProperties: { className: ['term-link'] } }, children: [{ type: 'text', value: piece.text }] },
      );
      parent.children.splice(index, 1, ...(replacement as Parent['children']));
      return [SKIP, index + replacement.length];
    });
  };
}
