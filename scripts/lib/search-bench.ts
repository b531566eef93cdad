/**
 * Cold search in Chromium: for each query, a fresh browser context (empty
 * cache) opens /tim-kiem/?q=… and waits for the first result, an <li> in
 * <ol id="search-results"> (DESIGN.md). Reports the time from navigation
 * start to that result and the bytes the host sent for the whole visit,
 * split into the page itself and Pagefind's files.
 */
import { launchChromium } from './chromium.ts';
import type { RunningServer } from './site/server.ts';

export interface SearchRun {
  query: string;
  results: number;
  firstResult: string | null;
  /** From navigation start to the first result in the list; null when none came. */
  msToFirstResult: number | null;
  bytesTotal: number;
  bytesPagefind: number;
  requests: number;
  /** Bytes per part of the visit (see partOf), and how many requests each took. */
  parts: Record<SearchPart, { bytes: number; requests: number }>;
}

export const SEARCH_PARTS = ['page', 'pagefind runtime', 'pagefind filters', 'pagefind index', 'pagefind fragments', 'site data'] as const;
export type SearchPart = (typeof SEARCH_PARTS)[number];

/** What a request of a search visit is for: the page itself, Pagefind's runtime (script, WebAssembly, metadata), its filter, index and result chunks, or the site's data files. */
export function partOf(path: string): SearchPart {
  if (path.startsWith('/pagefind/index/')) return 'pagefind index';
  if (path.startsWith('/pagefind/fragment/')) return 'pagefind fragments';
  if (path.startsWith('/pagefind/filter/')) return 'pagefind filters';
  if (path.startsWith('/pagefind/')) return 'pagefind runtime';
  if (path.startsWith('/du-lieu/')) return 'site data';
  return 'page';
}

declare global {
  interface Window {
    __firstResultAt?: number;
  }
}

export async function benchSearch(host: RunningServer, queries: string[], timeoutMs = 20_000): Promise<SearchRun[]> {
  const browser = await launchChromium();
  const runs: SearchRun[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext({ locale: 'vi-VN' });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const seen = () => {
          if (window.__firstResultAt === undefined && document.querySelector('#search-results li')) window.__firstResultAt = performance.now();
        };
        new MutationObserver(seen).observe(document, { childList: true, subtree: true });
        document.addEventListener('DOMContentLoaded', seen);
      });
      const before = host.requests.length;
      await page.goto(`${host.url}/tim-kiem/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
      const found = await page
        .waitForSelector('#search-results li', { timeout: timeoutMs })
        .then(() => true)
        .catch(() => false);
      // Let requests started for the first results finish before counting bytes.
      await page.waitForLoadState('networkidle').catch(() => {});
      const at = await page.evaluate(() => window.__firstResultAt ?? null);
      const results = await page.locator('#search-results > li').count();
      const firstResult = found ? await page.locator('#search-results li a').first().getAttribute('href').catch(() => null) : null;
      const served = host.requests.slice(before);
      const parts = Object.fromEntries(SEARCH_PARTS.map((part) => [part, { bytes: 0, requests: 0 }])) as SearchRun['parts'];
      for (const r of served) {
        const part = parts[partOf(r.path)];
        part.bytes += r.bytes;
        part.requests += 1;
      }
      runs.push({
        query,
        results,
        firstResult,
        msToFirstResult: found ? at : null,
        bytesTotal: served.reduce((s, r) => s + r.bytes, 0),
        bytesPagefind: served.filter((r) => r.path.startsWith('/pagefind/')).reduce((s, r) => s + r.bytes, 0),
        requests: served.length,
        parts,
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return runs;
}
