/**
 * Search on the built site, in Chromium, through the real search page
 * (/tim-kiem/?q=…) and the header box: the labelled query set
 * (tests/fixtures/search-queries.ts) must put each expected page in the top
 * three; hostile input must never reach the page as HTML; the page keeps its
 * state in the URL, says clearly when it cannot search, and the header box
 * works by keyboard and loads nothing while idle.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageOf, rankOf, SEARCH_QUERIES } from './fixtures/search-queries';
import { useBrowser, type WatchedPage } from './support/browser';
import { distDir, distFile } from './support/dist';

const DIRECTIVE = '/van-ban/111-cv-tu-2016/';
/** Elements a result list may hold; an excerpt brings only <mark>. */
const ALLOWED_IN_RESULTS = new Set(['LI', 'H2', 'A', 'P', 'SPAN', 'MARK', 'UL']);

const site = useBrowser();
let watched: WatchedPage;

beforeAll(async () => {
  if (!existsSync(join(distDir, 'pagefind', 'pagefind.js'))) throw new Error(`${distDir} chưa có chỉ mục Pagefind: chạy "npm run build" trước.`);
  watched = await site.open({ keep: true });
});

const searchUrl = (query: string, extra = '') => `${site.server.url}/tim-kiem/?q=${encodeURIComponent(query)}${extra}`;

async function settled(page: Page): Promise<void> {
  await page.locator('#search-results[data-state="done"]').waitFor({ state: 'attached', timeout: 20_000 });
}

/** Each result's links, its page first: what a reader sees in order. */
async function resultLinks(page: Page): Promise<string[][]> {
  return page.$$eval('#search-results > li', (items) => items.map((li) => [...li.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '')));
}

async function search(page: Page, query: string, extra = ''): Promise<string[][]> {
  await page.goto(searchUrl(query, extra));
  await settled(page);
  return resultLinks(page);
}

describe('the labelled query set', () => {
  it('has at least 40 queries of the three kinds, each aimed at a page (and anchor) the build has', () => {
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(40);
    for (const kind of ['number', 'words', 'body'] as const) expect(SEARCH_QUERIES.filter((q) => q.kind === kind).length).toBeGreaterThanOrEqual(8);
    const missing = SEARCH_QUERIES.filter(({ expected }) => {
      const file = distFile(pageOf(expected));
      if (!existsSync(file)) return true;
      const anchor = expected.split('#')[1];
      return anchor !== undefined && !readFileSync(file, 'utf8').includes(`id="${anchor}"`);
    });
    expect(missing.map((q) => q.expected)).toEqual([]);
  });

  it.each(SEARCH_QUERIES.map((q) => [q.query, q.expected] as const))('«%s» puts %s in the top 3', async (query, expected) => {
    const results = await search(watched.page, query);
    const rank = rankOf(expected, results);
    expect(rank, `kết quả: ${results.slice(0, 3).map((r) => r.join(' ')).join(' | ')}`).toBeGreaterThanOrEqual(1);
    expect(rank).toBeLessThanOrEqual(3);
  });

  it('ran without a console error or a request off the site', () => {
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.offOrigin).toEqual([]);
  });
});

