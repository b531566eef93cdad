/**
 * Nothing a page loads may come from another origin: no CDN, font service or
 * tracker. This is the static half (what the built files ask for); the
 * browser half loads each page and records what it actually requests
 * (tests/support/browser.ts blocks and records any off-origin request).
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { listFiles, listPages, resolveSitePath } from '../../../scripts/lib/site/files.ts';

export interface OriginProblem {
  file: string;
  url: string;
  what: string;
}

/** <link> relations that name a page rather than fetch a resource. */
const NON_FETCHING_RELS = new Set(['canonical', 'alternate', 'author', 'license', 'help', 'sitemap', 'me', 'next', 'prev', 'bookmark', 'external', 'nofollow', 'noopener', 'noreferrer']);

const EXTERNAL = /^(?:https?:)?\/\//i;
const CSS_URL = /(?:url\(\s*["']?|@import\s+["'])((?:https?:)?\/\/[^"')\s]+)/gi;

function isOffOrigin(url: string, siteOrigins: string[]): boolean {
  if (!EXTERNAL.test(url.trim())) return false;
  const origin = new URL(url.trim(), 'https://site.invalid').origin;
  return !siteOrigins.includes(origin);
}

/** Off-origin addresses in src/href of script, link, img, iframe (and kin), in inline styles and in CSS files. */
export function scanExternalResources(root: string, siteOrigins: string[] = []): OriginProblem[] {
  const origins = siteOrigins.map((o) => new URL(o).origin);
  const problems: OriginProblem[] = [];
  for (const page of listPages(root)) {
    const { document } = parseHTML(readFileSync(resolveSitePath(root, page)!, 'utf8'));
    const check = (url: string | null, what: string) => {
      if (url && isOffOrigin(url, origins)) problems.push({ file: page, url, what });
    };
    for (const el of document.querySelectorAll('script[src]')) check(el.getAttribute('src'), '<script src>');
    for (const el of document.querySelectorAll('link[href]')) {
      const rels = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      if (rels.length && rels.every((r) => NON_FETCHING_RELS.has(r))) continue;
      check(el.getAttribute('href'), `<link rel="${rels.join(' ')}">`);
    }
    for (const el of document.querySelectorAll('img[src], iframe[src], source[src], video[src], audio[src], track[src], embed[src], input[src]')) {
      check(el.getAttribute('src'), `<${el.tagName.toLowerCase()} src>`);
    }
    for (const el of document.querySelectorAll('img[srcset], source[srcset]')) {
      for (const c of (el.getAttribute('srcset') ?? '').split(',')) check(c.trim().split(/\s+/)[0] ?? '', `<${el.tagName.toLowerCase()} srcset>`);
    }
    for (const el of document.querySelectorAll('object[data]')) check(el.getAttribute('data'), '<object data>');
    for (const el of document.querySelectorAll('video[poster]')) check(el.getAttribute('poster'), '<video poster>');
    const styles = [...document.querySelectorAll('style')].map((s) => s.textContent ?? '');
    styles.push(...[...document.querySelectorAll('[style]')].map((s) => s.getAttribute('style') ?? ''));
    for (const css of styles) for (const m of css.matchAll(CSS_URL)) check(m[1]!, 'CSS trong trang');
  }
  for (const file of listFiles(root, ['.css'])) {
    for (const m of readFileSync(file, 'utf8').matchAll(CSS_URL)) {
      if (isOffOrigin(m[1]!, origins)) problems.push({ file: file.slice(root.length), url: m[1]!, what: 'tệp CSS' });
    }
  }
  return problems;
}
