/**
 * The search results as a reader sees them, on the built site in Chromium
 * (ux.md 30, 31, 33): a passage of the directive is a result of its own,
 * linked to its paragraph's anchor, named as citations name it and shown by
 * its own text; snippets start at a sentence or after «…», never repeat their
 * heading or run the document's facts together, and mark whole words only; on
 * a phone the first result is in the first screen; without JavaScript the
 * page says so first and points to what works without it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { foldVietnamese } from '../src/lib/vietnamese';
import { useBrowser, type WatchedPage } from './support/browser';

const DIRECTIVE = '/van-ban/111-cv-tu-2016/';
const PHONE = { width: 390, height: 844 };

const provisions = parse(readFileSync(join(import.meta.dirname, '..', 'content', 'provisions', '111-cv-tu-2016.yaml'), 'utf8')) as {
  parts: { anchor: string; paragraphs: { text: string }[] }[];
};
const paragraphText = (part: string, n: number) => provisions.parts.find((p) => p.anchor === part)!.paragraphs[n - 1]!.text;

const site = useBrowser();
let desk: WatchedPage;
let phone: WatchedPage;

beforeAll(async () => {
  desk = await site.open({ keep: true });
  phone = await site.open({ keep: true, viewport: PHONE });
});

const searchUrl = (query: string) => `${site.server.url}/tim-kiem/?q=${encodeURIComponent(query)}`;

/** Opens the search page for a query and waits for the results and for the check of «Hiện thêm kết quả». */
async function search(page: Page, query: string): Promise<void> {
  await page.goto(searchUrl(query));
  await page.locator('#search-results[data-state="done"]').waitFor({ state: 'attached', timeout: 20_000 });
  await page.waitForFunction(() => document.getElementById('search-results')?.dataset.more !== 'checking', undefined, { timeout: 20_000 });
}

interface Shown {
  links: string[];
  title: string;
  meta: string;
  excerpt: string;
  sections: { title: string; excerpt: string }[];
  /** Marked words of the snippets. */
  marks: string[];
  /** Marked in the facts line: a number the result was found by. */
  metaMarks: string[];
  text: string;
}

