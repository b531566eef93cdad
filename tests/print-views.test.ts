/**
 * The four print views as a class gets them: printed to A4 by Chromium and
 * read back page by page. Each page names the view and the class and says
 * «Trang N/M»; the lesson plan follows a Party school's layout; the test is
 * ready for the exam room; the handout holds no answer; nothing prints a
 * bare path; the plan's QR code, read from the page, opens the same plan;
 * and a print view's address carries its plan to a browser that has none.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../src/lib/plan-catalog';
import type { Plan } from '../src/lib/plan';
import { decodeShare, encodeShare, encodeShareV1, parseFile } from '../src/lib/plan-codec';
import { examMinutes, testVersions, timetable } from '../src/lib/plan-views';
import { problemLine, timingProblems } from '../src/lib/plan-timing';
import { STORAGE_KEY } from '../src/client/builder/storage';
import { VIEWS, type ViewName } from '../src/ui/builder';
import { useBrowser, type OpenOptions } from './support/browser';
import { distFile, loadPage } from './support/dist';
import { decodeQr, printedPages } from './support/paper';

const site = useBrowser();
const PRINT = '/giang-vien/in/';
const BUILDER = '/giang-vien/soan-bai/';
const ALL_VIEWS = Object.keys(VIEWS) as ViewName[];

let catalog: Catalog;
/** The first ready-made plan (one day, two sessions) and its share link's fragment, as /giang-vien/ gives it. */
let ready: { plan: Plan; fragment: string };

beforeAll(async () => {
  catalog = JSON.parse(readFileSync(distFile('/du-lieu/hoc-phan.json'), 'utf8')) as Catalog;
  const href = loadPage('/giang-vien/').querySelector('a[href^="/giang-vien/in/?ban=giao-an#v2="]')!.getAttribute('href')!;
  const fragment = href.slice(href.indexOf('#'));
  const decoded = await decodeShare(fragment, catalog);
  if (!decoded.ok) throw new Error(decoded.error);
  ready = { plan: decoded.plan, fragment };
});

/** Opens a print view in a fresh browser and waits until its document (and, for the lesson plan, its QR code) is drawn. */
async function openView(view: ViewName, fragment: string, options: OpenOptions = {}) {
  const w = await site.open(options);
  await w.page.goto(`${site.server.url}${PRINT}?ban=${view}${fragment}`);
  await w.page.locator('#print-view article').waitFor();
  if (view === 'giao-an') await w.page.locator('.plan-qr svg[data-qr]').waitFor();
  return w;
}

/**
 * Printed text is compared without whitespace: the PDF's text runs split
 * where a line breaks (after a document number's hyphen, inside an address)
 * and where the font changes, even inside a word (a Vietnamese letter drawn
 * from a fallback font).
 */
const sq = (text: string) => text.replace(/\s+/g, '');
/** A page's text without its running header and footer (they may fall in the middle of a paragraph that runs on). */
const body = (text: string) =>
  Object.values(VIEWS)
    .reduce((t, name) => t.split(sq(`${name} — ${ready.plan.title}`)).join(''), sq(text))
    .replace(/Trang\d+\/\d+/g, '')
    .split(sq('Học liệu QCDC — Hải Phòng'))
    .join('');
/** All printed text, page after page, without running headers and footers, without whitespace. */
const flat = (pages: string[]) => pages.map(body).join('');

const withPlan = async (plan: Plan) => `#${await encodeShare(plan)}`;

describe('every printed page says what it is, for which class, and which page of how many', () => {
  for (const view of ALL_VIEWS) {
    it(`${VIEWS[view]}: running header and «Trang N/M» on each A4 page`, async () => {
      const { page } = await openView(view, ready.fragment);
      const pages = await printedPages(page);
      expect(pages.length, view).toBeGreaterThan(0);
      const header = `${VIEWS[view]} — ${ready.plan.title}`;
      pages.forEach((text, i) => {
        expect(sq(text), `${view} trang ${i + 1}`).toContain(sq(header));
        expect(sq(text), `${view} trang ${i + 1}`).toContain(`Trang${i + 1}/${pages.length}`);
      });
    });
  }
});

