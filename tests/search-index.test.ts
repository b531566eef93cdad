/**
 * What search fetches, on the built site in Chromium: a query that is a
 * document number is answered from the number lookup's shards alone (no
 * /pagefind/ file, a few KB); documents whose text the site does not hold
 * are found from the register's own index (src/lib/doc-index.ts); hostile
 * words neither throw nor match.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser, type WatchedPage } from './support/browser';
import { distDir } from './support/dist';

const site = useBrowser([{ gzip: true }]);
let watched: WatchedPage;

beforeAll(async () => {
  if (!existsSync(join(distDir, 'pagefind', 'pagefind.js'))) throw new Error(`${distDir} chưa có chỉ mục Pagefind: chạy "npm run build" trước.`);
  watched = await site.open({ keep: true });
});

async function search(page: Page, query: string, extra = ''): Promise<string[]> {
  await page.goto(`${site.server.url}/tim-kiem/?q=${encodeURIComponent(query)}${extra}`);
  await page.locator('#search-results[data-state="done"]').waitFor({ state: 'attached', timeout: 20_000 });
  return page.$$eval('#search-results > li', (items) => items.map((li) => li.querySelector('a')?.getAttribute('href') ?? ''));
}

/** The requests a search made after the page itself had loaded: what the query cost. */
async function fetchedBy(query: string, extra = '') {
  const page = await site.open();
  await page.page.goto(`${site.server.url}/tim-kiem/`);
  await page.page.waitForLoadState('networkidle');
  const before = site.server.requests.length;
  const results = await search(page.page, query, extra);
  const requests = site.server.requests.slice(before).filter((r) => !r.path.startsWith('/tim-kiem/') && !r.path.startsWith('/_astro/'));
  expect(page.consoleErrors).toEqual([]);
  await page.context.close();
  return { results, requests, bytes: requests.reduce((sum, r) => sum + r.bytes, 0) };
}

describe('a query that is a document number', () => {
  it.each([
    ['120-KL/TW', '/van-ban/120-kl-tw-2016/'],
    ['qd 1738', '/van-ban/1738-qd-tu-2015/'],
    ['chỉ thị 30', '/van-ban/30-ct-tw-1998/'],
    ['111-CV/TU', '/van-ban/111-cv-tu-2016/'],
  ])('«%s» is answered from the number shards alone: no Pagefind file, a few KB', async (query, expected) => {
    const { results, requests, bytes } = await fetchedBy(query);
    expect(results[0]).toBe(expected);
    expect(requests.filter((r) => r.path.startsWith('/pagefind/'))).toEqual([]);
    expect(requests.filter((r) => r.path.startsWith('/du-lieu/so-hieu/')).length).toBeGreaterThan(0);
    expect(requests.every((r) => r.status === 200)).toBe(true);
    expect(bytes).toBeLessThan(4_000);
  });

  it('with words besides the number, still finds the document first, with full text behind it', async () => {
    const { results, requests } = await fetchedBy('công văn 111 về dân chủ');
    expect(results[0]).toBe('/van-ban/111-cv-tu-2016/');
    expect(requests.some((r) => r.path.startsWith('/pagefind/'))).toBe(true);
  });

  it('a number no document has falls back to full text and says nothing is found without an error', async () => {
    const { requests } = await fetchedBy('99999');
    expect(requests.filter((r) => r.path.startsWith('/du-lieu/so-hieu/')).map((r) => r.path)).toEqual(['/du-lieu/so-hieu/99.json']);
  });
});

describe('documents the site holds no text of', () => {
  it('are left out of Pagefind and found from the register’s index, by a word of their note typed without diacritics', async () => {
    const { results, requests } = await fetchedBy('khoi dau viec xay dung');
    expect(results.slice(0, 3)).toContain('/van-ban/30-ct-tw-1998/');
    expect(requests.some((r) => r.path.startsWith('/du-lieu/tu/'))).toBe(true);
    expect(requests.some((r) => r.path.startsWith('/du-lieu/van-ban/'))).toBe(true);
    expect(requests.every((r) => r.status === 200)).toBe(true);
  });

  it('show their number, date and a snippet with the matched words marked', async () => {
    await search(watched.page, 'Lê Hồng Anh');
    const first = watched.page.locator('#search-results > li').first();
    expect(await first.locator('a').first().getAttribute('href')).toBe('/van-ban/217-qd-tw-2013/');
    const meta = (await first.locator('.search-hit__meta').textContent()) ?? '';
    expect(meta).toContain('217-QĐ/TW');
    expect(meta).toContain('12/12/2013');
    expect((await first.locator('mark').allTextContents()).map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['lê', 'hồng', 'anh']));
  });

  it('are found through filters that only they carry', async () => {
    const results = await search(watched.page, 'thực hiện', '&loai=chi-thi');
    expect(results.length).toBeGreaterThan(0);
    for (const url of results) expect(['/van-ban/30-ct-tw-1998/', '/van-ban/29-ct-tu-2010/']).toContain(url);
  });
});

describe('hostile words', () => {
  it.each(['constructor', '__proto__ 120', 'toString', 'hasOwnProperty 1738 valueOf'])('«%s» neither throws nor matches by its prototype word', async (query) => {
    const results = await search(watched.page, query);
    const status = (await watched.page.locator('#search-status').textContent()) ?? '';
    expect(status).not.toMatch(/Không tải được|gặp lỗi/);
    if (query === 'constructor' || query === 'toString') expect(results).toEqual([]);
  });

  it('ran without a console error or a request off the site', () => {
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.offOrigin).toEqual([]);
  });
});