async function results(page: Page): Promise<Shown[]> {
  return page.$$eval('#search-results > li', (items) =>
    items.map((li) => ({
      links: [...li.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
      title: li.querySelector('h2')?.textContent ?? '',
      meta: li.querySelector('.search-hit__meta')?.textContent ?? '',
      excerpt: li.querySelector('.search-hit__excerpt')?.textContent ?? '',
      sections: [...li.querySelectorAll('.search-hit__sections > li')].map((s) => ({
        title: s.querySelector('a')?.textContent ?? '',
        excerpt: s.querySelector('.search-hit__section-excerpt')?.textContent ?? '',
      })),
      marks: [...li.querySelectorAll('.search-hit__excerpt mark, .search-hit__section-excerpt mark')].map((m) => m.textContent ?? ''),
      metaMarks: [...li.querySelectorAll('.search-hit__meta mark')].map((m) => m.textContent ?? ''),
      text: li.textContent ?? '',
    })),
  );
}

const clean = (text: string) => text.replace(/…/g, '').replace(/\s+/g, ' ').trim();

describe('a passage of the directive', () => {
  it('is a result linked to its paragraph, named «Mục 4, đoạn 2» and shown by that paragraph\'s text', async () => {
    await search(desk.page, 'chủ động phối hợp với Ban Dân vận Thành ủy tham mưu');
    const [first] = await results(desk.page);
    expect(first?.links[0]).toBe(`${DIRECTIVE}#muc-4-doan-2`);
    expect(first?.title).toBe('Mục 4, đoạn 2, Công văn số 111-CV/TU');
    // The page and the part it is in are linked beside it.
    expect(first?.links).toContain(DIRECTIVE);
    expect(first?.links).toContain(`${DIRECTIVE}#muc-4`);
    // Its snippet is its own text: the paragraph's words from its start, not the page's or the part's.
    const own = paragraphText('muc-4', 2);
    expect(clean(first!.excerpt).length).toBeGreaterThan(60);
    expect(own.startsWith(clean(first!.excerpt))).toBe(true);
  });

  it('of a lesson is its headed part, linked to its anchor and named by its heading', async () => {
    await search(desk.page, 'chủ động phối hợp với Ban Dân vận Thành ủy tham mưu');
    const lesson = (await results(desk.page)).find((r) => r.links[0]?.startsWith('/bai-hoc/muc-4-kiem-tra-giam-sat/'));
    expect(lesson?.links[0]).toBe('/bai-hoc/muc-4-kiem-tra-giam-sat/#doan-2-uy-ban-kiem-tra-thanh-uy-va-ban-dan-van-thanh-uy');
    expect(lesson?.title).toBe('Đoạn 2: Ủy ban Kiểm tra Thành ủy và Ban Dân vận Thành ủy — Mục 4: Kiểm tra, giám sát, sơ kết, tổng kết');
    expect(lesson?.links).toContain('/bai-hoc/muc-4-kiem-tra-giam-sat/');
  });

  it('of a part with one paragraph is named by the part, and the paragraph holding the words comes first', async () => {
    await search(desk.page, 'loi keo kich dong');
    const [first] = await results(desk.page);
    expect(first?.links[0]).toBe(`${DIRECTIVE}#muc-4-doan-1`);
    expect(first?.title).toBe('Mục 4, đoạn 1, Công văn số 111-CV/TU');
    expect(paragraphText('muc-4', 1)).toContain(clean(first!.excerpt));
    await search(desk.page, 'báo cáo định kỳ 6 tháng');
    const [report] = await results(desk.page);
    expect(report?.links[0]).toBe(`${DIRECTIVE}#to-chuc-thuc-hien-doan-1`);
    expect(report?.title).toBe('Phần tổ chức thực hiện, Công văn số 111-CV/TU');
  });

  it('found by the document\'s number, the result is the document itself', async () => {
    await search(desk.page, '111-CV/TU');
    const [first] = await results(desk.page);
    expect(first?.links[0]).toBe(DIRECTIVE);
  });
});

describe('snippets', () => {
  for (const [name, viewport] of [
    ['desktop', undefined],
    ['phone', PHONE],
  ] as const) {
    it.each(['dan chu', '1738', '120-KL/TW'])(`for «%s» (${name}) start at a sentence or after «…», never repeat their heading, keep facts apart and blocks apart`, async (query) => {
      const page = viewport ? phone.page : desk.page;
      await search(page, query);
      const shown = await results(page);
      // A number alone is answered from the number lookup: its document, not the pages that mention it.
      expect(shown.length).toBeGreaterThan(/\d/.test(query) ? 0 : 1);
      for (const hit of shown) {
        const snippets = [hit.excerpt, ...hit.sections.map((s) => s.excerpt)].filter(Boolean);
        for (const snippet of snippets) {
          expect(snippet, snippet).toMatch(/^(…|[\p{Lu}\p{N}«“"(])/u);
          // Two blocks never run together: «Mục 5«…», «Mục 2Xem».
          expect(snippet, snippet).not.toMatch(/[\p{L}\p{N}][«“]|[»”][\p{L}\p{N}]|[\p{Ll}\p{N}]\p{Lu}\p{Ll}/u);
          // A document's facts are fields of the result, not a snippet.
          expect(snippet, snippet).not.toMatch(/Số, ký hiệu|Loại văn bản|Cơ quan ban hành/);
        }
        for (const section of hit.sections) {
          const heading = foldVietnamese(section.title).split(/\s+/);
          const opening = foldVietnamese(clean(section.excerpt)).split(/\s+/);
          // «Giải thích thêm» is not followed by «thích thêm.» (nor by the heading itself).
          expect(opening.slice(0, 2).join(' '), `${section.title} / ${section.excerpt}`).not.toBe(heading.slice(-2).join(' ').replace(/[.:]$/, ''));
          expect(hit.text).not.toContain(`${section.title}${section.excerpt.slice(0, 1)}`);
        }
      }
    });
  }

  it('mark whole folded words only: «dan chu» marks «dân chủ», never «Đảng», «đảng» or «chức»', async () => {
    await search(desk.page, 'dan chu');
    const marks = (await results(desk.page)).flatMap((r) => r.marks);
    expect(marks.length).toBeGreaterThan(10);
    expect(new Set(marks.map((m) => foldVietnamese(m)))).toEqual(new Set(['dan', 'chu']));
  });

  it('for «1738» mark the number only, and show the document\'s issuer and date as fields', async () => {
    await search(desk.page, '1738');
    const shown = await results(desk.page);
    expect(shown[0]?.links[0]).toBe('/van-ban/1738-qd-tu-2015/');
    expect(shown[0]?.meta).toContain('ngày 27/01/2015');
    expect(shown[0]?.meta).toContain('Ban Thường vụ Thành ủy Hải Phòng');
    expect(shown[0]?.metaMarks).toEqual(['1738-QĐ/TU']);
    // The snippet does not repeat the facts the result shows above it.
    expect(shown[0]?.excerpt).not.toMatch(/^Ban Thường vụ Thành ủy Hải Phòng, ngày/);
    // Only the number is marked, wherever it shows (the trích yếu of 1738-QĐ/TU does not hold it).
    expect(shown.flatMap((r) => r.marks).every((m) => m === '1738')).toBe(true);
  });

  it('for a number mark it whole, not its parts elsewhere', async () => {
    await search(desk.page, '120-KL/TW');
    const marks = (await results(desk.page)).flatMap((r) => [...r.marks, ...r.metaMarks]);
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['120-KL/TW']));
  });
});

describe('on a phone (390×844)', () => {
  it.each(['dan chu', '120-KL/TW'])('the first result\'s title for «%s» is in the first screen, the filters folded', async (query) => {
    const { page } = phone;
    await search(page, query);
    const box = await page.locator('#search-results > li').first().locator('h2').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThan(PHONE.height);
    expect(await page.locator('#search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('#search-filters > summary').isVisible()).toBe(true);
    expect(await page.locator('#loc-nhom').isVisible()).toBe(false);
    expect(((await page.locator('#search-hint').textContent()) ?? '').length).toBeLessThan(80);
  });

  it('the folded filters say what is chosen', async () => {
    const { page } = phone;
    await search(page, 'quy chế');
    await page.locator('#search-filters > summary').click();
    await page.locator('#loc-nhom').selectOption('van-ban');
    await expect.poll(() => new URL(page.url()).searchParams.get('nhom')).toBe('van-ban');
    await page.locator('#search-filters > summary').click();
    expect(await page.locator('#loc-nhom').isVisible()).toBe(false);
    expect(await page.locator('#search-filters > summary').textContent()).toBe('Lọc kết quả — đang lọc (1): Văn bản');
  });
});

describe('«Hiện thêm kết quả»', () => {
  it('is neither offered nor promised when there is nothing more («kl120»)', async () => {
    await search(desk.page, 'kl120');
    expect(await desk.page.locator('#search-results > li').count()).toBe(1);
    expect(await desk.page.locator('#search-more').isVisible()).toBe(false);
    expect(await desk.page.locator('#search-status').textContent()).not.toMatch(/còn kết quả|Hiện thêm/);
  });

  it('when offered, adds results', async () => {
    await search(desk.page, 'dan chu');
    const before = await desk.page.locator('#search-results > li').count();
    expect(await desk.page.locator('#search-status').textContent()).toContain('Hiện thêm kết quả');
    await desk.page.locator('#search-more').click();
    await expect.poll(() => desk.page.locator('#search-results > li').count()).toBeGreaterThan(before);
  });

  it('ran without a console error or a request off the site', () => {
    expect([...desk.consoleErrors, ...phone.consoleErrors]).toEqual([]);
    expect([...desk.offOrigin, ...phone.offOrigin]).toEqual([]);
  });
});

describe('without JavaScript (390×844)', () => {
  it('says first, in the first screen, that search needs it, offers the register and the glossary, and shows no filters', async () => {
    const { page, context } = await site.open({ javaScriptEnabled: false, viewport: PHONE });
    await page.goto(searchUrl('dan chu'));
    const notice = page.locator('#search-nojs');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/cần JavaScript/);
    const box = (await notice.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(PHONE.height);
    expect(box.y).toBeLessThan((await page.locator('#search-form').boundingBox())!.y);
    for (const href of ['/van-ban/', '/van-ban/theo-so/', '/thuat-ngu/']) expect(await notice.locator(`a[href="${href}"]`).isVisible()).toBe(true);
    // Filters would do nothing here: none show, nor a «Lọc» button.
    expect(await page.locator('#search-filters').isVisible()).toBe(false);
    expect(await page.locator('main button:visible', { hasText: 'Lọc' }).count()).toBe(0);
    await context.close();
  });

  it('with JavaScript the notice is gone', async () => {
    await search(desk.page, 'dan chu');
    expect(await desk.page.locator('#search-nojs').isVisible()).toBe(false);
    expect(await desk.page.locator('#search-filters').isVisible()).toBe(true);
  });
});