describe('the lesson plan (giáo án)', () => {
  it('has the school’s header block, «GIÁO ÁN», the sections in order with the timetable first of the detail, a total and the signatures', async () => {
    const plan: Plan = { ...ready.plan, instructor: 'Giảng viên Thử Nghiệm', department: 'Khoa Thử nghiệm' };
    const { page } = await openView('giao-an', await withPlan(plan));
    const pages = await printedPages(page);
    const text = flat(pages);
    const order = [
      'THÀNH ỦY HẢI PHÒNG',
      'TRƯỜNG CHÍNH TRỊ TÔ HIỆU',
      'KHOA THỬ NGHIỆM',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Hải Phòng, ngày',
      'GIÁO ÁN',
      plan.title,
      'I. Mục đích – yêu cầu',
      'Về kiến thức',
      'II. Đối tượng',
      plan.audience,
      'III. Thời gian',
      'IV. Phương pháp',
      'V. Tài liệu và phương tiện',
      'VI. Tiến trình',
      'Tổng thời gian giảng dạy',
      'VII. Nội dung chi tiết',
      'DUYỆT CỦA TRƯỞNG KHOA',
      'NGƯỜI SOẠN',
      plan.instructor,
    ];
    let at = -1;
    for (const part of order) {
      const next = text.indexOf(sq(part), at + 1);
      expect(next, `«${part}» after the part before it`).toBeGreaterThan(at);
      at = next;
    }
    expect(text).toContain(sq('(Ký, ghi rõ họ tên)'));
    // The methods are named after what the activities are.
    for (const method of ['Thuyết trình', 'thảo luận', 'Xử lý tình huống', 'trắc nghiệm']) expect(text).toContain(sq(method));

    // The timetable opens a page and fits on it whole: every session, headed alike, then the total.
    const table = timetable(plan, catalog);
    const timetablePage = pages.find((p) => sq(p).includes(sq('VI. Tiến trình')))!;
    // Without its running header and footer, the page begins with the timetable.
    const one = body(timetablePage);
    expect(one.startsWith(sq('VI. Tiến trình')), one.slice(0, 80)).toBe(true);
    for (const session of table.sessions) expect(one).toContain(sq(session.heading));
    expect(table.sessions.length).toBeGreaterThanOrEqual(2);
    expect(one).toMatch(new RegExp(`${sq('Tổng thời gian giảng dạy')}[^]*${table.teaching}`));
    expect(table.teaching).toBe(360);
    expect(text).toContain(sq('360 phút (6 giờ), tức 8 tiết'));
  });

  it('prints the plan’s timing problems above the timetable, as the builder shows them', async () => {
    // A lesson from 07:30, then a session said to start at 07:45, while the lesson still runs.
    const lesson = ready.plan.blocks.find((b) => b.type === 'module')!;
    const plan: Plan = { ...ready.plan, start: '07:30', blocks: [lesson, { type: 'session', label: 'Buổi thêm', start: '07:45' }, lesson] };
    const problems = timingProblems(plan, catalog);
    expect(problems.length).toBeGreaterThan(0);
    const { page } = await openView('giao-an', await withPlan(plan));
    const text = flat(await printedPages(page));
    const warning = text.indexOf(sq('Giờ giấc cần xem lại'));
    expect(warning).toBeGreaterThan(text.indexOf(sq('VI. Tiến trình')));
    expect(warning).toBeLessThan(text.indexOf(sq('VII. Nội dung chi tiết')));
    for (const p of problems) expect(text).toContain(sq(problemLine(p)));
  });

  it('without a khoa, leaves a dotted line to fill by hand', async () => {
    const { page } = await openView('giao-an', ready.fragment);
    expect(flat(await printedPages(page))).toMatch(/KHOA…+/);
  });
});

