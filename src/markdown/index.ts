/**
 * The site's Markdown pipeline, in one place: astro.config.mjs hands these
 * to Astro's unified() processor, which MDX inherits.
 * - remark-gfm: tables and lists as content editors write them;
 * - document links: every known document number in prose links to its page,
 *   and an unknown one fails the build (it is reported to content-errors.ts
 *   too, since Astro only logs a plugin's error during content sync);
 * - glossary links: the first mention of each term in a module links to it
 *   (after document links, so a document's name stays one link);
 * - heading ids: ASCII, by the site's slug rule;
 * - known components: a lesson uses only the components its page provides.
 */
import type { RehypePlugins, RemarkPlugins } from 'astro';
import remarkGfm from 'remark-gfm';
import { loadRegisterIndex } from './content-index';
import { remarkDocumentLinks } from './document-links';
import { remarkGlossaryLinks } from './glossary-links';
import { rehypeHeadingIds } from './heading-ids';
import { remarkKnownComponents } from './known-components';

export function markdownPlugins(options: { report: (message: string) => void }) {
  return {
    remarkPlugins: [remarkGfm, [remarkDocumentLinks, { register: () => loadRegisterIndex(), report: options.report }], remarkGlossaryLinks, [remarkKnownComponents, { report: options.report }]] as RemarkPlugins,
    rehypePlugins: [rehypeHeadingIds] as RehypePlugins,
  };
}
