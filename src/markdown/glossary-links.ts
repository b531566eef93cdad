/**
 * Links the first mention of each glossary term in a module's prose to the
 * term's page, so a learner can look up a word where it is first used.
 * Applies only to files under <contentDir>/modules/; other pages are left
 * alone (the directive is verbatim, documents and the glossary itself would
 * link everywhere).
 *
 * The terms come from content-index.ts, read once per processor (not once
 * per module file).
 */
import { resolve, sep } from 'node:path';
import type { Link, Parent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { contentDir } from '../content/content-dir';
import { termPath } from '../lib/paths';
import { compileTerms, linkFirstMentions, type TermLike } from '../lib/term-mentions';
import { loadGlossaryTerms } from './content-index';

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
  let matcher: ReturnType<typeof compileTerms> | null | undefined;
  return (tree: Root, file: VFile) => {
    if (!file.path || !resolve(file.path).startsWith(modulesDir)) return;
    if (matcher === undefined) {
      const terms = (options.terms ?? (() => loadGlossaryTerms(options.dir)))();
      matcher = terms.length ? compileTerms(terms) : null;
    }
    if (!matcher) return;
    const linked = new Set<string>();
    const terms = matcher;
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (LEAVE_ALONE.has(node.type)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      // A document number (document-links.ts) stays whole.
      if ((node as Text).data?.hName) return;
      const value = (node as Text).value.normalize('NFC');
      const pieces = linkFirstMentions(value, terms, linked);
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