describe('the test (đề kiểm tra) and its key (đáp án)', () => {
  it('is ready for the exam room: time allowed, mã đề, name and class lines, score and remarks boxes, an answer sheet', async () => {
    const { page } = await openView('de-kiem-tra', ready.fragment);
    const pages = await printedPages(page);
    const text = flat(pages);
    const versions = testVersions(ready.plan, catalog);
    expect(versions.length).toBe(2);
    const minutes = examMinutes(ready.plan, versions[0]!.questions.length);
    expect(text).toContain(sq('ĐỀ KIỂM TRA'));
    expect(text).toContain(sq(`Thời gian làm bài ${minutes} phút`));
    for (const part of ['Họ và tên', 'Lớp, đơn vị', 'Điểm', 'Lời phê của giảng viên']) expect(text).toContain(sq(part));
    for (const v of versions) {
      expect(text).toContain(sq(`Mã đề ${v.code}`));
      // The answer sheet: its own page, with the candidate's lines and a row for every question.
      const sheet = pages.find((p) => sq(p).includes(sq(`PHIẾU TRẢ LỜI — Mã đề ${v.code}`)));
      expect(sheet, v.code).toBeDefined();
      expect(sq(sheet!)).toContain(sq('Họ và tên'));
      for (const q of v.questions) expect(sheet).toMatch(new RegExp(`(^|\\s)${q.number}\\s+A\\s+B\\s+C\\s+D`));
    }
    for (const q of versions[0]!.questions) expect(text).not.toContain(sq(q.explanation));
  });

  it('the key gives each mã đề its letters and explains each answer once', async () => {
    const { page } = await openView('dap-an', ready.fragment);
    const text = flat(await printedPages(page));
    const versions = testVersions(ready.plan, catalog);
    for (const v of versions) {
      expect(text).toContain(sq(`Mã đề ${v.code}`));
      for (const q of v.questions) expect(text).toContain(`${q.number}–${'ABCDEF'[q.answer]}`);
    }
    const bare = text;
    for (const q of versions[0]!.questions) {
      const explanation = q.explanation.replace(/\s+/g, '');
      const at = bare.indexOf(explanation);
      expect(at, q.question).toBeGreaterThan(-1);
      expect(bare.indexOf(explanation, at + 1), q.question).toBe(-1);
    }
  });
});

describe('the learners’ handout (tài liệu học viên)', () => {
  it('holds no answers, no hints and no instructor notes', async () => {
    const { page } = await openView('tai-lieu', ready.fragment);
    const bare = flat(await printedPages(page));
    const absent = (t: string) => expect(bare).not.toContain(sq(t));
    expect(bare).toContain(sq('TÀI LIỆU CHO HỌC VIÊN'));
    const taught = catalog.modules.filter((m) => ready.plan.blocks.some((b) => b.type === 'module' && b.module === m.slug));
    expect(taught.length).toBeGreaterThan(2);
    for (const m of taught) {
      expect(bare).toContain(sq(m.title));
      for (const q of m.quiz) [q.question, q.explanation].forEach(absent);
      m.instructorNotes.forEach(absent);
      m.situations.flatMap((s) => [...s.hints, ...s.rubric]).forEach(absent);
    }
    for (const t of catalog.testBank) [t.question, t.explanation].forEach(absent);
    expect(bare).not.toMatch(/Đápán|Gợiý/);
  });
});

describe('on paper, addresses are whole', () => {
  it('no view prints a bare /van-ban/ or /bai-hoc/ path; provisions and lessons print with the site’s full address', async () => {
    const origin = site.server.url.replace(/\/$/, '');
    for (const view of ALL_VIEWS) {
      const { page } = await openView(view, ready.fragment);
      const text = flat(await printedPages(page));
      for (const path of ['/van-ban/', '/bai-hoc/', '/giang-vien/']) {
        for (let at = text.indexOf(path); at !== -1; at = text.indexOf(path, at + 1)) {
          expect(text.slice(at - origin.length, at), `${view}: …${text.slice(at - 40, at + 40)}…`).toBe(origin);
        }
      }
      if (view === 'giao-an' || view === 'tai-lieu') {
        expect(text, view).toContain(`${origin}/van-ban/111-cv-tu-2016/#muc-1`);
        expect(text, view).toContain(`${origin}/bai-hoc/`);
      }
    }
  });
});