describe('results', () => {
  it('show the kind, and for documents the number and date, with matched words marked', async () => {
    await search(watched.page, '120-KL/TW');
    const first = watched.page.locator('#search-results > li').first();
    expect(await first.locator('a').first().getAttribute('href')).toBe('/van-ban/120-kl-tw-2016/');
    const meta = await first.locator('.search-hit__meta').textContent();
    expect(meta).toContain('Văn bản');
    expect(meta).toContain('120-KL/TW');
    expect(meta).toContain('07/01/2016');
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
  });

  it('list the points of the directive as sections with their anchors', async () => {
    const results = await search(watched.page, 'lợi dụng dân chủ nhằm lôi kéo');
    // The directive's result may be its paragraph (#muc-4-doan-1): found by its page, not by the bare page address.
    const directive = results.find((links) => pageOf(links[0] ?? '') === DIRECTIVE);
    expect(directive).toContain(`${DIRECTIVE}#muc-4`);
  });

  it('fold đ both ways and keep the exact spelling first when typed with diacritics', async () => {
    const folded = await search(watched.page, 'dang doan');
    expect(folded[0]?.[0]).toBe('/thuat-ngu/dang-doan/');
    const marks = await watched.page.locator('#search-results > li').first().locator('mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toContain('đảng');
    // "đảng" with its marks: pages holding "đảng" come before pages holding only "đang" or "dạng".
    await search(watched.page, 'đảng');
    const firstMarks = await watched.page.locator('#search-results > li .search-hit__excerpt').first().locator('mark').allTextContents();
    expect(firstMarks.map((m) => m.toLowerCase())).toContain('đảng');
  });

  it('treat NFD-pasted text and both tone placements as the same query', async () => {
    const nfc = await search(watched.page, 'Ủy ban kiểm tra');
    const nfd = await search(watched.page, 'Ủy ban kiểm tra'.normalize('NFD'));
    const old = await search(watched.page, 'Uỷ ban kiểm tra');
    expect(nfd[0]).toEqual(nfc[0]);
    expect(old[0]).toEqual(nfc[0]);
  });
});

describe('hostile and odd input', () => {
  const inputs = [
    '<img src=x onerror=alert(1)>',
    '"><script>alert(1)</script>',
    "'><svg onload=alert(1)>",
    '<mark>dân</mark> <b>chủ</b>',
    `dân chủ ${'đảng ủy '.repeat(700)}`.slice(0, 5000),
    'x'.repeat(5000),
    '😀 🇻🇳 👍🏽',
    '!!! ??? ... /// --- ***',
    '%00 %3Cscript%3E \u0000 \u202e',
  ];

  it.each(inputs.map((q) => [q.length > 40 ? `${q.slice(0, 30)}… (${q.length} ký tự)` : q, q] as const))(
    'the search page shows %s as text only',
    async (_label, query) => {
      const page = await site.open();
      const dialogs: string[] = [];
      page.page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      if (encodeURIComponent(query).length < 2000) {
        await page.page.goto(searchUrl(query));
      } else {
        // Too long for an address: pasted into the box instead, as a reader would.
        await page.page.goto(`${site.server.url}/tim-kiem/`);
        await settled(page.page);
        await page.page.locator('#search-query').fill(query);
        await page.page.locator('#search-query').press('Enter');
        await expect.poll(() => page.page.url()).toContain('?q=');
        expect(new URL(page.page.url()).searchParams.get('q')!.length).toBeLessThanOrEqual(500);
      }
      await settled(page.page);
      const facts = await page.page.evaluate(() => ({
        value: (document.getElementById('search-query') as HTMLInputElement).value,
        tags: [...document.querySelectorAll('#search-results *, #search-status *')].map((el) => el.tagName),
        injected: document.querySelectorAll('main img, main svg, main script:not([src]), main b, #search-status mark').length,
        status: document.getElementById('search-status')?.textContent ?? '',
      }));
      expect(facts.value).toBe(query);
      expect(facts.tags.filter((t) => !ALLOWED_IN_RESULTS.has(t))).toEqual([]);
      expect(facts.injected).toBe(0);
      expect(facts.status.length).toBeGreaterThan(0);
      // Type it into the header box too: the suggestions are text as well.
      const box = page.page.locator('#site-search-input');
      await box.fill(query);
      // Wait for the suggestions themselves (a query with a letter or digit always offers "Xem mọi kết quả"); a fixed pause would pass on an empty list.
      if (/[\p{L}\p{N}]/u.test(query)) await expect.poll(() => page.page.locator('.site-search__popup [role="option"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      else await page.page.waitForTimeout(400);
      const popupTags = await page.page.$$eval('.site-search__popup *', (els) => els.map((el) => el.tagName));
      expect(popupTags.filter((t) => !['UL', 'LI', 'SPAN', 'P', 'A'].includes(t))).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(page.consoleErrors).toEqual([]);
      await page.context.close();
    },
  );

  it.each([
    'constructor 1',
    '1 constructor',
    '1737 constructor',
    "{{constructor.constructor('window.__pwned=1')()}}",
    '__proto__ 120',
    'toString',
    'toString 84-QĐ/TU',
    '120 hasOwnProperty',
    'constructor/QĐ-TU',
    'valueOf hasOwnProperty 1738',
  ])(
    'takes the prototype words in %s as plain words, on the search page and in the header box',
    async (query) => {
      const page = await site.open();
      await page.page.goto(searchUrl(query));
      await settled(page.page);
      const status = (await page.page.locator('#search-status').textContent()) ?? '';
      expect(status).not.toMatch(/Không tải được|gặp lỗi/);
      // The state a plain unknown word gets: nothing found, or the results.
      expect(status).toMatch(/Không tìm thấy kết quả nào|\d+ kết quả|Không trang nào có đủ mọi từ/);
      expect(await page.page.evaluate(() => (window as unknown as Record<string, unknown>).__pwned)).toBeUndefined();
      const box = page.page.locator('#site-search-input');
      await box.fill(query);
      await expect.poll(() => page.page.locator('.site-search__popup [role="option"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      const popup = await page.page.locator('.site-search__popup').innerText();
      expect(popup).not.toMatch(/Không tải được|gặp lỗi/);
      expect(popup).toContain(`Xem mọi kết quả cho «${query}»`);
    },
  );

  it('typed into the search page box and submitted, stays text', async () => {
    const page = await site.open();
    await page.page.goto(`${site.server.url}/tim-kiem/`);
    await settled(page.page);
    await page.page.locator('#search-query').fill('<img src=x onerror=alert(1)> dân chủ');
    await page.page.locator('#search-query').press('Enter');
    await expect.poll(() => page.page.url()).toContain('q=%3Cimg');
    await settled(page.page);
    expect(await page.page.locator('main img').count()).toBe(0);
    expect(await page.page.title()).toContain('<img src=x');
    expect(page.consoleErrors).toEqual([]);
    await page.context.close();
  });
});

describe('the search page', () => {
  it('keeps the query in the box and the filters in the URL, and the back button restores them', async () => {
    const { page } = watched;
    await page.goto(searchUrl('quy chế'));
    await settled(page);
    expect(await page.locator('#search-query').inputValue()).toBe('quy chế');
    await page.locator('#loc-nhom').selectOption('van-ban');
    await expect.poll(() => new URL(page.url()).searchParams.get('nhom')).toBe('van-ban');
    await settled(page);
    const kinds = await page.locator('#search-results > li .search-hit__kind').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['Văn bản']));

    await page.locator('#loc-nam').selectOption('2015');
    await expect.poll(() => new URL(page.url()).searchParams.get('nam')).toBe('2015');
    await settled(page);
    const metas = await page.locator('#search-results > li .search-hit__meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toContain('2015');

    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('nam')).toBe(null);
    await settled(page);
    expect(await page.locator('#loc-nam').inputValue()).toBe('');
    expect(await page.locator('#loc-nhom').inputValue()).toBe('van-ban');
    expect(await page.locator('#search-query').inputValue()).toBe('quy chế');
  });

  it('filters by document type and issuer from the URL', async () => {
    const { page } = watched;
    await search(page, 'Ban Thường vụ', '&loai=quyet-dinh&noi-ban-hanh=ban-thuong-vu-thanh-uy-hai-phong');
    expect(await page.locator('#loc-loai').inputValue()).toBe('quyet-dinh');
    const metas = await page.locator('#search-results > li .search-hit__meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toMatch(/Số \d+-QĐ\/TU/);
  });

  it('"/" focuses the search box of the page', async () => {
    const { page } = watched;
    await search(page, 'dân chủ');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
  });

  it('goes back to the previous query', async () => {
    const { page } = watched;
    await page.goto(searchUrl('Tô Hiệu'));
    await settled(page);
    await page.locator('#search-query').fill('1738');
    await page.locator('#search-query').press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('1738');
    await settled(page);
    expect((await resultLinks(page))[0]?.[0]).toBe('/van-ban/1738-qd-tu-2015/');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Tô Hiệu');
    await settled(page);
    expect(await page.locator('#search-query').inputValue()).toBe('Tô Hiệu');
    expect((await resultLinks(page))[0]?.[0]).toBe('/co-quan/truong-chinh-tri-to-hieu/');
  });

  it('says when nothing is found, offering the query without diacritics and the register', async () => {
    const { page } = watched;
    await search(page, 'xyzzyq đĩđĩ qwxz');
    expect(await page.locator('#search-results > li').count()).toBe(0);
    expect(await page.locator('#search-more').isVisible()).toBe(false);
    const status = page.locator('#search-status');
    expect(await status.textContent()).toContain('Không tìm thấy');
    expect(await status.locator('a[href="/van-ban/"]').count()).toBe(1);
    expect(await status.locator('a', { hasText: 'xyzzyq didi qwxz' }).getAttribute('href')).toBe('/tim-kiem/?q=xyzzyq+didi+qwxz');
  });

  it('when no page holds every word, shows the pages holding most of them and says so', async () => {
    const { page } = watched;
    const results = await search(page, 'Tô Hiệu xyzzyq');
    expect(results[0]?.[0]).toBe('/co-quan/truong-chinh-tri-to-hieu/');
    expect(await page.locator('#search-status').textContent()).toContain('Không trang nào có đủ mọi từ');
  });

  it('without JavaScript, says search needs it and links to the register', async () => {
    const { page, context } = await site.open({ javaScriptEnabled: false });
    await page.goto(searchUrl('120-KL/TW'));
    // The notice stands above the form (ux.md 33), no longer in the status under it.
    const notice = page.locator('#search-nojs');
    expect(await notice.textContent()).toMatch(/cần JavaScript/);
    expect(await notice.locator('a[href="/van-ban/"]').isVisible()).toBe(true);
    // The header box is a plain form to the search page.
    await page.goto(`${site.server.url}${DIRECTIVE}`);
    await page.locator('#site-search-input').fill('đảng ủy');
    await page.locator('#site-search-input').press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('đảng ủy');
    await context.close();
  });

  it('when the index cannot load, says so, links to the register and logs the failure', async () => {
    const page = await site.open({ allowErrors: true });
    await page.context.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
    await page.page.goto(searchUrl('dân chủ'));
    await settled(page.page);
    const status = page.page.locator('#search-status');
    expect(await status.textContent()).toContain('Không tải được chỉ mục tìm kiếm');
    expect(await status.locator('a[href="/van-ban/"]').count()).toBe(1);
    expect(page.consoleErrors.some((e) => e.includes('Không tải được chỉ mục tìm kiếm'))).toBe(true);
    await page.context.close();
  });
});

describe('the header search box', () => {
  it('fetches nothing for search while the page is idle', async () => {
    const before = site.server.requests.length;
    const page = await site.open();
    await page.page.goto(`${site.server.url}${DIRECTIVE}`);
    await page.page.waitForLoadState('networkidle');
    const fetched = site.server.requests.slice(before).map((r) => r.path);
    expect(fetched.filter((p) => p.startsWith('/pagefind/') || p.includes('tra-cuu-so-hieu') || p.includes('search'))).toEqual([]);
    // Focusing the box is the sign a search is coming: only then does the search code load.
    await page.page.locator('#site-search-input').focus();
    await expect.poll(() => site.server.requests.slice(before).some((r) => r.path.startsWith('/pagefind/pagefind.js'))).toBe(true);
    await page.context.close();
  });

  it('"/" focuses it; results come as you type; arrows choose, Enter opens, Esc closes', async () => {
    const page = await site.open();
    const p = page.page;
    await p.goto(`${site.server.url}${DIRECTIVE}`);
    await p.keyboard.press('/');
    const box = p.locator('#site-search-input');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await p.keyboard.type('120 KL TW');
    const listbox = p.locator('#site-search-input-goi-y');
    await listbox.waitFor({ state: 'visible' });
    expect(await box.getAttribute('role')).toBe('combobox');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await box.getAttribute('aria-controls')).toBe('site-search-input-goi-y');
    await expect.poll(() => listbox.locator('[role="option"]').first().textContent()).toContain('120-KL/TW');

    await p.keyboard.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    expect(await p.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    await p.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await listbox.isVisible()).toBe(false);

    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('Enter');
    await p.waitForURL(/\/van-ban\/120-kl-tw-2016\/$/);
    expect(page.consoleErrors).toEqual([]);
    await page.context.close();
  });

  it('Enter with no option chosen opens the search page with the query', async () => {
    const page = await site.open();
    await page.page.goto(`${site.server.url}/`);
    await page.page.locator('#site-search-input').fill('dan chu dai dien');
    await page.page.locator('#site-search-input').press('Enter');
    await page.page.waitForURL(/\/tim-kiem\/\?q=/);
    await settled(page.page);
    expect(await page.page.locator('#search-query').inputValue()).toBe('dan chu dai dien');
    expect((await resultLinks(page.page))[0]?.[0]).toBe('/thuat-ngu/dan-chu-dai-dien/');
    await page.context.close();
  });
});
