/**
 * The projector view of each module (/bai-hoc/<slug>/trinh-chieu/), as built
 * and in Chromium: one slide per section in the order src/lib/slides.ts
 * computes from the published catalogue, the directive's own words on the
 * provision slides, no quiz answers; keys, buttons, swipe, hash and reload;
 * the deck keeps working offline; the title slide's QR code leads to the
 * module page; every slide fits its 16:9 box in large type; without
 * JavaScript every slide reads in turn; printed, one landscape page a slide.
 */
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, measurePage } from '../scripts/lib/page-weight';
import { pageKind } from '../src/lib/page-kinds';
import type { Catalog, CatalogProvision } from '../src/lib/plan-catalog';
import { deckSlides, type ProvisionInput } from '../src/lib/slides';
import { UNIT_TYPE_LABELS } from '../src/ui/strings';
import { checkReadableWithoutJs } from './gates/lib/nojs';
import { useBrowser } from './support/browser';
import { distDir, hasPage, loadPage, readPage } from './support/dist';
import { decodeQr, printPdf } from './support/paper';

const catalog = JSON.parse(readPage('/du-lieu/hoc-phan.json')) as Catalog;
const DIRECTIVE = loadPage('/van-ban/111-cv-tu-2016/');
const slidesOf = (url: string) => `${url}trinh-chieu/`;
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Text of an element without what is not the source's words ([data-nonsource]: note markers, «…» cut marks). */
function sourceText(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  for (const x of clone.querySelectorAll('[data-nonsource]')) x.remove();
  return norm(clone.textContent);
}

/** A provision of the catalogue as the deck takes it: paragraph anchors from DESIGN.md, each note after its word. */
function provisionInput(ref: string, p: CatalogProvision): ProvisionInput {
  const anchor = ref.split('#')[1]!;
  return {
    ref,
    href: p.url,
    label: p.label,
    citation: p.citation,
    paragraphs: p.paragraphs.map((para, i) => ({
      anchor: p.paragraphs.length > 1 || !/-doan-\d+$/.test(anchor) ? `${anchor}-doan-${i + 1}` : anchor,
      text: para.pieces.map((x) => x.text).join(''),
      editorialNotes: para.pieces.flatMap((x) => (x.note ? [{ word: x.text.split(/\s+/).at(-1)!, note: x.note }] : [])),
    })),
  };
}

const modules = catalog.modules;
const expectedDeck = (m: (typeof modules)[number]) => {
  const index = modules.indexOf(m);
  const next = modules[index + 1];
  return deckSlides({
    title: m.title,
    subtitle: m.summary,
    order: m.order,
    count: modules.length,
    modulePath: m.url,
    objectives: m.objectives,
    provisions: m.provisions.map((ref) => provisionInput(ref, catalog.provisions[ref]!)),
    discussion: m.discussion,
    situations: m.situations.map((s) => ({ title: s.title, text: s.text, unit: UNIT_TYPE_LABELS[s.unitType] })),
    quiz: m.quiz,
    next: next && { title: next.title, order: next.order, href: next.url },
  });
};

