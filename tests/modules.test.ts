/**
 * The modules (/bai-hoc/) as built: every transclusion and every quiz
 * justification resolves to an anchor of the directive's page; points 1–5 are
 * each taught; a module reads completely with JavaScript off (answers inside
 * <details>); the road module's timeline is the register's; and in Chromium
 * the quiz answers right and wrong with spoken feedback, on a 390px phone,
 * by keyboard, without console errors.
 */
import { describe, expect, it } from 'vitest';
import { partRef, pointsTaught } from '../src/lib/modules';
import { useBrowser, type WatchedPage } from './support/browser';
import { loadPage, readPage } from './support/dist';

const DIRECTIVE = '/van-ban/111-cv-tu-2016/';
const directive = loadPage(DIRECTIVE);
const anchors = new Set([...directive.querySelectorAll('[id]')].map((el) => el.id));

const list = loadPage('/bai-hoc/');
const modulePaths = [...list.querySelectorAll<HTMLAnchorElement>('#danh-sach-bai-hoc .module-card__title a')].map((a) => a.getAttribute('href') ?? '');

/** "/van-ban/111-cv-tu-2016/#muc-3" → "111-cv-tu-2016#muc-3" */
function refOfHref(href: string): string {
  const match = /^\/van-ban\/([a-z0-9-]+)\/#([a-z0-9-]+)$/.exec(href);
  if (!match) throw new Error(`Liên kết điều khoản không đúng dạng: ${href}`);
  return `${match[1]}#${match[2]}`;
}

