/**
 * `npm run bench:search`: how well search finds the labelled queries
 * (tests/fixtures/search-queries.ts), this site against plain Pagefind.
 *
 * - this site: the built search page (/tim-kiem/?q=…) in Chromium, as a reader uses it;
 * - plain Pagefind: the same built HTML indexed with Pagefind's defaults (no
 *   đ folding, no number table, no re-ranking, nothing left out) into a
 *   temporary folder, queried with Pagefind's plain JS API.
 *
 * For each: recall@1 and recall@3 (expected page first, or in the first three), MRR (mean of
 * 1/rank over the first 10 results, what the search page shows before «Hiện
 * thêm»; 0 when not there), and per query the bytes of search data
 * fetched (Pagefind's files and the number table; a fresh browser context
 * each time, so nothing is cached) and the milliseconds from starting the
 * search to the first results. Plain Pagefind is timed until the data of its
 * first five results is in, as its default UI shows them.
 *
 * Build first (npm run build, or QCDC_DIST=… for another build folder).
 */
import './lib/ts-resolve.ts';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

const root = resolve(process.env.QCDC_DIST ?? 'dist');
if (!existsSync(join(root, 'pagefind', 'pagefind.js'))) {
  console.error(`Chưa có bản dựng có chỉ mục tìm kiếm ở ${root}: chạy "npm run build" trước.`);
  process.exit(1);
}

const { SEARCH_QUERIES, rankOf } = await import('../tests/fixtures/search-queries.ts');
const { serveSite } = await import('./lib/site/server.ts');
const { launchChromium } = await import('./lib/chromium.ts');

const DEPTH = 10;
// Everything search fetches: Pagefind's files and the site's search data under /du-lieu/.
const SEARCH_DATA = (path: string) => path.startsWith('/pagefind/') || path.startsWith('/du-lieu/');

interface Run {
  rank: number;
  bytes: number;
  ms: number;
}

// Plain Pagefind over the same HTML, in a folder of its own.
const plainRoot = mkdtempSync(join(tmpdir(), 'qcdc-plain-pagefind-'));
{
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  await index.addDirectory({ path: root });
  await index.writeFiles({ outputPath: join(plainRoot, 'pagefind') });
  await pagefind.close();
  writeFileSync(join(plainRoot, 'index.html'), '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>plain</title></head><body></body></html>');
}

// Both served gzip, as a real host would: the bytes are what a reader's connection carries.
const site = await serveSite(root, { gzip: true });
const plain = await serveSite(plainRoot, { gzip: true });
const browser = await launchChromium();

const bytesSince = (server: typeof site, from: number) =>
  server.requests.slice(from).reduce((sum, r) => sum + (SEARCH_DATA(r.path) ? r.bytes : 0), 0);

async function runSite(query: string, expected: string): Promise<Run> {
  const context = await browser.newContext({ locale: 'vi-VN' });
  const page = await context.newPage();
  const from = site.requests.length;
  await page.goto(`${site.url}/tim-kiem/?q=${encodeURIComponent(query)}`);
  const list = page.locator('#search-results[data-state="done"]');
  await list.waitFor({ state: 'attached', timeout: 30_000 });
  const ms = Number(await list.getAttribute('data-ms'));
  const results = await page.$$eval('#search-results > li', (items) => items.map((li) => [...li.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '')));
  await context.close();
  return { rank: rankOf(expected, results.slice(0, DEPTH)), bytes: bytesSince(site, from), ms };
}