describe('the plan’s QR code', () => {
  it('reads, from the printed lesson plan, as the plan’s share link, and that link opens the same plan in a fresh browser', async () => {
    const { page } = await openView('giao-an', ready.fragment, { deviceScaleFactor: 4 });
    await page.emulateMedia({ media: 'print' });
    const qr = page.locator('.plan-qr svg[data-qr]');
    const url = await decodeQr(qr);
    await page.emulateMedia({ media: 'screen' });
    expect(await qr.getAttribute('data-qr')).toBe(url);
    expect(url.startsWith(`${site.server.url.replace(/\/$/, '')}${BUILDER}#v2=`)).toBe(true);
    // Its size, for the report: modules a side without the quiet zone → the QR version.
    const side = Number((await qr.getAttribute('viewBox'))!.split(' ')[2]) - 8;
    console.info(`QR of the plan: version ${(side - 17) / 4}, ${side} modules a side, ${url.length} characters`);

    const fresh = await site.open();
    await fresh.page.goto(url);
    await fresh.page.locator('#builder').waitFor({ state: 'visible' });
    await expect.poll(() => fresh.page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).not.toBeNull();
    const stored = parseFile((await fresh.page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY))!, catalog);
    expect(stored.ok && stored.plan).toEqual(ready.plan);
  });
});

describe('a print view’s address carries its plan', () => {
  async function savedPlan(page: Page) {
    const text = await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
    return text === null ? null : parseFile(text, catalog);
  }

  it('a link from the builder to a print view, opened in a browser with no saved plan, shows that plan and leaves storage alone', async () => {
    const builder = await site.open();
    await builder.page.goto(`${site.server.url}${BUILDER}${ready.fragment}`);
    await builder.page.locator('#builder').waitFor({ state: 'visible' });
    const link = builder.page.locator('.output-links a[data-view="de-kiem-tra"]');
    await expect.poll(() => link.getAttribute('href')).toContain('#v2=');
    const href = (await link.getAttribute('href'))!;
    expect((await decodeShare(href.slice(href.indexOf('#')), catalog)).ok && 'ok').toBe('ok');

    const colleague = await site.open();
    await colleague.page.goto(site.server.url + href);
    await colleague.page.locator('#print-view article').waitFor();
    expect(await colleague.page.locator('.doc-title').first().innerText()).toBe(ready.plan.title);
    expect(await colleague.page.locator('[data-test-version]').count()).toBe(2);
    expect(await savedPlan(colleague.page)).toBeNull();
    // The tabs carry the plan on, so any of them can be sent too.
    for (const view of ALL_VIEWS) expect(await colleague.page.locator(`[data-print-view="${view}"]`).getAttribute('href')).toMatch(new RegExp(`\\?ban=${view}#v2=`));
  });

  it('an old #v1= link still opens the same plan, and its tabs carry it on in the short form', async () => {
    const { page } = await openView('giao-an', `#${encodeShareV1(ready.plan)}`);
    expect(await page.locator('.doc-title').first().innerText()).toBe(ready.plan.title);
    const tab = (await page.locator('[data-print-view="tai-lieu"]').getAttribute('href'))!;
    expect(tab).toContain('#v2=');
    const decoded = await decodeShare(tab.slice(tab.indexOf('#')), catalog);
    expect(decoded.ok && decoded.plan).toEqual(ready.plan);
  });

  it('a corrupted #v2= link says so in Vietnamese, never an error on the console', async () => {
    const { page } = await site.open();
    await page.goto(`${site.server.url}${PRINT}?ban=giao-an${ready.fragment.slice(0, 40)}`);
    await expect.poll(() => page.locator('#print-view [role="alert"]').innerText()).toContain('Liên kết chia sẻ bị hỏng');
  });
});
