/**
 * The reading pages on paper, as Chromium prints them to A4: each sheet says
 * what it is (running header) and which sheet it is («Trang N/M»); the
 * directive says it is a copy, from what source, printed when and from
 * where; the signature never stands alone; no page ends on a heading; a
 * module prints as a learner handout; no bare path is printed; and every QR
 * code, drawn only when the reader prints, leads to its part of the page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { documentFooter, documentHeader, fillPaperText, heldTextFooter, moduleFooter, printDate } from '../src/lib/paper-text';
import { pageKind } from '../src/lib/page-kinds';
import { useBrowser } from './support/browser';
import { allPages } from './support/dist';
import { decodeQr, printedPages } from './support/paper';

const DIRECTIVE = '/van-ban/111-cv-tu-2016/';
const UNHELD = '/van-ban/120-kl-tw-2016/';
const MODULE = '/bai-hoc/muc-1-quan-triet-trien-khai/';
const DIRECTIVE_DOC = { type: 'Công văn', number: '111-CV/TU', date: '2016-04-13', issuer: 'Ban Thường vụ Thành ủy Hải Phòng' };
const UNHELD_DOC = { type: 'Kết luận', number: '120-KL/TW', date: '2016-01-07', issuer: 'Bộ Chính trị (khóa XI)' };
/** The directive's parts that each get an address on paper, in order; '' is the page itself. */
const DIRECTIVE_ANCHORS = ['', '#mo-dau', '#muc-1', '#muc-2', '#muc-3', '#muc-4', '#muc-5', '#to-chuc-thuc-hien'];

const site = useBrowser();

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A page opened at 4× (QR codes read from a screenshot), with print() recording its calls instead of opening a dialog. */
async function openPage(path: string) {
  const watched = await site.open({ deviceScaleFactor: 4 });
  const requests: string[] = [];
  watched.page.on('request', (r) => requests.push(r.url()));
  await watched.page.goto(site.server.url + path);
  await watched.page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void w.printed++;
  });
  return { ...watched, requests };
}

const printCalls = (page: Page) => page.evaluate(() => (window as unknown as { printed: number }).printed);

/** Today as the printed footer writes it, by the browser's clock and time zone. */
async function today(page: Page): Promise<string> {
  const [y, m, d] = await page.evaluate(() => {
    const now = new Date();
    return [now.getFullYear(), now.getMonth(), now.getDate()];
  });
  return printDate(new Date(y!, m!, d!));
}