describe('the projector view of every module, as built', () => {
  it('exists for each module of the catalogue, and the module page links to it', () => {
    expect(modules.length).toBeGreaterThanOrEqual(7);
    for (const m of modules) {
      expect(hasPage(slidesOf(m.url)), slidesOf(m.url)).toBe(true);
      expect(pageKind(slidesOf(m.url))).toBe('slides');
      const link = [...loadPage(m.url).querySelectorAll('a')].find((a) => a.getAttribute('href') === slidesOf(m.url));
      expect(norm(link?.textContent), `liên kết trình chiếu trên ${m.url}`).toBe('Trình chiếu bài học');
    }
  });

  describe.each(modules.map((m) => [m.slug, m] as const))('%s', (_slug, m) => {
    const path = slidesOf(m.url);
    const doc = loadPage(path);
    const html = readPage(path);
    const sections = [...doc.querySelectorAll('[data-deck] section[data-slide]')];
    const expected = expectedDeck(m);

    it('has the slides src/lib/slides.ts computes, in order, each named «Trang chiếu N/M»', () => {
      expect(sections.length).toBe(expected.length);
      expect(sections.map((s) => s.className.replace(/^slide slide--/, ''))).toEqual(expected.map((s) => s.kind));
      expect(sections.map((s) => norm(s.querySelector('h2, .slide__kicker')?.textContent))).toEqual(expected.map((s) => s.heading));
      expect(sections.map((s) => s.getAttribute('aria-label'))).toEqual(sections.map((_, i) => `Trang chiếu ${i + 1}/${sections.length}`));
      expect(doc.querySelector('[data-deck-counter]')?.closest('[aria-live="polite"]')).not.toBeNull();
      expect(norm(sections[0]!.querySelector('h1')?.textContent)).toBe(norm(m.title));
      expect(norm(sections[0]!.querySelector('.slide__subtitle')?.textContent)).toBe(norm(m.summary));
      expect(sections.at(-1)!.className).toContain('slide--closing');
    });

    it('shows the objectives, every discussion question and situation, and each quiz item with its options', () => {
      const text = (kind: string) => sections.filter((s) => s.classList.contains(`slide--${kind}`)).map((s) => norm(s.querySelector('.slide__body')?.textContent));
      expect(text('objectives').join(' ')).toContain(norm(m.objectives.at(-1)));
      for (const o of m.objectives) expect(text('objectives').some((t) => t.includes(norm(o))), o).toBe(true);
      expect(text('discussion')).toEqual(m.discussion.map(norm));
      const cases = sections.filter((s) => s.classList.contains('slide--situation'));
      for (const s of m.situations) {
        const own = cases.filter((c) => norm(c.querySelector('.slide__case-title strong')?.textContent) === norm(s.title));
        expect(own.map((c) => norm(c.querySelector('.slide__case-title + p')?.textContent).replace(/^… | …$/g, '')).join(' '), s.title).toBe(norm(s.text));
      }
      const quiz = sections.filter((s) => s.classList.contains('slide--quiz'));
      expect(quiz.map((q) => norm(q.querySelector('.slide__question')?.textContent))).toEqual(m.quiz.map((q) => norm(q.question)));
      quiz.forEach((q, i) => {
        expect([...q.querySelectorAll('.slide__options li')].map((li) => norm(li.textContent))).toEqual(m.quiz[i]!.options.map((o, j) => `${String.fromCharCode(65 + j)}.${norm(o)}`));
      });
    });

    it("puts the directive's own paragraphs on the provision slides, as its page has them", () => {
      const pieces = new Map<string, string[]>();
      for (const p of doc.querySelectorAll('.slide--provision [data-paragraph]')) {
        const anchor = p.getAttribute('data-paragraph')!;
        pieces.set(anchor, [...(pieces.get(anchor) ?? []), sourceText(p)]);
      }
      const anchors = m.provisions.flatMap((ref) => provisionInput(ref, catalog.provisions[ref]!).paragraphs.map((p) => p.anchor));
      expect([...pieces.keys()]).toEqual(anchors);
      for (const anchor of anchors) {
        const source = DIRECTIVE.getElementById(anchor);
        expect(source, `#${anchor} trên trang Công văn`).not.toBeNull();
        expect(pieces.get(anchor)!.join(' '), anchor).toBe(sourceText(source!));
      }
      // A cut inside a sentence is never silent: «…» at both sides, and the slide after says «(tiếp)».
      for (const cut of doc.querySelectorAll('.slide--provision [data-paragraph]')) {
        const marks = [...cut.querySelectorAll('.slide__cut')].map((x) => norm(x.textContent));
        for (const mark of marks) expect(mark).toBe('…');
      }
      sections.forEach((s, i) => {
        const paragraphs = [...s.querySelectorAll('.slide__paragraph')];
        if (paragraphs[0]?.querySelector('[data-cut="before"]')) expect(norm(s.querySelector('h2')?.textContent)).toMatch(/\(tiếp\)$/);
        if (paragraphs.at(-1)?.querySelector('[data-cut="after"]')) expect(sections[i + 1]?.querySelector('.slide__paragraph [data-cut="before"]'), `trang sau trang ${i + 1}`).not.toBeNull();
      });
    });

    it('carries no quiz answer, explanation, hint or rubric, and is not a search result', () => {
      const text = norm(doc.querySelector('main')?.textContent);
      for (const q of m.quiz) expect(text.includes(norm(q.explanation)), 'giải thích đáp án').toBe(false);
      for (const s of m.situations) for (const h of [...s.hints, ...s.rubric]) expect(text.includes(norm(h)), h).toBe(false);
      expect(text).not.toMatch(/Đáp án:/);
      expect(html).not.toContain('data-answer');
      expect(html).not.toContain('data-pagefind-body');
    });

    it(`weighs within the projector budget (${BUDGETS.slides} B gzip)`, () => {
      const w = measurePage(distDir, path);
      expect(w.kind).toBe('slides');
      expect(w.missing).toEqual([]);
      expect(w.total.gzip).toBeLessThanOrEqual(BUDGETS.slides);
    });
  });
});

// ——— In Chromium ———

const site = useBrowser();
const module = modules.find((m) => m.slug === 'muc-1-quan-triet-trien-khai') ?? modules[0]!;
const PATH = slidesOf(module.url);
let total = 0;

