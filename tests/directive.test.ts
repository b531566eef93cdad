/** The directive as a reader meets it in Chromium: every source word in order, anchors, layout, tools, print. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser';
import { fixtureSource, readSource, sharedSource, sourceWords, words } from './support/source';

const PATH = '/van-ban/111-cv-tu-2016/';
const site = useBrowser();

/** The words of the held text as rendered, with everything that is not source text hidden. */
async function renderedWords(javaScriptEnabled: boolean): Promise<string[]> {
  const { page, context } = await site.open({ javaScriptEnabled });
  await page.goto(site.server.url + PATH);
  // addStyleTag waits for a load event that never fires with scripts off; evaluate runs either way.
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = '[data-nonsource] { display: none !important; }';
    document.head.append(style);
  });
  const text = await page.locator('article.held-text').innerText();
  await context.close();
  return words(text);
}

describe('the directive page', () => {
  it('keeps its fixture copy of the source identical to shared/', () => {
    if (!existsSync(sharedSource)) return; // a clone without shared/: the fixture is all there is
    expect(readFileSync(fixtureSource, 'utf8')).toBe(readFileSync(sharedSource, 'utf8'));
  });

  it('shows every word of the source, in order, once, with JavaScript off', async () => {
    const expected = sourceWords(readSource());
    const actual = await renderedWords(false);
    expect(expected.length).toBeGreaterThan(900);
    expect(actual).toEqual(expected);
  });

  it('shows the same words with JavaScript on (scripts add tools, not text)', async () => {
    expect(await renderedWords(true)).toEqual(sourceWords(readSource()));
  });

  it('carries every fixed anchor, once', async () => {
    const { page, context } = await site.open({ javaScriptEnabled: false });
    await page.goto(site.server.url + PATH);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    const expected = [
      'mo-dau', 'mo-dau-doan-1',
      'muc-1', 'muc-1-doan-1', 'muc-1-doan-2', 'muc-1-doan-3',
      'muc-2', 'muc-2-doan-1', 'muc-3', 'muc-3-doan-1',
      'muc-4', 'muc-4-doan-1', 'muc-4-doan-2', 'muc-4-doan-3',
      'muc-5', 'muc-5-doan-1',
      'to-chuc-thuc-hien', 'to-chuc-thuc-hien-doan-1', 'noi-nhan', 'chu-ky',
    ];
    for (const id of expected) expect(ids.filter((x) => x === id), id).toHaveLength(1);
    expect(new Set(ids).size).toBe(ids.length);
    // Each point's anchor starts at its text: "#muc-3" is followed by the paragraph that opens with "3.".
    const third = await page.locator('section:has(#muc-3) #muc-3-doan-1').innerText();
    expect(third.startsWith('3. Hội đồng nhân dân')).toBe(true);
    await context.close();
  });

  it('marks editorial notes in the text with a numbered footnote, the note below its part, the source word as received', async () => {
    const { page, context } = await site.open({ javaScriptEnabled: false });
    await page.goto(site.server.url + PATH);
    // The text reads unbroken: a small marker after the word, never a bracket inside the sentence or the title.
    expect(await page.locator('#muc-5-doan-1').innerText()).toMatch(/nhân dân hiếu\s*\d+\s*và phát huy/);
    const title = await page.locator('#chu-ky').innerText();
    expect(title).toMatch(/PHÓ Bí THƯ\s*\d+/);
    expect(title).not.toContain('[');
    // Each marker links to its note, and each note links back; the notes say what the source holds.
    const markers = page.locator('.note-ref a');
    expect(await markers.count()).toBe(4);
    for (const href of await markers.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(await page.locator(`${href} a[href^="#ghi-chu-ve-"]`).count(), href).toBe(1);
    }
    const notes = await page.locator('.editorial-notes li').allInnerTexts();
    expect(notes).toHaveLength(4);
    expect(notes.filter((n) => n.includes('hết hiệu lực từ ngày 01/7/2023'))).toHaveLength(2);
    expect(notes.some((n) => n.includes('«hiểu»'))).toBe(true);
    expect(notes.some((n) => n.includes('PHÓ BÍ THƯ'))).toBe(true);
    // Paragraphs are numbered within their point, as citations name them («Mục 4, đoạn 2»).
    expect(await page.locator('#muc-4-doan-2 .paragraph-number').innerText()).toBe('đoạn 2');
    expect(await page.locator('#muc-3-doan-1 .paragraph-number').count()).toBe(0);
    // Landed on by a link, a paragraph names its part as well, since the part's heading is then above the screen.
    await page.goto(`${site.server.url}${PATH}#muc-4-doan-2`);
    expect(await page.locator('#muc-4-doan-2 .paragraph-number').innerText()).toBe('Mục 4, đoạn 2');
    expect(await page.locator('#muc-4-doan-1 .paragraph-number').innerText()).toBe('đoạn 1');
    const label = await page.locator('#muc-4-doan-2 .paragraph-number').boundingBox();
    expect(label!.y).toBeGreaterThanOrEqual(0);
    await context.close();
  });

  it('keeps its contents beside the text and in view on a wide screen, above the text on a phone', async () => {
    const wide = await site.open({ viewport: { width: 1280, height: 800 } });
    await wide.page.goto(`${site.server.url}${PATH}#muc-4`);
    const toc = (await wide.page.locator('nav.toc').boundingBox())!;
    const text = (await wide.page.locator('.held-text').boundingBox())!;
    expect(toc.x).toBeGreaterThanOrEqual(text.x + text.width);
    expect(toc.y).toBeGreaterThanOrEqual(0);
    expect(toc.y + toc.height).toBeLessThanOrEqual(800);
    await wide.context.close();
    const phone = await site.open({ viewport: { width: 390, height: 844 }, isMobile: true });
    await phone.page.goto(site.server.url + PATH);
    const above = (await phone.page.locator('nav.toc').boundingBox())!;
    expect(above.y + above.height).toBeLessThanOrEqual((await phone.page.locator('.held-text').boundingBox())!.y);
    await phone.context.close();
  });

  it('lays out the head as issued on a wide screen and in one column on a phone', async () => {
    const wide = await site.open({ viewport: { width: 1280, height: 900 } });
    await wide.page.goto(site.server.url + PATH);
    const issuer = await wide.page.locator('.held-head__issuer').boundingBox();
    const motto = await wide.page.locator('.held-head__motto').boundingBox();
    expect(motto!.x).toBeGreaterThan(issuer!.x + issuer!.width - 1); // side by side
    const recipients = await wide.page.locator('#noi-nhan').boundingBox();
    const signature = await wide.page.locator('#chu-ky').boundingBox();
    expect(signature!.x).toBeGreaterThan(recipients!.x); // Nơi nhận left, signature right
    await wide.context.close();

    const phone = await site.open({ viewport: { width: 390, height: 844 }, isMobile: true });
    await phone.page.goto(site.server.url + PATH);
    const i = await phone.page.locator('.held-head__issuer').boundingBox();
    const m = await phone.page.locator('.held-head__motto').boundingBox();
    expect(m!.y).toBeGreaterThanOrEqual(i!.y + i!.height - 1); // stacked
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.context.close();
  });

  it('names the bodies each point tasks, linked to their pages', async () => {
    const { page, context } = await site.open({ javaScriptEnabled: false });
    await page.goto(site.server.url + PATH);
    const tasked = await page.locator('section:has(#muc-4) .tasked a').allInnerTexts();
    expect(tasked).toEqual(expect.arrayContaining(['Ủy ban Kiểm tra Thành ủy', 'Ban Dân vận Thành ủy', 'Các cấp ủy đảng']));
    const hrefs = await page.locator('.tasked a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of hrefs) expect(href).toMatch(/^\/co-quan\/[a-z0-9-]+\/$/);
    // The closing part, where the work programme and reports are asked for, has its panel too; each says it is the compiler's.
    expect(await page.locator('section:has(#to-chuc-thuc-hien) .tasked a').allInnerTexts()).toContain('Ban Dân vận Thành ủy');
    for (const label of await page.locator('.tasked__label').allInnerTexts()) expect(label).toMatch(/^Ghi chú của học liệu/);
    await context.close();
  });

  it('links without JavaScript and cites with it', async () => {
    const noJs = await site.open({ javaScriptEnabled: false });
    await noJs.page.goto(site.server.url + PATH);
    await noJs.page.locator('section:has(#muc-3) summary').click();
    await expect.poll(() => noJs.page.locator('section:has(#muc-3) [data-citation]').innerText()).toBe(
      'Mục 3, Công văn số 111-CV/TU ngày 13/4/2016 của Ban Thường vụ Thành ủy Hải Phòng',
    );
    expect(await noJs.page.locator('section:has(#muc-3) a.provision-link').getAttribute('href')).toBe('#muc-3');
    expect(await noJs.page.locator('[data-copies]').count()).toBe(0);
    await noJs.context.close();

    const js = await site.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await js.page.goto(site.server.url + PATH);
    await js.page.locator('section:has(#muc-3) summary').click();
    await js.page.locator('section:has(#muc-3) [data-copies="citation"]').click();
    expect(await js.page.evaluate(() => navigator.clipboard.readText())).toBe(
      '«Mục 3, Công văn số 111-CV/TU ngày 13/4/2016 của Ban Thường vụ Thành ủy Hải Phòng»',
    );
    await js.page.locator('section:has(#muc-3) [data-copies="link"]').click();
    expect(await js.page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.server.url}${PATH}#muc-3`);
    // Two quick clicks: the button still comes back to its own label, not to the outcome it showed.
    const link = js.page.locator('section:has(#muc-3) [data-copies="link"]');
    await link.dblclick();
    expect(await link.textContent()).toBe('Đã sao chép liên kết');
    await expect.poll(() => link.textContent(), { timeout: 5_000 }).toBe('Sao chép liên kết');
    expect(js.consoleErrors).toEqual([]);
    expect(js.offOrigin).toEqual([]);
    await js.context.close();
  });

  it('prints like the paper original: no navigation, no tools, no buttons', async () => {
    const { page, context } = await site.open();
    await page.goto(site.server.url + PATH);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.provision-tools', '.tasked', 'nav.toc', '.document-meta', '.page-intro']) {
      const shown = await page.locator(selector).first().isVisible();
      expect(shown, selector).toBe(false);
    }
    expect(await page.locator('article.held-text').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await context.close();
  });
});