/** Each sheet's text with its header, footer and page number taken out: what the page itself prints. */
function bodies(pages: string[], header: string, footer: string): string[] {
  // The footer as printed, wrapped anywhere: its words with any whitespace between their characters.
  const printedFooter = new RegExp([...footer.replace(/\s/g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s*'));
  return pages.map((p, i) => squash(squash(p).replace(squash(header), '').replace(printedFooter, '').replace(`Trang ${i + 1}/${pages.length}`, '')));
}

/** Every sheet names itself and is numbered «Trang N/M», N in order, M the number of sheets. */
function expectHeadedAndNumbered(pages: string[], header: string, footer: string) {
  expect(pages.length).toBeGreaterThan(0);
  pages.forEach((text, i) => {
    const flat = squash(text);
    expect(flat, `trang ${i + 1}`).toContain(header);
    // The footer's margin box may wrap its address at a hyphen: compared without spaces.
    expect(flat.replace(/\s/g, ''), `trang ${i + 1}`).toContain(footer.replace(/\s/g, ''));
    expect(flat.match(/Trang \d+\/\d+/g), `trang ${i + 1}`).toEqual([`Trang ${i + 1}/${pages.length}`]);
  });
}

/** No sheet's own text ends with a heading: each heading printed is followed, on its sheet, by what it heads. */
async function expectNoHeadingLast(page: Page, sheets: string[], what = '') {
  await page.emulateMedia({ media: 'print' });
  const headings = await page.locator('main :is(h1, h2, h3, h4, legend)').evaluateAll((els) =>
    els.filter((e) => (e as HTMLElement).checkVisibility()).map((e) => (e as HTMLElement).innerText),
  );
  // Printed text carries generated content (a quiz level's brackets) that innerText leaves out.
  const plain = (s: string) => squash(s.replace(/[()]/g, ''));
  await page.emulateMedia({ media: 'screen' });
  expect(headings.length).toBeGreaterThan(0);
  sheets.forEach((text, i) => {
    for (const heading of headings.map(plain)) expect(plain(text).endsWith(heading), `${what} trang ${i + 1} kết thúc bằng tiêu đề «${heading}»`).toBe(false);
  });
}

/** Paths of the site print only inside a full address (origin + path); squeezed, so a line break inside a URL cannot hide one. */
function expectNoBarePath(pages: string[], origin: string) {
  for (const [i, text] of pages.entries()) {
    const squeezed = text.replace(/\s+/g, '');
    const rest = squeezed.replaceAll(`${origin}/`, '§'); // a full address: its path no longer starts with «/»
    expect(rest.match(/\/(?:van-ban|bai-hoc|thuat-ngu|co-quan|giang-vien)\//g), `trang ${i + 1}`).toBeNull();
  }
}

/** Clicks «In trang này», then reads each QR code from the printed layout. */
async function printAndReadQr(page: Page, requests: string[]) {
  expect(await page.locator('svg.qr').count()).toBe(0);
  const before = requests.length;
  const button = page.getByRole('button', { name: 'In trang này' });
  expect(await button.isVisible()).toBe(true);
  await button.click();
  await expect.poll(() => printCalls(page)).toBe(1);
  const fetchedOnPrint = requests.slice(before).filter((u) => u.endsWith('.js'));
  await page.emulateMedia({ media: 'print' });
  expect(await button.isVisible(), 'the button does not print').toBe(false);
  const blocks = page.locator('[data-print-path]');
  const found: { path: string; qr: string; decoded: string; text: string }[] = [];
  for (let i = 0; i < (await blocks.count()); i++) {
    const block = blocks.nth(i);
    const qr = block.locator('svg.qr');
    expect(await qr.count()).toBe(1);
    found.push({
      path: (await block.getAttribute('data-print-path'))!,
      qr: (await qr.getAttribute('data-qr'))!,
      decoded: await decodeQr(qr),
      text: squash(await block.innerText()),
    });
  }
  await page.emulateMedia({ media: 'screen' });
  return { found, fetchedOnPrint, fetchedBefore: requests.slice(0, before) };
}

/** The directive's footer line as the sheets must print it today. */
async function directiveFooter(page: Page): Promise<string> {
  return fillPaperText(heldTextFooter(DIRECTIVE_DOC, ['Bản chép lại văn bản gốc do học liệu lưu giữ']), { date: await today(page), address: site.server.url + DIRECTIVE });
}

describe('the directive on paper', () => {
  it('names itself on every sheet, says it is a copy and of what, from where and when it was printed, and numbers its sheets', async () => {
    const { page } = await openPage(DIRECTIVE);
    const date = await today(page);
    const address = site.server.url + DIRECTIVE;
    const footer = await directiveFooter(page);
    expect(footer).toBe(`Bản chép lại từ Công văn số 111-CV/TU. Nguồn: Bản chép lại văn bản gốc do học liệu lưu giữ. In ngày ${date} từ ${address}`);
    const pages = await printedPages(page);
    expectHeadedAndNumbered(pages, documentHeader(DIRECTIVE_DOC), footer);
    // The long form, once, after the signature.
    const all = squash(pages.join(' '));
    expect(all).toContain(`Bản chép lại Công văn số 111-CV/TU ngày 13/4/2016 của Ban Thường vụ Thành ủy Hải Phòng, không phải bản chính`);
    expect(all).toContain(`In ngày ${date}.`);
    expectNoBarePath(pages, site.server.url);
    // The screen's tools do not print.
    for (const tool of ['Sao chép', 'Trích dẫn', 'Liên kết', 'In trang này', 'Các mục', 'Ghi chú của học liệu, cơ quan được giao']) expect(all, tool).not.toContain(tool);
  });

  it('keeps «Nơi nhận» and the signature with the last lines of the text, wherever the page breaks fall, and ends no sheet on a heading', async () => {
    const { page } = await openPage(DIRECTIVE);
    const header = documentHeader(DIRECTIVE_DOC);
    const footer = await directiveFooter(page);
    // The text shifted down step by step (as another font or paper would shift it), so that some step brings the foot to a page's top.
    for (const shift of [0, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200]) {
      await page.evaluate((mm) => {
        document.querySelector<HTMLElement>('.held-head')!.style.marginBottom = `${mm}mm`;
      }, shift);
      const sheets = bodies(await printedPages(page), header, footer);
      const withRecipients = sheets.filter((s) => s.includes('Nơi nhận:'));
      expect(withRecipients, `dịch ${shift} mm`).toHaveLength(1);
      const sheet = withRecipients[0]!;
      expect(sheet, `dịch ${shift} mm`).toContain('T/M BAN THƯỜNG VỤ');
      expect(sheet, `dịch ${shift} mm`).toContain('Nguyễn Thị Nghĩa');
      // Text of the body comes before «Nơi nhận» on that sheet: the closing paragraph's last lines at least.
      const [before] = sheet.split('Nơi nhận:');
      expect(before, `dịch ${shift} mm`).toContain('tổng hợp báo cáo Ban Thường vụ Thành ủy./.');
      expect(before!.length, `dịch ${shift} mm`).toBeGreaterThan(100);
      if (shift === 0) await expectNoHeadingLast(page, sheets);
    }
  }, 120_000);

  it('prints the editorial notes as numbered markers, never inside the verbatim text or the signer’s title', async () => {
    const { page } = await openPage(DIRECTIVE);
    const all = squash((await printedPages(page)).join(' '));
    expect(all).toMatch(/PHÓ Bí THƯ ?4 Nguyễn Thị Nghĩa/);
    expect(all).toMatch(/nhân dân hiếu ?3 và phát huy/);
    expect(all).not.toMatch(/PHÓ Bí \S*Ghi chú/);
    expect(all).not.toContain('[');
    expect(all).not.toContain('↑'); // the notes' way back to the text is for the screen
  });

  it('draws, only when printing, a QR code for the page and for each part, each leading to its own address', async () => {
    const { page, requests } = await openPage(DIRECTIVE);
    const { found, fetchedOnPrint, fetchedBefore } = await printAndReadQr(page, requests);
    expect(found.map((f) => f.path)).toEqual(DIRECTIVE_ANCHORS.map((a) => DIRECTIVE + a));
    for (const f of found) {
      const address = site.server.url + f.path;
      expect(f.decoded).toBe(address);
      expect(f.qr).toBe(address);
      expect(f.text).toContain(address);
    }
    // The QR code's script came with printing, not with the page: page-weight budgets stay honest.
    expect(fetchedOnPrint.length).toBeGreaterThan(0);
    for (const url of fetchedOnPrint) expect(fetchedBefore).not.toContain(url);
    // Printed once more, the sheets carry the QR codes and still print no bare path.
    expectNoBarePath(await printedPages(page), site.server.url);
  });

  it('draws each QR code from the address printed beside it (the site’s address, when the build knew it)', async () => {
    const { page } = await openPage(DIRECTIVE);
    const deployed = 'https://hoclieu-qcdc.example.vn/van-ban/111-cv-tu-2016/#muc-3';
    // As a SITE_URL build writes it: the address in the text, the QR code left for printing.
    await page.locator(`[data-print-path="${DIRECTIVE}#muc-3"] .print-url`).evaluate((el, text) => (el.textContent = text), deployed);
    await page.getByRole('button', { name: 'In trang này' }).click();
    await expect.poll(() => printCalls(page)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const qr = page.locator(`[data-print-path="${DIRECTIVE}#muc-3"] svg.qr`);
    expect(await qr.getAttribute('data-qr')).toBe(deployed);
    expect(await decodeQr(qr)).toBe(deployed);
  });

  it('prints with Ctrl+P too, the QR codes drawn first; without JavaScript the button is not offered', async () => {
    const { page } = await openPage(DIRECTIVE);
    await page.keyboard.press('Control+P');
    await expect.poll(() => printCalls(page)).toBe(1);
    expect(await page.locator('[data-print-path] svg.qr').count()).toBe(DIRECTIVE_ANCHORS.length);

    const noJs = await site.open({ javaScriptEnabled: false });
    await noJs.page.goto(site.server.url + DIRECTIVE);
    expect(await noJs.page.locator('[data-print-button]').count()).toBe(1);
    expect(await noJs.page.locator('[data-print-button]').isVisible()).toBe(false);
  });
});

describe('paper without JavaScript', () => {
  it('still numbers every sheet under the site’s name, and prints no address it does not know', async () => {
    const labels = { [DIRECTIVE]: /(Toàn văn|Phần mở đầu|Mục \d|Phần tổ chức thực hiện):/, [MODULE]: /trên học liệu trực tuyến:/ };
    for (const [path, label] of Object.entries(labels)) {
      const { page } = await site.open({ javaScriptEnabled: false });
      await page.goto(site.server.url + path);
      const pages = await printedPages(page);
      expectHeadedAndNumbered(pages, 'Học liệu QCDC — Hải Phòng', '');
      const all = squash(pages.join(' '));
      // This build has no SITE_URL, so only the browser could say where the page lives: no label with an empty address.
      expect(all, path).not.toMatch(label);
      expect(all, path).not.toContain('Quét mã QR');
      expect(all, path).not.toContain('In ngày');
    }
  });
});

describe('a document the site does not hold, on paper', () => {
  it('names the document, says it is the site’s record of it and not its text, numbers its sheets, and carries its address', async () => {
    const { page, requests } = await openPage(UNHELD);
    const { found } = await printAndReadQr(page, requests);
    const date = await today(page);
    const address = site.server.url + UNHELD;
    const footer = fillPaperText(documentFooter(UNHELD_DOC), { date, address });
    expect(footer).toContain('không phải toàn văn');
    const pages = await printedPages(page);
    expectHeadedAndNumbered(pages, documentHeader(UNHELD_DOC), footer);
    expectNoBarePath(pages, site.server.url);
    await expectNoHeadingLast(page, bodies(pages, documentHeader(UNHELD_DOC), footer));
    expect(found).toHaveLength(1);
    expect(found[0]!.decoded).toBe(address);
    expect(found[0]!.qr).toBe(address);
  });
});

describe('a module on paper', () => {
  it('is a learner handout: titled and numbered, no buttons, answers, hints or instructors’ notes, no bare path', async () => {
    const { page } = await openPage(MODULE);
    const title = squash(await page.locator('h1').innerText());
    const date = await today(page);
    const address = site.server.url + MODULE;
    const footer = fillPaperText(moduleFooter(), { date, address });
    const pages = await printedPages(page);
    expectHeadedAndNumbered(pages, title, footer);
    const sheets = bodies(pages, title, footer);
    expect(sheets[0]).toMatch(/^Tài liệu phát cho học viên/);
    const all = sheets.join(' ');
    for (const screenOnly of ['«Kiểm tra»', 'Kiểm tra câu', 'bấm', 'Đáp án', 'Gợi ý cho giảng viên', 'Gợi ý hướng giải quyết', 'Sao chép', 'Làm lại', 'In trang này', '▶', 'Bài trước', 'Bài sau']) {
      expect(all, screenOnly).not.toContain(screenOnly);
    }
    expectNoBarePath(pages, site.server.url);
    await expectNoHeadingLast(page, sheets);
  });

  it('prints the quiz compactly: options as a list, a line for each answer, several questions a sheet', async () => {
    const { page, requests } = await openPage(MODULE);
    const { found } = await printAndReadQr(page, requests);
    expect(found.map((f) => f.decoded)).toEqual([site.server.url + MODULE]);
    expect(found[0]!.qr).toBe(site.server.url + MODULE);
    const count = await page.locator('[data-quiz-item]').count();
    expect(count).toBeGreaterThanOrEqual(4);
    const title = squash(await page.locator('h1').innerText());
    const sheets = bodies(await printedPages(page), title, fillPaperText(moduleFooter(), { date: await today(page), address: site.server.url + MODULE }));
    const all = sheets.join(' ');
    expect(all.match(/Trả lời:/g)).toHaveLength(count);
    for (let n = 1; n <= count; n++) expect(all).toMatch(new RegExp(`Câu ${n}\\. .+? A\\. .+? B\\. .+? Trả lời:`));
    const quizSheets = sheets.filter((s) => /Câu \d+\. \(/.test(s));
    expect(quizSheets.length).toBeLessThanOrEqual(Math.ceil(count / 2));
  });
});

describe('every document and module page on paper', () => {
  const paths = allPages().filter((p) => ['directive', 'document', 'module'].includes(pageKind(p)));

  it('there are document and module pages to print', () => {
    expect(paths.filter((p) => pageKind(p) === 'document').length).toBeGreaterThanOrEqual(10);
    expect(paths.filter((p) => pageKind(p) === 'module').length).toBeGreaterThanOrEqual(7);
  });

  it('names itself on every sheet (its title first), numbers them, says when and from where it was printed, prints no bare path and ends no sheet on a heading', async () => {
    const { page } = await site.open();
    for (const path of paths) {
      await page.goto(site.server.url + path);
      const header = (await page.locator('html').getAttribute('data-print-header')) ?? '';
      expect(header.startsWith(squash(await page.locator('h1').innerText())), path).toBe(true);
      const footerTemplate = (await page.locator('html').getAttribute('data-print-footer')) ?? '';
      const footer = fillPaperText(footerTemplate, { date: await today(page), address: site.server.url + path });
      expect(footer, path).toMatch(/In ngày \d{2}\/\d{1,2}\/\d{4} từ http:\/\/\S+\/$/);
      // Nothing to press or open on paper.
      await page.emulateMedia({ media: 'print' });
      const controls = await page.locator('main :is(button, details, summary, input, select, textarea)').evaluateAll((els) => els.filter((e) => (e as HTMLElement).checkVisibility()).map((e) => e.outerHTML.slice(0, 80)));
      await page.emulateMedia({ media: 'screen' });
      expect(controls, path).toEqual([]);
      const pages = await printedPages(page);
      expectHeadedAndNumbered(pages, header, footer);
      expectNoBarePath(pages, site.server.url);
      await expectNoHeadingLast(page, bodies(pages, header, footer), path);
    }
  }, 180_000);
});