const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('/bai-hoc/', () => {
  it('lists at least seven modules in teaching order, each with duration, audience and the parts it teaches', () => {
    expect(modulePaths.length).toBeGreaterThanOrEqual(7);
    for (const path of modulePaths) expect(path).toMatch(/^\/bai-hoc\/[a-z0-9-]+\/$/);
    const cards = [...list.querySelectorAll('.module-card')];
    for (const card of cards) {
      const facts = texts(card, '.module-card__facts dt');
      expect(facts).toEqual(['Thời lượng', 'Đối tượng', 'Nội dung Công văn']);
      expect(card.querySelector('.module-card__facts dd')?.textContent).toMatch(/^\d+ phút$/);
    }
    // Teaching order is the order the pages number themselves in.
    const numbers = modulePaths.map((p) => Number(/Bài học thứ (\d+)\//.exec(loadPage(p).querySelector('.breadcrumbs')?.textContent ?? '')?.[1]));
    expect(numbers).toEqual(modulePaths.map((_, i) => i + 1));
  });

  it('starts with the road of documents, then points 1 to 5, then organising and reporting', () => {
    expect(modulePaths[0]).toBe('/bai-hoc/chang-duong-van-ban/');
    expect(modulePaths.at(-1)).toBe('/bai-hoc/to-chuc-thuc-hien-bao-cao/');
  });
});

describe.each(modulePaths)('%s', (path) => {
  const doc = loadPage(path);
  const html = readPage(path);

  it('transcludes each provision it teaches from an anchor that exists on the directive page', () => {
    const quotes = [...doc.querySelectorAll('.provision-quote')];
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      const ref = quote.getAttribute('data-provision') ?? '';
      const [, anchor] = ref.split('#');
      expect(anchors.has(anchor ?? ''), `neo "${anchor}" trên ${DIRECTIVE}`).toBe(true);
      const caption = quote.querySelector('figcaption a')?.getAttribute('href') ?? '';
      expect(refOfHref(caption)).toBe(ref);
      expect(quote.querySelector('blockquote')?.textContent?.trim().length).toBeGreaterThan(0);
    }
  });

  it('justifies every quiz answer by a provision whose anchor exists', () => {
    const links = [...doc.querySelectorAll('[data-quiz-provision]')];
    expect(links.length).toBe(doc.querySelectorAll('[data-quiz-item]').length);
    for (const link of links) {
      const ref = refOfHref(link.getAttribute('href') ?? '');
      expect(ref).toBe(link.getAttribute('data-provision'));
      expect(anchors.has(ref.split('#')[1] ?? ''), `neo của ${ref}`).toBe(true);
    }
  });

  it('has every part of a module: objectives, audience, duration, explanations, ≥3 discussion questions, a situation, ≥4 quiz items, instructor notes', () => {
    const headings = texts(doc, 'main h2');
    for (const h of ['Mục tiêu', 'Nguyên văn Công văn', 'Giảng giải', 'Câu hỏi thảo luận', 'Tình huống', 'Câu hỏi trắc nghiệm', 'Gợi ý cho giảng viên']) {
      expect(headings, h).toContain(h);
    }
    const facts = texts(doc, '.module-facts dt');
    expect(facts).toEqual(['Đối tượng', 'Thời lượng', 'Nội dung Công văn']);
    expect(doc.querySelectorAll('section[aria-labelledby="muc-tieu"] li').length).toBeGreaterThan(0);
    expect(doc.querySelector('.module-body')?.textContent?.trim().length).toBeGreaterThan(200);
    expect(doc.querySelectorAll('section[aria-labelledby="thao-luan"] li').length).toBeGreaterThanOrEqual(3);
    expect(doc.querySelectorAll('.situation').length).toBeGreaterThanOrEqual(1);
    expect(doc.querySelectorAll('[data-quiz-item]').length).toBeGreaterThanOrEqual(4);
    expect(doc.querySelectorAll('section[aria-labelledby="goi-y-giang-vien"] li').length).toBeGreaterThan(0);
  });

  it('reads completely without JavaScript: each question, its options, and its answer, explanation and provision inside <details>', () => {
    for (const item of doc.querySelectorAll('[data-quiz-item]')) {
      const legend = item.querySelector('fieldset > legend');
      expect(legend?.textContent?.trim()).toMatch(/^Câu \d+\. .+/);
      const radios = [...item.querySelectorAll('fieldset input[type="radio"]')];
      expect(radios.length).toBeGreaterThanOrEqual(2);
      for (const radio of radios) expect(item.querySelector(`label[for="${radio.id}"]`)?.textContent?.trim()).toBeTruthy();
      const details = item.querySelector('details.quiz-answer');
      expect(details?.querySelector('summary')?.textContent).toMatch(/Đáp án/);
      const answer = Number(item.getAttribute('data-answer'));
      const key = details?.querySelector('[data-quiz-answer-text]')?.textContent;
      expect(key).toBe(item.querySelector(`label[for="${radios[answer]?.id}"]`)?.textContent?.replace(/^\s*[A-F]\.\s*/, '').trim());
      expect(details?.querySelector('[data-quiz-explanation]')?.textContent?.trim().length).toBeGreaterThan(10);
      expect(details?.querySelector('a[data-quiz-provision]')).toBeTruthy();
      // The check button only appears once the script runs.
      expect(item.querySelector('[data-quiz-actions]')?.hasAttribute('hidden')).toBe(true);
    }
  });

  it('uses no inline script or inline event handler (CSP), and is indexed as a module', () => {
    const inline = [...doc.querySelectorAll('script:not([src])')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
    expect(inline.map((s) => s.outerHTML.slice(0, 80))).toEqual([]);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(doc.querySelector('[data-pagefind-filter="kind"]')?.textContent).toBe('Bài học');
  });

  it('links to the previous and next module', () => {
    const i = modulePaths.indexOf(path);
    const prev = doc.querySelector('.module-pager a[rel="prev"]')?.getAttribute('href');
    const next = doc.querySelector('.module-pager a[rel="next"]')?.getAttribute('href');
    expect(prev).toBe(modulePaths[i - 1]);
    expect(next).toBe(modulePaths[i + 1]);
  });
});

describe('coverage of the directive', () => {
  const refsOf = (path: string) => [...loadPage(path).querySelectorAll('.provision-quote')].map((q) => q.getAttribute('data-provision') ?? '');

  it('teaches each of points 1–5 (at point or paragraph level) in at least one module', () => {
    const taught = new Set(modulePaths.flatMap((p) => pointsTaught(refsOf(p))));
    expect([...taught].sort()).toEqual(expect.arrayContaining([1, 2, 3, 4, 5]));
  });

  it('teaches the closing paragraph (organising and reporting) somewhere', () => {
    const parts = new Set(modulePaths.flatMap((p) => refsOf(p).map(partRef)));
    expect(parts.has('111-cv-tu-2016#to-chuc-thuc-hien')).toBe(true);
  });

  it('builds the road module’s timeline from the register: every event /van-ban/ draws and more, oldest first, from 30-CT/TW to the 2022 Law', () => {
    const road = loadPage('/bai-hoc/chang-duong-van-ban/');
    const events = (d: Document, sel: string) =>
      [...d.querySelectorAll(`${sel} li`)].map((li) => `${li.querySelector('time')?.getAttribute('datetime')} ${li.querySelector('a')?.getAttribute('href')}`);
    const ours = events(road, '[data-timeline]');
    expect(ours.length).toBeGreaterThan(0);
    // /van-ban/ draws the directive and the documents it names; the road module, those and the texts before and after them.
    expect(ours).toEqual(expect.arrayContaining(events(loadPage('/van-ban/'), 'ol.timeline')));
    const dates = ours.map((e) => e.split(' ')[0] ?? '');
    expect([...dates].sort()).toEqual(dates);
    expect(ours).toContain('1998-02-18 /van-ban/30-ct-tw-1998/');
    expect(ours).toContain('2016-04-13 /van-ban/111-cv-tu-2016/');
    expect(ours).toContain('2023-07-01 /van-ban/34-2007-pl-ubtvqh11/');
  });
});

describe('in Chromium', () => {
  const site = useBrowser();
  const path = '/bai-hoc/muc-1-quan-triet-trien-khai/';
  const item = (n: number) => `#cau-${n}`;

  const answerOf = (n: number) => Number(loadPage(path).querySelector(item(n))?.getAttribute('data-answer'));

  it('checks one answer right and one wrong, saying so in a live region with the explanation and provision, on a 390px phone', async () => {
    const w: WatchedPage = await site.open({ viewport: { width: 390, height: 844 } });
    const { page } = w;
    await page.goto(site.server.url + path);

    const right = answerOf(1);
    await page.locator(`${item(1)} input[type="radio"]`).nth(right).check();
    await page.getByRole('button', { name: 'Kiểm tra câu 1' }).click();
    const status1 = page.locator(`${item(1)} [role="status"]`);
    await expect.poll(() => status1.textContent()).toMatch(/^Đúng\./);
    expect(await status1.getAttribute('aria-live')).toBe('polite');
    expect(await status1.locator('a[href^="/van-ban/111-cv-tu-2016/#muc-1"]').count()).toBe(1);
    expect(await page.locator(`${item(1)} [data-option="${right}"]`).getAttribute('data-result')).toBe('right');

    const wrong = (answerOf(2) + 1) % (await page.locator(`${item(2)} input[type="radio"]`).count());
    await page.locator(`${item(2)} input[type="radio"]`).nth(wrong).check();
    await page.getByRole('button', { name: 'Kiểm tra câu 2' }).click();
    const status2 = page.locator(`${item(2)} [role="status"]`);
    await expect.poll(() => status2.textContent()).toMatch(/^Chưa đúng\. Đáp án đúng là [A-F]:/);
    expect(await page.locator(`${item(2)} [data-option="${wrong}"]`).getAttribute('data-result')).toBe('wrong');
    expect(await page.locator(`${item(2)} [data-option="${answerOf(2)}"]`).getAttribute('data-result')).toBe('right');

    // Pressing "Kiểm tra" with nothing chosen asks for a choice instead of judging.
    await page.getByRole('button', { name: 'Kiểm tra câu 3' }).click();
    await expect.poll(() => page.locator(`${item(3)} [role="status"]`).textContent()).toMatch(/^Chưa chọn/);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'không cuộn ngang ở 390px').toBeLessThanOrEqual(0);
    expect(w.consoleErrors).toEqual([]);
    expect(w.offOrigin).toEqual([]);
    await w.context.close();
  });

  it('keeps a running score, gives the result when every item is checked, and «Làm lại» starts again', async () => {
    const { page } = await site.open();
    await page.goto(site.server.url + path);
    const total = await page.locator('[data-quiz-item]').count();
    const score = page.locator('[data-quiz-score]');
    expect(await page.locator('[data-quiz-summary]').isHidden()).toBe(true);
    for (let n = 1; n <= total; n++) {
      // Right on every item but the last, which is answered wrong.
      const options = page.locator(`${item(n)} input[type="radio"]`);
      const pick = n < total ? answerOf(n) : (answerOf(n) + 1) % (await options.count());
      await options.nth(pick).check();
      await page.getByRole('button', { name: `Kiểm tra câu ${n}` }).click();
      if (n === 1) await expect.poll(() => score.textContent()).toBe(`Đã kiểm tra 1/${total} câu, đúng 1 câu.`);
    }
    await expect.poll(() => score.textContent()).toMatch(new RegExp(`^Kết quả: đúng ${total - 1}/${total} câu\\.`));
    expect(await score.getAttribute('role')).toBe('status');
    await page.getByRole('button', { name: 'Làm lại' }).click();
    expect(await page.locator('[data-quiz-item] input[type="radio"]:checked').count()).toBe(0);
    expect(await page.locator('[data-quiz-item][data-result]').count()).toBe(0);
    expect(await page.locator('[data-quiz-summary]').isHidden()).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('cau-1-chon');
  });

  it('prints as a learner handout: no buttons, no answers, no instructor notes', async () => {
    const { page } = await site.open();
    await page.goto(site.server.url + path);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.quiz-answer', '.quiz-actions', '.instructor-notes', '.situation-hints', '[data-quiz-intro]', '.toc']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('.quiz-question, [data-quiz-item] legend').first().isVisible()).toBe(true);
    expect(await page.locator('.situation-rubric').first().isVisible()).toBe(true);
  });

  it('works by keyboard alone: arrow keys choose, Tab reaches "Kiểm tra", Enter checks', async () => {
    const w = await site.open({ viewport: { width: 390, height: 844 } });
    const { page } = w;
    await page.goto(site.server.url + path);
    await page.locator(`${item(4)} input[type="radio"]`).first().focus();
    await page.keyboard.press('Space');
    const target = answerOf(4);
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Kiểm tra/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`${item(4)} [role="status"]`).textContent()).toMatch(/^Đúng\./);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });

  it('every module page fits a 390px phone without sideways scrolling, and logs no console error', async () => {
    const w = await site.open({ viewport: { width: 390, height: 844 } });
    for (const p of ['/bai-hoc/', ...modulePaths]) {
      await w.page.goto(site.server.url + p);
      const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect.soft(overflow, `${p}: cuộn ngang`).toBeLessThanOrEqual(0);
    }
    expect(w.consoleErrors).toEqual([]);
    expect(w.offOrigin).toEqual([]);
    await w.context.close();
  });

  it('with JavaScript off, shows every question and reveals each answer by opening its <details>', async () => {
    const w = await site.open({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const { page } = w;
    await page.goto(site.server.url + path);
    const count = await page.locator('[data-quiz-item]').count();
    expect(count).toBeGreaterThanOrEqual(4);
    expect(await page.locator('[data-quiz-check]').first().isVisible()).toBe(false);
    for (let n = 1; n <= count; n++) {
      expect(await page.locator(`${item(n)} legend`).isVisible()).toBe(true);
      const explanation = page.locator(`${item(n)} [data-quiz-explanation]`);
      expect(await explanation.isVisible()).toBe(false);
      await page.locator(`${item(n)} details summary`).click();
      expect(await explanation.isVisible()).toBe(true);
      expect(await page.locator(`${item(n)} [data-quiz-provision]`).isVisible()).toBe(true);
    }
    await w.context.close();
  });
});
