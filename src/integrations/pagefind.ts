/**
 * The search index: Pagefind's Node API run on the built pages once
 * `astro build` has exited (scripts/finish-build.ts, part of `npm run build`),
 * written to <outDir>/pagefind/ (outDir follows QCDC_DIST).
 *
 * Why the pages are handed to Pagefind rewritten, in memory: Pagefind strips
 * combining marks but cannot fold đ → d, so every đ in the pages' text is
 * given to it as d + a combining mark (src/lib/search-text.ts). Two other ways
 * were weighed and left: a hidden folded copy of each page's text would
 * double what the directive page weighs (its budget is 20 KB gzip) and show up
 * in excerpts as unaccented text; custom records would lose the sub-results
 * (each point of the directive with its anchor) that Pagefind takes from the
 * HTML. Attributes (ids, URLs) are left as they are, so anchors stay valid.
 *
 * In `astro dev` there are no built pages to index; the dev server then serves
 * the index of the last build, if there is one, and the search says how to
 * get one otherwise.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { encodeForIndex, holdsIndexMark } from '../lib/search-text';
// The one page walker and path mapping of the built site, shared with the tests and benchmarks.
import { listPages, resolveSitePath } from '../../scripts/lib/site/files.ts';
import { CONTENT_TYPES, resolveRequest } from '../../scripts/lib/site/server.ts';

/**
 * Left out of the index (besides header and footer, which Base.astro marks):
 * - provisions quoted on other pages (ProvisionQuote). The directive's text is
 *   stored once and transcluded everywhere; indexed on every page that quotes
 *   it, a phrase of the directive would bring up a dozen copies and bury the
 *   directive's own point. The quoting pages are still found by their own words;
 * - navigation inside pages (breadcrumbs, contents lists, pagers) and each
 *   provision's link and citation tools, which repeat on every point.
 */
const EXCLUDED = ['figure.provision-quote', '.breadcrumbs', 'nav', '.provision-link', 'details.cite'];

/** Files Pagefind writes that nothing on this site loads. */
const UNUSED_PAGEFIND_FILES = /^pagefind-(?:ui|component-ui|modular-ui|highlight|worker)\.(?:js|css)$/;


const CELL_END = /^<\/(?:dt|dd|th|td|li|p|h[1-6]|div|section|span)\s*>$/i;

/** Encodes đ in the text of an HTML document, leaving tags, attributes and comments untouched. */
export function encodeHtmlText(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out += encodeForIndex(html.slice(i));
      break;
    }
    out += encodeForIndex(html.slice(i, lt));
    const end = html.startsWith('<!--', lt) ? html.indexOf('-->', lt) + 3 : tagEnd(html, lt);
    const stop = end <= lt ? html.length : end;
    const tag = html.slice(lt, stop);
    // Pagefind runs the text of adjacent cells and terms together ("Người kýNguyễn Thị Nghĩa"): part them.
    out += CELL_END.test(tag) ? `${tag} ` : tag;
    i = stop;
  }
  return out;
}

/** Index just past the ">" that closes the tag opened at `start`, skipping quoted attribute values. */
function tagEnd(html: string, start: number): number {
  let quote = '';
  for (let i = start + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return html.length;
}

export async function buildSearchIndex(root: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi', excludeSelectors: EXCLUDED });
  if (!index) throw new Error(`Pagefind không tạo được chỉ mục: ${errors.join('; ')}`);
  const problems: string[] = [];
  let indexed = 0;
  try {
    for (const path of listPages(root)) {
      const html = await readFile(resolveSitePath(root, path)!, 'utf8');
      // A page that already held the mark would decode wrongly in excerpts.
      if (holdsIndexMark(html)) problems.push(`${path}: chứa ký tự U+0335, trùng với cách mã hóa chữ đ của chỉ mục tìm kiếm`);
      const added = await index.addHTMLFile({ url: path, content: encodeHtmlText(html) });
      problems.push(...added.errors.map((e) => `${path}: ${e}`));
      if (html.includes('data-pagefind-body')) indexed++;
    }
    if (problems.length) throw new Error(`Lập chỉ mục tìm kiếm có lỗi:\n${problems.join('\n')}`);
    const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind không ghi được chỉ mục: ${written.errors.join('; ')}`);
    // The site has its own search UI and searches on the main thread (noWorker): Pagefind's UI bundles and worker would ship unused.
    for (const name of await readdir(join(root, 'pagefind'))) {
      if (UNUSED_PAGEFIND_FILES.test(name)) await rm(join(root, 'pagefind', name));
    }
  } finally {
    await pagefind.close();
  }
  return indexed;
}


export function pagefindIntegration(): AstroIntegration {
  let outDir = '';
  return {
    name: 'qcdc:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server }) => {
        // Dev: serve the last build's index, if any, at /pagefind/.
        server.middlewares.use((req, res, next) => {
          if (!(req.url ?? '').startsWith('/pagefind/')) return next();
          const resolved = resolveRequest(outDir, req.url ?? '/');
          if (!resolved?.found) return next();
          const file = resolved.file;
          res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
