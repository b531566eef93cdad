/**
 * Search in Chromium, cold and warm, for this site and for plain Pagefind
 * over the same pages.
 *
 * - Cold: a fresh browser context (empty cache) opens /tim-kiem/?q=… and
 *   waits for the first result, an <li> in <ol id="search-results">
 *   (DESIGN.md); the time is from navigation start to that result, the bytes
 *   what the host sent for the whole visit, split by part.
 * - Warm: in the same page, a second query typed into the box (the next one
 *   of the list, so each query is measured warm after a different one); the
 *   bytes are what that second query fetched.
 * - Plain Pagefind: the same built HTML indexed with Pagefind's defaults into
 *   a folder of its own (plainPagefind), queried with its JS API from an empty
 *   page, the data of the first five results fetched as its default UI shows
 *   them; cold and warm the same way.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { launchChromium } from './chromium.ts';
import { serveSite, type RunningServer } from './site/server.ts';

export interface SearchRun {
  query: string;
  kind: QueryKind;
  results: number;
  firstResult: string | null;
  /** From navigation start to the first result in the list; null when none came. */
  msToFirstResult: number | null;
  bytesTotal: number;
  bytesPagefind: number;
  requests: number;
  /** Bytes per part of the visit (see partOf), and how many requests each took. */
  parts: Record<SearchPart, { bytes: number; requests: number }>;
  /** The same query typed second, after `warmAfter`: bytes and requests it fetched. */
  warm: { after: string; bytes: number; requests: number; pagefindRuntime: boolean } | null;
}

/** Plain Pagefind's cold and warm bytes for one query. */
export interface PlainRun {
  query: string;
  kind: QueryKind;
  results: number;
  cold: number;
  warm: number;
}

export type QueryKind = 'number' | 'phrase' | 'no diacritics';
export interface BenchQuery {
  query: string;
  kind: QueryKind;
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

const bytesOf = (requests: { bytes: number }[]) => requests.reduce((s, r) => s + r.bytes, 0);

export async function benchSearch(host: RunningServer, queries: readonly BenchQuery[], timeoutMs = 30_000): Promise<SearchRun[]> {
  const browser = await launchChromium();
  const runs: SearchRun[] = [];
  try {
    for (const [i, { query, kind }] of queries.entries()) {
      const context = await browser.newContext({ locale: 'vi-VN' });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const seen = () => {
          if (window.__firstResultAt === undefined && document.querySelector('#search-results li')) window.__firstResultAt = performance.now();
        };
        new MutationObserver(seen).observe(document, { childList: true, subtree: true });
        document.addEventListener('DOMContentLoaded', seen);
      });
      // Cold: the query before this one in the list, so that this query is then measured warm after it.
      const first = queries[(i + queries.length - 1) % queries.length]!.query;
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
      const cold = { query, kind, results, firstResult, msToFirstResult: found ? at : null, bytesTotal: bytesOf(served), bytesPagefind: bytesOf(served.filter((r) => r.path.startsWith('/pagefind/'))), requests: served.length, parts };
      await context.close();

      // Warm: a fresh page opened on the query before, then this one typed in.
      const warmContext = await browser.newContext({ locale: 'vi-VN' });
      const warmPage = await warmContext.newPage();
      await warmPage.goto(`${host.url}/tim-kiem/?q=${encodeURIComponent(first)}`, { waitUntil: 'load' });
      await warmPage.waitForSelector('#search-results[data-state="done"]', { timeout: timeoutMs, state: 'attached' }).catch(() => {});
      await warmPage.waitForLoadState('networkidle').catch(() => {});
      const from = host.requests.length;
      await warmPage.fill('#search-query', query);
      await warmPage.press('#search-query', 'Enter');
      await warmPage.waitForFunction((q) => document.title.includes(q.slice(0, 20)) && document.getElementById('search-results')?.dataset.state === 'done', query, { timeout: timeoutMs }).catch(() => {});
      await warmPage.waitForLoadState('networkidle').catch(() => {});
      const second = host.requests.slice(from);
      const warm = { after: first, bytes: bytesOf(second), requests: second.length, pagefindRuntime: second.some((r) => partOf(r.path) === 'pagefind runtime') };
      await warmContext.close();
      runs.push({ ...cold, warm });
    }
  } finally {
    await browser.close();
  }
  return runs;
}

/** Plain Pagefind over the built pages: indexed with its defaults, then queried cold and warm. */
export async function benchPlainPagefind(dist: string, queries: readonly BenchQuery[]): Promise<{ runs: PlainRun[]; indexMs: number; indexBytes: number }> {
  const root = mkdtempSync(join(tmpdir(), 'qcdc-plain-pagefind-'));
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  await index.addDirectory({ path: dist });
  await index.writeFiles({ outputPath: join(root, 'pagefind') });
  await pagefind.close();
  const indexMs = performance.now() - started;
  writeFileSync(join(root, 'index.html'), '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>plain</title></head><body></body></html>');
  const host = await serveSite(root, { gzip: true });
  const browser = await launchChromium();
  const runs: PlainRun[] = [];
  // One search as Pagefind's default UI starts it: the query, then the data of the first five results.
  const ask = (page: import('playwright-core').Page, query: string) =>
    page.evaluate(async (query) => {
      const pf = await import('/pagefind/pagefind.js' as string);
      const found = await pf.search(query);
      await Promise.all(found.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
      return found.results.length as number;
    }, query);
  try {
    for (const [i, { query, kind }] of queries.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let from = host.requests.length;
      await page.goto(`${host.url}/`);
      const results = await ask(page, query);
      const cold = bytesOf(host.requests.slice(from));
      await context.close();
      const warmContext = await browser.newContext();
      const warmPage = await warmContext.newPage();
      await warmPage.goto(`${host.url}/`);
      await ask(warmPage, queries[(i + queries.length - 1) % queries.length]!.query);
      from = host.requests.length;
      await ask(warmPage, query);
      const warm = bytesOf(host.requests.slice(from));
      await warmContext.close();
      runs.push({ query, kind, results, cold, warm });
    }
  } finally {
    await browser.close();
    await host.close();
  }
  const files = readdirSync(join(root, 'pagefind'), { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  const indexBytes = files.reduce((sum, f) => sum + statSync(join(f.parentPath, f.name)).size, 0);
  rmSync(root, { recursive: true, force: true });
  return { runs, indexMs, indexBytes };
}