async function runPlain(query: string, expected: string): Promise<Run> {
  const context = await browser.newContext({ locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(`${plain.url}/`);
  const from = plain.requests.length;
  const { ms, results } = await page.evaluate(
    async ({ query, depth, bundle }) => {
      const started = performance.now();
      const pf = await import(bundle);
      const found = await pf.search(query);
      const data = (r: { data: () => Promise<{ url: string; sub_results: { url: string }[] }> }) =>
        r.data().then((d) => [d.url, ...d.sub_results.map((s) => s.url).filter((u) => u !== d.url)]);
      const firstFive = await Promise.all(found.results.slice(0, 5).map(data));
      const ms = performance.now() - started;
      const rest = await Promise.all(found.results.slice(5, depth).map(data));
      return { ms, results: [...firstFive, ...rest] };
    },
    { query, depth: DEPTH, bundle: '/pagefind/pagefind.js' },
  );
  // Bytes of what the first results needed; the deeper results were fetched only to rank them.
  const bytes = plain.requests.slice(from).reduce((sum, r) => sum + r.bytes, 0);
  await context.close();
  return { rank: rankOf(expected, results), bytes, ms };
}

const rows: { query: string; kind: string; site: Run; plain: Run }[] = [];
for (const { query, kind, expected } of SEARCH_QUERIES) {
  rows.push({ query, kind, site: await runSite(query, expected), plain: await runPlain(query, expected) });
}
await browser.close();
await site.close();
await plain.close();
rmSync(plainRoot, { recursive: true, force: true });

const recallAt = (k: number) => (runs: Run[]) => runs.filter((r) => r.rank >= 1 && r.rank <= k).length / runs.length;
const recall = recallAt(3);
const recall1 = recallAt(1);
const mrr = (runs: Run[]) => runs.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / runs.length;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const show = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
const rankText = (rank: number) => (rank ? String(rank) : '–');

console.log(`Tìm kiếm: ${rows.length} câu có nhãn, ${root}\n`);
console.log(`${show('câu tìm', 44)} ${'hạng'.padStart(5)} ${'plain'.padStart(6)}  ${'KB'.padStart(7)} ${'plain'.padStart(7)}  ${'ms'.padStart(5)} ${'plain'.padStart(6)}`);
for (const r of rows) {
  console.log(
    `${show(JSON.stringify(r.query.normalize('NFC')), 44)} ${rankText(r.site.rank).padStart(5)} ${rankText(r.plain.rank).padStart(6)}  ${(r.site.bytes / 1024).toFixed(1).padStart(7)} ${(r.plain.bytes / 1024).toFixed(1).padStart(7)}  ${String(Math.round(r.site.ms)).padStart(5)} ${String(Math.round(r.plain.ms)).padStart(6)}`,
  );
}
const summary = (label: string, runs: Run[]) =>
  console.log(
    `${label.padEnd(18)} recall@1 ${(recall1(runs) * 100).toFixed(1).padStart(5)}%   recall@3 ${(recall(runs) * 100).toFixed(1).padStart(5)}%   MRR ${mrr(runs).toFixed(3)}   dữ liệu tải: trung vị ${kb(median(runs.map((r) => r.bytes)))}, tối đa ${kb(Math.max(...runs.map((r) => r.bytes)))}   thời gian: trung vị ${Math.round(median(runs.map((r) => r.ms)))} ms, tối đa ${Math.round(Math.max(...runs.map((r) => r.ms)))} ms`,
  );
console.log('');
summary('Trang này', rows.map((r) => r.site));
summary('Pagefind mặc định', rows.map((r) => r.plain));
for (const kind of ['number', 'words', 'body']) {
  const some = rows.filter((r) => r.kind === kind);
  console.log(`  ${kind.padEnd(7)} (${some.length}): recall@1 ${(recall1(some.map((r) => r.site)) * 100).toFixed(0)}% / ${(recall1(some.map((r) => r.plain)) * 100).toFixed(0)}%   recall@3 ${(recall(some.map((r) => r.site)) * 100).toFixed(0)}% / ${(recall(some.map((r) => r.plain)) * 100).toFixed(0)}%   MRR ${mrr(some.map((r) => r.site)).toFixed(3)} / ${mrr(some.map((r) => r.plain)).toFixed(3)}`);
}