beforeAll(() => {
  total = loadPage(PATH).querySelectorAll('section[data-slide]').length;
});

/** The slide on screen: its label, the counter, the hash; and that it is the only one shown. */
async function state(page: Page) {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLElement>('section[data-slide]')].filter((s) => s.checkVisibility());
    return {
      shown: shown.map((s) => s.getAttribute('aria-label')),
      counter: document.querySelector('[data-deck-counter]')?.textContent,
      hash: location.hash,
      focused: document.activeElement?.hasAttribute('data-deck') ?? false,
    };
  });
}

async function openDeck(hash = '', options: Parameters<typeof site.open>[0] = {}) {
  const w = await site.open({ viewport: { width: 1280, height: 720 }, ...options });
  await w.page.goto(site.server.url + PATH + hash);
  await w.page.locator('[data-slide-qr] svg.qr').waitFor({ state: 'attached' });
  return w;
}

const at = (n: number) => ({ shown: [`Trang chiếu ${n}/${total}`], counter: `${n}/${total}`, hash: `#${n}`, focused: true });

describe(`${PATH} in Chromium`, () => {
  it('shows one slide at a time and turns it with the keys; the counter and the hash follow', async () => {
    const { page } = await openDeck();
    expect(await state(page)).toEqual({ ...at(1), hash: '' });
    const steps: [string, number][] = [
      ['ArrowRight', 2],
      ['Space', 3],
      ['PageDown', 4],
      ['Enter', 5],
      ['ArrowLeft', 4],
      ['Shift+Space', 3],
      ['PageUp', 2],
      ['End', total],
      ['ArrowRight', total],
      ['Home', 1],
      ['ArrowLeft', 1],
    ];
    for (const [key, n] of steps) {
      await page.keyboard.press(key);
      expect(await state(page), key).toEqual(at(n));
    }
    // The site's header and footer give way to the deck.
    expect(await page.locator('.site-header').isVisible()).toBe(false);
  });

  it('returns to the slide in the hash on reload', async () => {
    const { page } = await openDeck('#3');
    expect(await state(page)).toEqual(at(3));
    await page.keyboard.press('ArrowRight');
    await page.reload();
    await page.locator('[data-slide-qr] svg.qr').waitFor({ state: 'attached' });
    expect(await state(page)).toEqual(at(4));
  });

  it('turns with the on-screen buttons and with a swipe', async () => {
    const { page } = await openDeck('', { hasTouch: true });
    await page.getByRole('button', { name: 'Trang sau' }).click();
    await page.getByRole('button', { name: 'Trang sau' }).click();
    expect((await state(page)).counter).toBe(`3/${total}`);
    await page.getByRole('button', { name: 'Trang trước' }).click();
    expect((await state(page)).counter).toBe(`2/${total}`);
    const swipe = (from: number, to: number) =>
      page.evaluate(
        ([x0, x1]) => {
          const deck = document.querySelector('[data-deck]')!;
          const touch = (x: number) => new Touch({ identifier: 1, target: deck, clientX: x, clientY: 300 });
          deck.dispatchEvent(new TouchEvent('touchstart', { changedTouches: [touch(x0!)], bubbles: true }));
          deck.dispatchEvent(new TouchEvent('touchend', { changedTouches: [touch(x1!)], bubbles: true }));
        },
        [from, to],
      );
    await swipe(900, 300);
    expect((await state(page)).counter).toBe(`3/${total}`);
    await swipe(300, 900);
    await swipe(300, 900);
    expect((await state(page)).counter).toBe(`1/${total}`);
    await swipe(600, 620); // too short: not a swipe
    expect((await state(page)).counter).toBe(`1/${total}`);
  });

  it('goes full screen with the button and the F key', async () => {
    const { page } = await openDeck();
    const fullscreen = () => page.evaluate(() => document.fullscreenElement?.hasAttribute('data-deck') ?? false);
    const button = page.locator('[data-deck-fullscreen]');
    await page.keyboard.press('f');
    await expect.poll(fullscreen).toBe(true);
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('ArrowRight');
    expect((await state(page)).counter).toBe(`2/${total}`);
    await page.keyboard.press('f');
    await expect.poll(fullscreen).toBe(false);
    await button.click();
    await expect.poll(fullscreen).toBe(true);
    // The label follows the fullscreenchange event, a moment after the element changes.
    await expect.poll(() => button.textContent()).toBe('Thoát toàn màn hình');
  });

  it('keeps working with the network off once loaded: every slide is already in the page', async () => {
    const { page, context } = await openDeck();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    const served = site.server.requests.length;
    await context.setOffline(true);
    for (let n = 2; n <= total; n++) {
      await page.keyboard.press('ArrowRight');
      const s = await state(page);
      expect(s.shown).toEqual([`Trang chiếu ${n}/${total}`]);
      expect(await page.locator('section[data-slide][data-current] .slide__inner').innerText()).not.toBe('');
    }
    await page.keyboard.press('Home');
    expect(await state(page)).toEqual(at(1));
    expect(failed).toEqual([]);
    expect(site.server.requests.length).toBe(served);
    await context.setOffline(false);
  });

  it("has a QR code on the title slide that leads to the module page", async () => {
    const { page } = await openDeck();
    const qr = page.locator('section[data-slide]').first().locator('svg.qr');
    const origin = await page.evaluate(() => location.origin);
    const decoded = await decodeQr(qr);
    expect(decoded).toBe(await qr.getAttribute('data-qr'));
    expect(decoded).toBe(origin + module.url);
    expect(await page.locator('section[data-slide]').first().locator('.slide__address').textContent()).toBe(origin + module.url);
  });

  it('letterboxes a 16:9 slide in any window', async () => {
    const { page } = await openDeck();
    for (const viewport of [{ width: 1280, height: 720 }, { width: 1000, height: 1000 }, { width: 1600, height: 600 }]) {
      await page.setViewportSize(viewport);
      const box = (await page.locator('section[data-slide][data-current]').boundingBox())!;
      expect(Math.abs(box.width / box.height - 16 / 9), JSON.stringify(viewport)).toBeLessThan(0.01);
      expect(Math.min(viewport.width - box.width, viewport.height - box.height), 'chạm hai cạnh của cửa sổ').toBeLessThan(1);
      expect(Math.abs(box.x + box.width / 2 - viewport.width / 2)).toBeLessThan(1);
      expect(Math.abs(box.y + box.height / 2 - viewport.height / 2)).toBeLessThan(1);
    }
  });

  it.each(modules.map((m) => [m.slug, m] as const))('%s: every slide fits its box, in type large enough for a hall', async (_slug, m) => {
    const { page } = await site.open({ viewport: { width: 1280, height: 720 } });
    await page.goto(site.server.url + slidesOf(m.url));
    const report = await page.evaluate(() => {
      const out: string[] = [];
      for (const slide of document.querySelectorAll<HTMLElement>('section[data-slide]')) {
        slide.toggleAttribute('data-current', true);
        const inner = slide.querySelector<HTMLElement>('.slide__inner')!;
        const body = slide.querySelector<HTMLElement>('.slide__body, .slide__subtitle')!;
        const size = parseFloat(getComputedStyle(body).fontSize);
        if (inner.scrollHeight > slide.clientHeight + 1 || inner.scrollWidth > slide.clientWidth + 1) out.push(`${slide.getAttribute('aria-label')}: tràn (${inner.scrollHeight}/${slide.clientHeight})`);
        // 2.2 % of the slide's width is 3.9 % of its height: about 42 px on a 1080-line projector.
        if (size < slide.clientWidth * 0.022 - 0.1) out.push(`${slide.getAttribute('aria-label')}: chữ ${size}px`);
        slide.toggleAttribute('data-current', false);
      }
      return out;
    });
    expect(report).toEqual([]);
  });

  it('reads every slide in turn with JavaScript off', async () => {
    const { page } = await site.open({ javaScriptEnabled: false });
    await page.goto(site.server.url + PATH);
    expect((await checkReadableWithoutJs(page)).problems).toEqual([]);
    const visible = await page.locator('section[data-slide]').evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
    expect(visible).toBe(total);
    expect(await page.locator('[data-deck-controls]').isVisible()).toBe(false);
  });

  it('prints one slide a landscape 16:9 page', async () => {
    const { page } = await openDeck('#5');
    const pdf = await getDocument({ data: await printPdf(page), useSystemFonts: false, isEvalSupported: false }).promise;
    expect(pdf.numPages).toBe(total);
    const first = await pdf.getPage(1);
    const [, , w, h] = first.view as [number, number, number, number];
    expect(Math.round((w * 25.4) / 72)).toBe(297);
    expect(Math.round((h * 25.4) / 72)).toBe(167);
    // Letters and their diacritics may come out of the PDF as separate runs: compare without spaces.
    const bare = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
    const textOf = async (n: number) => bare(((await (await pdf.getPage(n)).getTextContent()).items as { str?: string }[]).map((i) => i.str ?? '').join(''));
    expect(await textOf(1)).toContain(bare(module.title));
    expect(await textOf(5)).toContain(bare(loadPage(PATH).querySelectorAll('section[data-slide] h2')[3]!.textContent ?? ''));
    expect(await textOf(total)).toContain(bare('Kết thúc bài học'));
    await pdf.destroy();
  });
});
