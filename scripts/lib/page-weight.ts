/**
 * What a page weighs as loaded on first view: its HTML, the stylesheets and
 * scripts it links, and the modules those scripts import statically, in bytes
 * raw and gzip. Anything fetched only on interaction is left out: dynamic
 * import(), and Pagefind's files (/pagefind/), which the search box loads
 * when used. Images are left out too (the site ships none but its icon).
 *
 * One function for the gate (tests/gates/weight.test.ts), `npm run weight`
 * and `npm run bench`, so the budget and the report measure the same thing.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { pageKind, type PageKind } from '../../src/lib/page-kinds.ts';
import { resolveSitePath } from './site/files.ts';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  path: string;
  kind: PageKind;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  total: Bytes;
  /** Site paths of every file counted, the page first. */
  files: string[];
  /** Resources the page links that are not in the build (a broken page; the link gate names them too). */
  missing: string[];
}

/**
 * Budgets in bytes gzip of HTML + CSS + JS on first view, per kind of page.
 * The directive's is the goal (≤ 20 KB); the others leave room for
 * what each kind carries: reading pages little, the builder its script.
 */
export const BUDGETS: Record<PageKind, number> = {
  home: 14_000,
  register: 20_000,
  directive: 20_000,
  document: 14_000,
  'module-index': 16_000,
  module: 24_000,
  // Every slide of a module is in the HTML (the deck works offline once loaded), plus its small script.
  slides: 18_000,
  'glossary-index': 16_000,
  glossary: 12_000,
  'body-index': 16_000,
  body: 14_000,
  // The search page loads its engine at once: Pagefind's driver, the number lookup, the register's own index and
  // the snippet builder that marks whole words (issue 13), about 13.6 KB of script.
  search: 22_000,
  // The instructors' pages include the A4 print views (/giang-vien/in/): the renderer of the four class documents
  // (giáo án, handout, test with answer sheets, key) and the plan's reader (link codec and validator, shared with
  // the builder), about 18 KB of script. Their CSS is split (print-views.css) so neither page loads the other's.
  instructors: 28_000,
  builder: 32_000,
  'not-found': 12_000,
  other: 20_000,
};

/** Fetched only when the reader searches. */
const INTERACTION_ONLY = ['/pagefind/'];

export function gzipBytes(data: Buffer | string): number {
  return gzipSync(data, { level: 6 }).length;
}

function bytesOf(data: Buffer): Bytes {
  return { raw: data.length, gzip: gzipBytes(data) };
}

function add(a: Bytes, b: Bytes): Bytes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

/** Static imports and re-exports of a module ("import{a}from"./x.js"", "import"./y.js""); import() is not one. */
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
const CSS_IMPORT = /@import\s+(?:url\()?\s*["']?([^"')\s]+)["']?\s*\)?/g;

function isLocal(url: string): boolean {
  return !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
}

/** Weight of one page of the site built in root, by site path ("/van-ban/111-cv-tu-2016/"). */
export function measurePage(root: string, path: string): PageWeight {
  const htmlFile = resolveSitePath(root, path);
  if (!htmlFile) throw new Error(`không có trang ${path} trong ${root}`);
  const html = readFileSync(htmlFile);
  const { document } = parseHTML(html.toString('utf8'));
  const seen = new Set<string>([path]);
  const missing: string[] = [];
  let css: Bytes = { raw: 0, gzip: 0 };
  let js: Bytes = { raw: 0, gzip: 0 };

  const visit = (url: string, base: string, type: 'css' | 'js') => {
    if (!isLocal(url)) return; // off-site resources fail the origin gate; they are not ours to weigh
    const sitePath = new URL(url, `http://site${base}`).pathname;
    if (INTERACTION_ONLY.some((prefix) => sitePath.startsWith(prefix)) || seen.has(sitePath)) return;
    seen.add(sitePath);
    const file = resolveSitePath(root, sitePath);
    if (!file) {
      missing.push(sitePath);
      return;
    }
    const data = readFileSync(file);
    if (type === 'css') {
      css = add(css, bytesOf(data));
      for (const m of data.toString('utf8').matchAll(CSS_IMPORT)) visit(m[1]!, sitePath, 'css');
    } else {
      js = add(js, bytesOf(data));
      for (const m of data.toString('utf8').matchAll(STATIC_IMPORT)) visit(m[1]!, sitePath, 'js');
    }
  };

  for (const link of document.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href')!;
    if (rel.includes('stylesheet')) visit(href, path, 'css');
    else if (rel.includes('modulepreload')) visit(href, path, 'js');
    else if (rel.includes('preload') && link.getAttribute('as') === 'script') visit(href, path, 'js');
    else if (rel.includes('preload') && link.getAttribute('as') === 'style') visit(href, path, 'css');
  }
  for (const script of document.querySelectorAll('script[src]')) visit(script.getAttribute('src')!, path, 'js');

  const htmlBytes = bytesOf(html);
  return {
    path,
    kind: pageKind(path),
    html: htmlBytes,
    css,
    js,
    total: add(add(htmlBytes, css), js),
    files: [...seen],
    missing,
  };
}

/** A budget's verdict, as a sentence naming the page, its weight and the budget; null when within it. */
export function overBudget(weight: PageWeight, budgets: Record<PageKind, number> = BUDGETS): string | null {
  const budget = budgets[weight.kind];
  return weight.total.gzip > budget
    ? `${weight.path} (${weight.kind}): ${weight.total.gzip} B gzip > ${budget} B (HTML ${weight.html.gzip}, CSS ${weight.css.gzip}, JS ${weight.js.gzip})`
    : null;
}

/** Decimal kilobytes (1 KB = 1,000 bytes), as the budgets are written. */
export function formatKB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}
