/**
 * Document numbers never break at their hyphen ("111-" / "CV/TU"): on a
 * phone (390×844), in the directive's and a document's H1 and in a lesson's
 * prose, every number lies on one line. The check measures each number's
 * own text (a Range over it), so it sees a break whatever markup the number has.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_NUMBER } from '../src/lib/document-mentions';
import { useBrowser } from './support/browser';
import { allPages } from './support/dist';

const site = useBrowser();
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 };

interface Placed {
  text: string;
  inH1: boolean;
  lines: number;
  /** The element holding it and that element's text, to find the component at fault. */
  where: string;
}

/** Every document number in the page's main text, with how many lines it spans. */
function placeNumbers(page: Page): Promise<Placed[]> {
  return page.evaluate((source) => {
    const pattern = new RegExp(source, 'gu');
    const out: Placed[] = [];
    const main = document.querySelector('main') ?? document.body;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !parent.checkVisibility()) continue;
      for (const match of (node.textContent ?? '').matchAll(pattern)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        out.push({ text: match[0], inH1: Boolean(parent.closest('h1')), lines: tops.size, where: `${parent.tagName}.${parent.className}: ${parent.textContent}` });
      }
    }
    return out;
  }, DOCUMENT_NUMBER.source);
}

const PAGES = [
  { path: '/van-ban/111-cv-tu-2016/', h1: '111-CV/TU' },
  { path: '/van-ban/1737-qd-tu-2015/', h1: '1737-QĐ/TU' },
  { path: '/bai-hoc/chang-duong-van-ban/', h1: null },
];

describe('document numbers on a phone', () => {
  it.each(PAGES)('stay on one line on $path', async ({ path, h1 }) => {
    const watched = await site.open(PHONE);
    await watched.page.goto(`${site.server.url}${path}`);
    const placed = await placeNumbers(watched.page);
    if (h1) expect(placed.filter((p) => p.inH1).map((p) => p.text)).toEqual([h1]);
    // Lesson prose holds many numbers (not only the heading).
    expect(placed.filter((p) => !p.inH1).length).toBeGreaterThan(3);
    expect(placed.filter((p) => p.lines !== 1)).toEqual([]);
    await watched.context.close();
  });

  it('would see a number split at its hyphen (the check can fail)', async () => {
    const watched = await site.open(PHONE);
    await watched.page.goto(`${site.server.url}/van-ban/111-cv-tu-2016/`);
    // Without the rule, in an H1 narrower than the number itself, the number splits at its hyphen.
    const split = await watched.page.evaluate(() => {
      const h1 = document.querySelector('h1')!;
      const span = h1.querySelector<HTMLElement>('.doc-number')!;
      span.style.whiteSpace = 'normal';
      h1.style.width = `${Math.floor(span.getBoundingClientRect().width * 0.7)}px`;
      const range = document.createRange();
      range.selectNodeContents(span.firstChild!);
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
    });
    expect(split).toBe(2);
    await watched.context.close();
  });
});

describe('document numbers on every reading page, on a phone', () => {
  it('stay on one line', async () => {
    const watched = await site.open(PHONE);
    const broken: string[] = [];
    const pages = allPages().filter((p) => /^\/(van-ban|bai-hoc|thuat-ngu|co-quan)\//.test(p) || p === '/');
    for (const path of pages) {
      await watched.page.goto(`${site.server.url}${path}`);
      for (const p of await placeNumbers(watched.page)) if (p.lines !== 1) broken.push(`${path} ${p.text} — ${p.where}`);
    }
    expect(broken).toEqual([]);
    await watched.context.close();
  }, 300_000);
});
