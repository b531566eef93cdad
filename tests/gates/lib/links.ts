/**
 * A small link checker that knows anchors: every internal link, stylesheet,
 * script and image in every page of a built site must name a file that is
 * there, and a "#fragment" must name an id on the page it points to.
 * External http(s) addresses fail unless allowed: the site links only to itself.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { listPages, resolveSitePath } from '../../../scripts/lib/site/files.ts';

export interface LinkProblem {
  page: string;
  url: string;
  problem: string;
}

export interface LinkOptions {
  /** Origins that are this site (canonical links carry the public address): treated as internal paths. */
  siteOrigins?: string[];
  /** External addresses allowed, by prefix. None by default. */
  allowExternal?: string[];
  /**
   * Path prefixes not checked for existence: Pagefind's index (/pagefind/)
   * is written after Astro's build and fetched only by the search script.
   */
  exemptPrefixes?: string[];
  /**
   * Fragments that carry a script's state rather than name an element
   * (the builder's share links, "#v1=…"). Default: "name=value".
   */
  stateFragment?: RegExp;
}

/** Attributes that hold one address, per element. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['iframe[src]', 'src'],
  ['source[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['form[action]', 'action'],
  ['use[href]', 'href'],
];
const SRCSET_SELECTORS = ['img[srcset]', 'source[srcset]'];

export function urlsOf(document: Document): { url: string; element: string }[] {
  const out: { url: string; element: string }[] = [];
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const el of document.querySelectorAll(selector)) out.push({ url: el.getAttribute(attribute) ?? '', element: el.tagName.toLowerCase() });
  }
  for (const selector of SRCSET_SELECTORS) {
    for (const el of document.querySelectorAll(selector)) {
      for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) out.push({ url, element: el.tagName.toLowerCase() });
      }
    }
  }
  return out;
}

function idsOf(document: Document): Set<string> {
  const ids = new Set<string>();
  for (const el of document.querySelectorAll('[id]')) ids.add(el.getAttribute('id')!);
  for (const el of document.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
  return ids;
}

export function checkLinks(root: string, options: LinkOptions = {}): LinkProblem[] {
  const siteOrigins = (options.siteOrigins ?? []).map((o) => new URL(o).origin);
  const allowExternal = options.allowExternal ?? [];
  const exempt = options.exemptPrefixes ?? ['/pagefind/'];
  const stateFragment = options.stateFragment ?? /^[\w-]+=/;
  const problems: LinkProblem[] = [];
  const docs = new Map<string, Document>();
  const load = (file: string): Document => {
    let doc = docs.get(file);
    if (!doc) {
      doc = parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
      docs.set(file, doc);
    }
    return doc;
  };
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idCache.get(file);
    if (!set) idCache.set(file, (set = idsOf(load(file))));
    return set;
  };

  for (const page of listPages(root)) {
    const pageFile = resolveSitePath(root, page)!;
    const base = new URL(page, 'http://site.invalid');
    for (const { url: raw, element } of urlsOf(load(pageFile))) {
      const url = raw.trim();
      const shown = raw.length > 100 ? `${raw.slice(0, 100)}…` : raw;
      const fail = (problem: string) => problems.push({ page, url: shown, problem });
      if (url === '' || url === '#') {
        fail(`<${element}> có địa chỉ rỗng`);
        continue;
      }
      if (/^(mailto|tel):/i.test(url) || (/^data:/i.test(url) && element !== 'a')) continue;
      let target: URL;
      try {
        target = new URL(url, base);
      } catch {
        fail('địa chỉ không hợp lệ');
        continue;
      }
      if (target.origin !== base.origin) {
        if (/^https?:$/.test(target.protocol) && siteOrigins.includes(target.origin)) {
          target = new URL(target.pathname + target.search + target.hash, base);
        } else if (/^https?:$/.test(target.protocol)) {
          if (!allowExternal.some((prefix) => url.startsWith(prefix))) fail('liên kết ra ngoài trang (không có trong danh sách cho phép)');
          continue;
        } else {
          fail(`giao thức không được phép: ${target.protocol}`);
          continue;
        }
      }
      if (exempt.some((prefix) => target.pathname.startsWith(prefix))) continue;
      const file = resolveSitePath(root, target.pathname);
      if (!file) {
        fail(`không có tệp cho ${decodeURI(target.pathname)}`);
        continue;
      }
      const fragment = target.hash.slice(1);
      // Text fragments (#:~:text=) are for the browser and state fragments for a script, not ids.
      if (!fragment || fragment.startsWith(':~:') || stateFragment.test(fragment) || !file.endsWith('.html')) continue;
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        fail('neo không hợp lệ');
        continue;
      }
      if (!ids(file).has(id)) fail(`không có neo #${id} ở ${decodeURI(target.pathname)}`);
    }
  }
  return problems;
}
