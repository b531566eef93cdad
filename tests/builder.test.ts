/**
 * The instructors' session builder in Chromium: a plan survives a reload,
 * travels by link and by file, prints the right things (and not the wrong
 * ones), refuses bad input without touching the saved plan, and reorders
 * from the keyboard. Every page must finish without console errors.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyPlan, type Plan } from '../src/lib/plan';
import type { Catalog } from '../src/lib/plan-catalog';
import { timingProblems } from '../src/lib/plan-timing';
import { decodeShare, FILE_FORMAT, parseFile, toBase64Url } from '../src/lib/plan-codec';
import { STORAGE_KEY } from '../src/client/builder/storage';
import { useBrowser, type OpenOptions, type WatchedPage } from './support/browser';
import { distFile, loadPage } from './support/dist';

const BUILDER = '/giang-vien/soan-bai/';

const site = useBrowser();
let catalog: Catalog;

beforeAll(async () => {
  catalog = JSON.parse(readFileSync(distFile('/du-lieu/hoc-phan.json'), 'utf8')) as Catalog;
});
async function open(path = BUILDER, options: OpenOptions = {}): Promise<WatchedPage> {
  const w = await site.open(options);
  if (options.javaScriptEnabled === false) await w.page.goto(site.server.url + path);
  else await visit(w.page, path);
  return w;
}

/** Goes to a page and waits until its script has shown the builder or a print view. */
async function visit(page: Page, path: string) {
  await page.goto(site.server.url + path);
  if (path.startsWith(BUILDER)) await page.locator('#builder').waitFor({ state: 'visible' });
  if (path.startsWith('/giang-vien/in/')) await page.locator('#print-view > *').first().waitFor();
}

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
const storedPlan = async (page: Page): Promise<Plan> => {
  const decoded = parseFile((await stored(page)) ?? '', catalog);
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.plan;
};
const agendaTitles = (page: Page) => page.locator('#agenda > li h3').evaluateAll((hs) => hs.map((h) => h.lastChild?.textContent ?? ''));
const mod = (i: number) => catalog.modules[i]!;

/** Builds a small plan through the interface, as an instructor would. */
async function buildPlan(page: Page) {
  await page.getByLabel('Tên lớp, buổi học').fill('Lớp bồi dưỡng cán bộ xã Đông Sơn');
  await page.getByLabel('Ngày học').fill('14/03/2025');
  await page.getByLabel('Địa điểm').fill('Hội trường Ủy ban nhân dân xã');
  await page.getByLabel('Ghi chú của giảng viên').fill('Chuẩn bị máy chiếu.');
  await page.getByRole('button', { name: `Thêm «${mod(1).title}» vào chương trình` }).click();
  await page.getByRole('button', { name: 'Thêm giải lao' }).click();
  await page.getByRole('button', { name: `Thêm «${mod(2).title}» vào chương trình` }).click();
  // In the second module: drop the situation, give the presentation 25 minutes, keep only the first quiz item.
  const second = page.locator('#agenda > li').nth(2);
  await second.getByRole('checkbox', { name: 'Tình huống' }).uncheck();
  await second.locator('[data-kind="provisions"] [data-act="minutes"]').fill('25');
  await second.locator('[data-kind="quiz"] summary').click();
  const quizItems = second.locator('[data-kind="quiz"] .item-list input');
  for (let i = 1; i < (await quizItems.count()); i++) await quizItems.nth(i).uncheck();
}

describe('catalogue the build emits', () => {
  it('lists every module with its page, and resolves provisions to the held text', () => {
    expect(catalog.modules.length).toBeGreaterThanOrEqual(2);
    const directive = (loadPage('/van-ban/111-cv-tu-2016/').querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');
    for (const m of catalog.modules) {
      expect(() => distFile(m.url), m.slug).not.toThrow();
      expect(loadPage(m.url).querySelector('h1')?.textContent).toContain(m.title.slice(0, 20));
      for (const ref of [...m.provisions, ...m.quiz.map((q) => q.provision)]) expect(catalog.provisions[ref], ref).toBeDefined();
    }
    // The text is the directive's own, as its page shows it (editorial notes sit between pieces).
    for (const [ref, provision] of Object.entries(catalog.provisions)) {
      expect(provision.paragraphs.length, ref).toBeGreaterThan(0);
      for (const piece of provision.paragraphs.flatMap((p) => p.pieces)) expect(directive, ref).toContain(piece.text.replace(/\s+/g, ' ').trim());
    }
  });
});

describe('/giang-vien/', () => {
  it('offers a one-day and a two-day plan, each teaching every point, each opening in the builder by share link', async () => {
    const doc = loadPage('/giang-vien/');
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('a[data-ready-plan]')];
    const plans = await Promise.all(links.map(async (a) => {
      const href = a.getAttribute('href')!;
      expect(href.startsWith(`${BUILDER}#v2=`)).toBe(true);
      const decoded = await decodeShare(href.slice(BUILDER.length), catalog);
      if (!decoded.ok) throw new Error(decoded.error);
      expect(decoded.problems).toEqual([]);
      return decoded.plan;
    }));
    // One day of 8 periods (morning and afternoon), and two days of four sessions.
    expect(plans.some((p) => p.planned === 8 * 45 && p.blocks.filter((b) => b.type === 'session').length === 2)).toBe(true);
    expect(plans.some((p) => p.blocks.filter((b) => b.type === 'session').length >= 4)).toBe(true);
    expect(doc.querySelector('a[href="/giang-vien/soan-bai/"]')).not.toBeNull();
  });

  it('opens a ready-made plan in an empty builder', async () => {
    const { page } = await open('/giang-vien/');
    await page.locator('a[data-ready-plan]').first().click();
    await page.locator('#builder').waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('#agenda > li').count()).toBeGreaterThan(2);
    expect(page.url()).not.toContain('#v2=');
    expect((await storedPlan(page)).planned).toBe(360);
  });
});

describe('without JavaScript', () => {
  it('the builder explains it needs JavaScript and links to modules and ready-made plans', async () => {
    const w = await open('/giang-vien/soan-bai/', { javaScriptEnabled: false });
    const { page } = w;
    await expect.poll(() => page.locator('#builder').isHidden()).toBe(true);
    await expect.poll(() => page.locator('#builder-nojs').innerText()).toContain('cần bật JavaScript');
    expect(await page.locator('#builder-nojs a[href="/bai-hoc/"]').count()).toBe(1);
    expect(await page.locator('#builder-nojs a[href="/giang-vien/#ke-hoach-mau"]').count()).toBe(1);
  });
});

describe('building a plan', () => {
  it('keeps every change across a reload', async () => {
    const { page } = await open();
    await buildPlan(page);
    const before = await stored(page);
    await page.reload();
    await page.locator('#builder').waitFor({ state: 'visible' });
    expect(await stored(page)).toBe(before);
    expect(await page.getByLabel('Tên lớp, buổi học').inputValue()).toBe('Lớp bồi dưỡng cán bộ xã Đông Sơn');
    // Shown day first, as Vietnamese write dates; stored ISO.
    expect(await page.getByLabel('Ngày học').inputValue()).toBe('14/3/2025');
    expect((await storedPlan(page)).date).toBe('2025-03-14');
    expect(await agendaTitles(page)).toEqual([mod(1).title, 'Giải lao', mod(2).title]);
    const second = page.locator('#agenda > li').nth(2);
    expect(await second.locator('[data-kind="provisions"] [data-act="minutes"]').inputValue()).toBe('25');
    expect(await second.getByRole('checkbox', { name: 'Tình huống' }).isChecked()).toBe(false);
    const plan = await storedPlan(page);
    expect(plan.blocks[2]).toMatchObject({ type: 'module', module: mod(2).slug });
    expect(plan.blocks[2]?.type === 'module' && plan.blocks[2].activities.find((a) => a.kind === 'quiz')?.items).toEqual([0]);
  });

  it('shows the running total and warns when the plan runs over', async () => {
    const { page } = await open();
    await buildPlan(page);
    const total = (await storedPlan(page)).blocks.reduce((s, b) => s + (b.type === 'module' ? b.activities.reduce((t, a) => t + a.minutes, 0) : 0), 0);
    await expect.poll(() => page.locator('#budget-text').innerText()).toContain(`${total} phút`);
    expect(await page.locator('#budget').getAttribute('aria-live')).toBe('polite');
    await page.getByLabel('Thời lượng dự kiến (phút)').fill(String(total - 10));
    await expect.poll(() => page.locator('#budget-warning').innerText()).toContain('Vượt 10 phút');
    expect(await page.locator('#budget').getAttribute('class')).toContain('budget--over');
  });

  it('reorders blocks and activities with the keyboard alone, keeping focus on the moved item', async () => {
    const { page } = await open();
    await buildPlan(page);
    // From the first block's "down" button: Enter moves it, focus follows it.
    await page.locator('[data-key="b0-down"]').focus();
    await page.keyboard.press('Enter');
    expect(await agendaTitles(page)).toEqual(['Giải lao', mod(1).title, mod(2).title]);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key)).toBe('b1-down');
    await page.keyboard.press('Space');
    expect(await agendaTitles(page)).toEqual(['Giải lao', mod(2).title, mod(1).title]);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key)).toBe('b2-down');
    await expect.poll(() => page.locator('#builder-announce').innerText()).toContain('vị trí 3 trên 3');
    // Tab back to the "up" button (Shift+Tab) and move it up again.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key)).toBe('b2-up');
    await page.keyboard.press('Enter');
    expect(await agendaTitles(page)).toEqual(['Giải lao', mod(1).title, mod(2).title]);
    // Activities within a module: move the quiz up one place.
    const kinds = () => page.locator('#agenda > li').nth(1).locator('.activity:not(.activity--off)').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kind));
    expect(await kinds()).toEqual(['provisions', 'discussion', 'situations', 'quiz']);
    await page.locator('[data-key="b1-a-quiz-up"]').focus();
    await page.keyboard.press('Enter');
    expect(await kinds()).toEqual(['provisions', 'discussion', 'quiz', 'situations']);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key)).toBe('b1-a-quiz-up');
    const plan = await storedPlan(page);
    expect(plan.blocks.map((b) => (b.type === 'module' ? b.module : b.type))).toEqual(['break', mod(1).slug, mod(2).slug]);
  });

  it('reorders blocks by dragging the handle with the mouse', async () => {
    const { page } = await open(BUILDER, { viewport: { width: 1280, height: 3000 } });
    await buildPlan(page);
    const from = (await page.locator('#agenda > li').nth(0).locator('.drag-handle').boundingBox())!;
    const to = (await page.locator('#agenda > li').nth(2).locator('.block__head').boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 10, from.y + 40, { steps: 5 });
    await page.mouse.move(to.x + 40, to.y + to.height / 2, { steps: 10 });
    await page.mouse.up();
    await expect.poll(() => agendaTitles(page)).toEqual(['Giải lao', mod(2).title, mod(1).title]);
    expect((await storedPlan(page)).blocks.map((b) => b.type)).toEqual(['break', 'module', 'module']);
  });
});

describe('sharing', () => {
  it('a share link reproduces the plan exactly in a fresh browser', async () => {
    const a = await open();
    await buildPlan(a.page);
    const original = await storedPlan(a.page);
    // The link is compressed a moment after each change: wait for the one of the last change.
    const linkPlan = async () => {
      const decoded = await decodeShare(new URL(await a.page.locator('#share-link').inputValue()).hash, catalog);
      return decoded.ok ? decoded.plan : decoded.error;
    };
    await expect.poll(linkPlan).toEqual(original);
    const link = await a.page.locator('#share-link').inputValue();
    expect(link).toMatch(/#v2=[A-Za-z0-9_-]+$/);
    const b = await open(link.slice(site.server.url.length));
    await expect.poll(() => stored(b.page)).not.toBeNull();
    expect(await storedPlan(b.page)).toEqual(original);
    expect(await b.page.getByLabel('Tên lớp, buổi học').inputValue()).toBe(original.title);
    expect(await agendaTitles(b.page)).toEqual(await agendaTitles(a.page));
  });

  it('asks before a link replaces a different saved plan', async () => {
    const a = await open();
    await buildPlan(a.page);
    const before = await stored(a.page);
    const other = `#v1=${toBase64Url(JSON.stringify({ t: 'Kế hoạch của đồng nghiệp', b: [['m', mod(0).slug, [['q', 10, [0, 1]]]]] }))}`;
    await visit(a.page, BUILDER + other);
    await a.page.locator('#incoming').waitFor({ state: 'visible' });
    expect(await a.page.locator('#incoming-text').innerText()).toContain('Kế hoạch của đồng nghiệp');
    expect(await stored(a.page)).toBe(before);
    await a.page.getByRole('button', { name: 'Giữ kế hoạch đang soạn' }).click();
    expect(await stored(a.page)).toBe(before);
    await a.page.reload();
    await a.page.locator('#builder').waitFor({ state: 'visible' });
    expect(await a.page.locator('#incoming').isHidden()).toBe(true);
    await visit(a.page, BUILDER + other);
    await a.page.getByRole('button', { name: 'Thay bằng kế hoạch mới' }).click();
    expect((await storedPlan(a.page)).title).toBe('Kế hoạch của đồng nghiệp');
  });

  it('a malformed, newer or stale link gets a Vietnamese message and leaves the saved plan intact', async () => {
    const { page } = await open();
    await buildPlan(page);
    const before = await stored(page);
    for (const [fragment, message] of [
      ['#v1=eyJ0IjoiTOG7m3A', 'Liên kết chia sẻ bị hỏng'],
      ['#v1=%%%', 'Liên kết chia sẻ bị hỏng'],
      [`#v2=${toBase64Url('{"t":"Không nén"}')}`, 'Liên kết chia sẻ bị hỏng'],
      [`#v9=${toBase64Url('{}')}`, 'phiên bản mới hơn'],
      [`#v0=${toBase64Url('{}')}`, 'phiên bản cũ'],
    ] as const) {
      // Each link must add its own alert: polling the last one could pass on the previous link's message.
      const alerts = page.locator('#builder-messages [role="alert"]');
      const count = await alerts.count();
      await visit(page, BUILDER + fragment);
      await expect.poll(() => alerts.count(), { message: fragment }).toBe(count + 1);
      expect(await alerts.nth(count).innerText()).toContain(message);
      expect(await alerts.nth(count).innerText()).toContain('vẫn giữ nguyên');
      expect(await stored(page), fragment).toBe(before);
      expect(await page.locator('#incoming').isHidden()).toBe(true);
    }
    expect(await agendaTitles(page)).toEqual([mod(1).title, 'Giải lao', mod(2).title]);
  });

  it('opens links with prototype keys, objects for codes and deep nesting with a message, never an error', async () => {
    const slug = mod(0).slug;
    const deep = `${'['.repeat(20_000)}"p"${']'.repeat(20_000)}`;
    for (const payload of [
      `{"t":"K","b":[["m","${slug}",[[{"toString":0},5,[0]]]]]}`,
      `{"b":[["m","${slug}",[[${deep},5,[0]]]]]}`,
      '{"__proto__":{"x":1},"constructor":{"prototype":{"x":1}},"t":"Lớp","b":[["m","constructor",[]],["toString"]]}',
    ]) {
      // A fresh page each time: a link arriving by hashchange into an open builder is the other path, tried below.
      const { page } = await open(`${BUILDER}#v1=${toBase64Url(payload)}`);
      await expect.poll(() => page.locator('#builder-messages').innerText()).toMatch(/không đọc được|không còn trong danh mục|không chứa mục nào/);
      expect(await page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
    }
    const { page } = await open();
    await buildPlan(page);
    await page.evaluate((fragment) => (location.hash = fragment), `#v1=${toBase64Url(`{"t":"K","b":[["m","${slug}",[[{"toString":0},5,[0]]]]]}`)}`);
    await expect.poll(() => page.locator('#incoming').isVisible()).toBe(true);
  });

  it('says so when a link holds nothing usable, instead of calling it the plan being edited', async () => {
    const { page } = await open(`${BUILDER}#v1=${toBase64Url('{"t":123,"d":{},"p":[],"a":true,"i":null,"n":5,"s":5,"l":"abc","b":"x"}')}`);
    await expect.poll(() => page.locator('#builder-messages').innerText()).toContain('không chứa mục nào dùng được');
    expect(await page.locator('#builder-messages').innerText()).not.toContain('chứa đúng kế hoạch đang soạn');
  });

  it('keeps what it can of a link naming a module that no longer exists, and says what it dropped', async () => {
    const { page } = await open();
    const fragment = `#v1=${toBase64Url(JSON.stringify({ t: 'Lớp cũ', b: [['m', 'hoc-phan-da-xoa', []], ['m', mod(0).slug, [['d', 10, [0, 99]]]]] }))}`;
    await visit(page, BUILDER + fragment);
    await expect.poll(() => page.locator('#builder-messages').innerText()).toContain('«hoc-phan-da-xoa» không còn trong danh mục');
    expect(await page.locator('#builder-messages').innerText()).toContain('bỏ 1 câu hỏi thảo luận');
    expect(await agendaTitles(page)).toEqual([mod(0).title]);
    const plan = await storedPlan(page);
    expect(plan.blocks).toEqual([{ type: 'module', module: mod(0).slug, activities: [{ kind: 'discussion', minutes: 10, items: [0] }] }]);
  });
});

describe('files', () => {
  it('saves a plan to a file that opens to the same plan in another browser', async () => {
    const a = await open();
    await buildPlan(a.page);
    const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.getByRole('button', { name: 'Lưu kế hoạch ra tệp (.json)' }).click()]);
    expect(download.suggestedFilename()).toBe('ke-hoach-lop-boi-duong-can-bo-xa-dong-son.json');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: FILE_FORMAT, version: 1 });
    const b = await open();
    await b.page.locator('#open-file').setInputFiles({ name: 'ke-hoach.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => stored(b.page)).not.toBeNull();
    expect(await storedPlan(b.page)).toEqual(await storedPlan(a.page));
  });

  it('a malformed file gets a Vietnamese message and leaves the saved plan intact', async () => {
    const { page } = await open();
    await buildPlan(page);
    const before = await stored(page);
    for (const [content, message] of [
      ['{"format": "qcdc-ke-hoach', 'không phải tệp JSON hợp lệ'],
      ['{"title": "một tệp JSON khác"}', 'không phải tệp kế hoạch'],
      [JSON.stringify({ format: FILE_FORMAT, version: 5, plan: emptyPlan() }), 'phiên bản mới hơn'],
    ] as const) {
      await page.locator('#open-file').setInputFiles({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from(content) });
      await expect.poll(() => page.locator('#builder-messages [role="alert"]').last().innerText()).toContain(message);
      expect(await stored(page)).toBe(before);
    }
    expect(await agendaTitles(page)).toEqual([mod(1).title, 'Giải lao', mod(2).title]);
  });

  it('a saved plan the browser cannot read is set aside, not lost', async () => {
    const w = await site.open();
    await w.page.goto(site.server.url + '/');
    await w.page.evaluate((key) => localStorage.setItem(key, '{"format":"qcdc-ke-hoach-bai-giang","version":1,'), STORAGE_KEY);
    await visit(w.page, BUILDER);
    await expect.poll(() => w.page.locator('#builder-messages [role="alert"]').innerText()).toContain('không đọc được');
    expect(await w.page.evaluate(() => localStorage.getItem('qcdc.soan-bai.khong-doc-duoc'))).toBe('{"format":"qcdc-ke-hoach-bai-giang","version":1,');
  });

  it('a second unreadable plan is set aside beside the first, never over it', async () => {
    const w = await site.open();
    await w.page.goto(site.server.url + '/');
    for (const junk of ['RÁC-1', 'RÁC-2']) {
      await w.page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [STORAGE_KEY, junk]);
      await visit(w.page, BUILDER);
      await w.page.reload();
      await w.page.locator('#builder').waitFor({ state: 'visible' });
    }
    const kept = await w.page.evaluate(() => [localStorage.getItem('qcdc.soan-bai.khong-doc-duoc'), localStorage.getItem('qcdc.soan-bai.khong-doc-duoc.2')]);
    expect(kept).toEqual(['RÁC-1', 'RÁC-2']);
  });

  it('a saved plan naming a module the site no longer has keeps its original aside before anything overwrites it', async () => {
    const w = await site.open({ acceptDownloads: true });
    await w.page.goto(site.server.url + '/');
    const old = JSON.stringify({ format: 'qcdc-ke-hoach-bai-giang', version: 1, plan: { title: 'Lớp cũ', blocks: [{ type: 'module', module: 'hoc-phan-da-xoa', activities: [] }, { type: 'break', label: 'Giải lao', minutes: 15 }] } });
    await w.page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [STORAGE_KEY, old]);
    await visit(w.page, BUILDER);
    const messages = w.page.locator('#builder-messages');
    await expect.poll(() => messages.innerText()).toContain('«hoc-phan-da-xoa» không còn trong danh mục');
    expect(await messages.innerText()).toContain('Bản gốc đầy đủ đã được giữ riêng');
    // Typing saves the repaired plan; the original is still there, and downloads whole.
    await w.page.getByLabel('Tên lớp, buổi học').fill('Lớp cũ, sửa lại');
    expect(await w.page.evaluate(() => localStorage.getItem('qcdc.soan-bai.khong-doc-duoc'))).toBe(old);
    const [download] = await Promise.all([w.page.waitForEvent('download'), messages.getByRole('button', { name: 'Tải bản đã giữ riêng về máy' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(old);
  });
});

describe('fields refuse what they cannot save, and say so', () => {
  it('planned, activity and break minutes out of range get a message beside the field and are not saved', async () => {
    const { page } = await open();
    await buildPlan(page);
    const planned = page.getByLabel('Thời lượng dự kiến (phút)');
    const before = (await storedPlan(page)).planned;
    for (const typed of ['0', '10005', '92.5']) {
      await planned.fill(typed);
      expect(await planned.getAttribute('aria-invalid'), typed).toBe('true');
      const note = page.locator(`#${(await planned.getAttribute('aria-describedby'))!.split(' ').at(-1)}`);
      expect(await note.innerText()).toContain('số nguyên từ 1 đến 10000');
      expect((await storedPlan(page)).planned).toBe(before);
    }
    await planned.fill('240');
    expect(await planned.getAttribute('aria-invalid')).toBeNull();
    expect((await storedPlan(page)).planned).toBe(240);

    const activity = page.locator('#agenda > li').nth(2).locator('[data-kind="provisions"] [data-act="minutes"]');
    await activity.fill('601');
    expect(await activity.getAttribute('aria-invalid')).toBe('true');
    expect((await storedPlan(page)).blocks[2]).toMatchObject({ activities: expect.arrayContaining([expect.objectContaining({ kind: 'provisions', minutes: 25 })]) });

    const breakMinutes = page.locator('#agenda > li').nth(1).getByLabel('Số phút');
    await breakMinutes.fill('-5');
    expect(await breakMinutes.getAttribute('aria-invalid')).toBe('true');
    expect((await storedPlan(page)).blocks[1]).toMatchObject({ minutes: 15 });
  });

  it('an emptied break name shows and saves the default name, and says so', async () => {
    const { page } = await open();
    await buildPlan(page);
    const name = page.locator('#agenda > li').nth(1).getByLabel('Tên');
    await name.fill('');
    expect(await agendaTitles(page)).toEqual([mod(1).title, 'Giải lao', mod(2).title]);
    expect(await page.locator('#agenda > li').nth(1).innerText()).toContain('kế hoạch dùng tên «Giải lao»');
    expect((await storedPlan(page)).blocks[1]).toMatchObject({ label: 'Giải lao' });
  });
});

describe('print views', () => {
  async function views() {
    const w = await open();
    await buildPlan(w.page);
    const plan = await storedPlan(w.page);
    const read = async (view: string) => {
      await visit(w.page, `/giang-vien/in/?ban=${view}`);
      return w.page.locator('#print-view').innerText();
    };
    return { w, plan, read };
  }
  const chosen = (plan: Plan, slug: string, kind: string) => {
    const block = plan.blocks.find((b) => b.type === 'module' && b.module === slug);
    return block?.type === 'module' ? (block.activities.find((a) => a.kind === kind)?.items ?? []) : [];
  };

  it('each holds what it must and nothing it must not', async () => {
    const { w, plan, read } = await views();
    const [first, second] = [mod(1), mod(2)];
    const quizOf = (m: typeof first, kind: 'in' | 'out') =>
      m.quiz.filter((_, i) => chosen(plan, m.slug, 'quiz').includes(i) === (kind === 'in'));
    const chosenQuiz = [...quizOf(first, 'in'), ...quizOf(second, 'in')];
    const droppedQuiz = [...quizOf(first, 'out'), ...quizOf(second, 'out')];
    expect(droppedQuiz.length).toBeGreaterThan(0);

    const lesson = await read('giao-an');
    expect(lesson).toContain('GIÁO ÁN');
    expect(lesson).toContain('NGƯỜI SOẠN');
    expect(lesson).toContain(plan.title);
    for (const objective of first.objectives) expect(lesson).toContain(objective);
    expect(lesson).toMatch(/07:30–\d\d:\d\d/);
    expect(lesson).toContain('Giảng nội dung Công văn (25 phút)');
    expect(lesson).toContain('Các đoạn của Công văn cần đọc');
    for (const ref of first.provisions) expect(lesson).toContain(catalog.provisions[ref]!.citation);
    expect(lesson).toContain('Chuẩn bị máy chiếu.');

    const handout = await read('tai-lieu');
    expect(handout).toContain('TÀI LIỆU CHO HỌC VIÊN');
    for (const ref of first.provisions) expect(handout).toContain(catalog.provisions[ref]!.paragraphs[0]!.pieces[0]!.text.slice(0, 60));
    for (const i of chosen(plan, first.slug, 'discussion')) expect(handout).toContain(first.discussion[i]!);
    for (const q of [...first.quiz, ...second.quiz]) {
      expect(handout).not.toContain(q.question);
      expect(handout).not.toContain(q.explanation);
    }
    for (const hint of first.situations.flatMap((s) => s.hints)) expect(handout).not.toContain(hint);
    expect(handout).not.toMatch(/Đáp án|Gợi ý/);

    // The test draws on the separate test bank of the planned modules, never on the self-check items.
    const bank = catalog.testBank.filter((t) => t.module === first.slug || t.module === second.slug);
    expect(bank.length).toBeGreaterThan(0);
    const test = await read('de-kiem-tra');
    expect(test).toContain('ĐỀ KIỂM TRA');
    for (const text of ['Mã đề\n01', 'Mã đề\n02', 'Thời gian làm bài', 'Điểm', 'Lời phê của giảng viên', 'Họ và tên', 'PHIẾU TRẢ LỜI — Mã đề 01', 'PHIẾU TRẢ LỜI — Mã đề 02']) expect(test).toContain(text);
    for (const q of bank) {
      expect(test).toContain(q.question);
      for (const option of q.options) expect(test).toContain(option);
      expect(test).not.toContain(q.explanation);
    }
    for (const q of [...chosenQuiz, ...droppedQuiz]) expect(test).not.toContain(q.question);
    expect(test).not.toMatch(/Đáp án [A-F]:|Căn cứ: /);
    expect(await w.page.locator('[data-test-version]').count()).toBe(2);
    expect(await w.page.locator('.quiz-question').count()).toBe(bank.length * 2);
    // Each version's order, read off the paper, to check its key against.
    const versions = await w.page.locator('[data-test-version]').evaluateAll((sections) =>
      sections.map((sec) => ({
        code: sec.getAttribute('data-test-version'),
        questions: [...sec.querySelectorAll('.quiz-question')].map((q) => ({ question: q.querySelector('p')!.textContent!, options: [...q.querySelectorAll('.quiz-options li')].map((li) => li.textContent!.replace(/^[A-F]\. /, '')) })),
      })),
    );
    expect(versions.map((v) => v.code)).toEqual(['01', '02']);
    expect(JSON.stringify(versions[1]!.questions)).not.toBe(JSON.stringify(versions[0]!.questions));

    const keyText = await read('dap-an');
    const keys = await w.page.locator('[data-test-version]').evaluateAll((sections) =>
      sections.map((sec) => ({ code: sec.getAttribute('data-test-version'), grid: [...sec.querySelectorAll('.answer-grid span')].map((s) => s.textContent!) })),
    );
    expect(keys.map((k) => k.code)).toEqual(['01', '02']);
    versions.forEach((version, v) => {
      version.questions.forEach((q, n) => {
        const source = bank.find((t) => t.question === q.question)!;
        const letter = 'ABCDEF'[q.options.indexOf(source.options[source.answer]!)]!;
        // The key of this version names the letter this version's paper gives the right option.
        expect(keys[v]!.grid[n], `${version.code} câu ${n + 1}`).toBe(`${n + 1}–${letter}`);
        // Why each answer is right is printed once for all versions, with the number each gives it.
        expect(keyText).toContain(`Đáp án: ${source.options[source.answer]}`);
        expect(keyText).toContain(source.explanation);
      });
    });
  });

  it('print on A4 without the site chrome or the controls', async () => {
    const { w } = await views();
    for (const view of ['giao-an', 'tai-lieu', 'de-kiem-tra', 'dap-an']) {
      await visit(w.page, `/giang-vien/in/?ban=${view}`);
      await w.page.emulateMedia({ media: 'print' });
      for (const selector of ['.site-header', '.site-footer', '.print-tools', '#print-button']) {
        expect(await w.page.locator(selector).isVisible(), `${view} ${selector}`).toBe(false);
      }
      expect(await w.page.locator('.print-doc').isVisible()).toBe(true);
      // The page size comes from the stylesheet's @page rule: A4 is 595 × 842 points.
      const pdf = (await w.page.pdf({ preferCSSPageSize: true })).toString('latin1');
      const boxes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
      expect(boxes.length, view).toBeGreaterThan(0);
      for (const [width, height] of boxes) {
        expect(Math.abs(width! - 595.3), view).toBeLessThan(2);
        expect(Math.abs(height! - 841.9), view).toBeLessThan(2);
      }
      await w.page.emulateMedia({ media: 'screen' });
    }
  });

  it('a print view opened from a share link shows that plan and leaves storage alone', async () => {
    const { page } = await open('/giang-vien/');
    const href = await page.locator('a[href^="/giang-vien/in/?ban=giao-an#v2="]').first().getAttribute('href');
    await visit(page, href!);
    expect(await page.locator('#print-view h1').innerText()).not.toBe('');
    expect(await stored(page)).toBeNull();
    const tab = await page.locator('[data-print-view="dap-an"]').getAttribute('href');
    expect(tab).toContain('#v2=');
  });

  it('?ban= with a prototype key shows the lesson plan, not a broken page', async () => {
    const { page } = await open('/giang-vien/');
    const href = await page.locator('a[href^="/giang-vien/in/?ban=giao-an#v2="]').first().getAttribute('href');
    const fragment = href!.slice(href!.indexOf('#'));
    const expected = await (async () => {
      await visit(page, `/giang-vien/in/?ban=giao-an${fragment}`);
      return page.title();
    })();
    for (const key of ['toString', 'hasOwnProperty', 'constructor', '__proto__', 'valueOf']) {
      await visit(page, `/giang-vien/in/?ban=${key}${fragment}`);
      expect(await page.title(), key).toBe(expected);
      expect(await page.locator('#print-view').innerText()).not.toContain('[object');
      expect(await page.locator('[data-print-view="giao-an"]').getAttribute('aria-current')).toBe('page');
    }
  });

  it('a print view with an unreadable saved plan says so and leaves the plan where it is', async () => {
    const { page } = await open('/');
    await page.evaluate((key) => localStorage.setItem(key, 'RÁC'), STORAGE_KEY);
    await page.goto(`${site.server.url}/giang-vien/in/?ban=giao-an`);
    await expect.poll(() => page.locator('#print-view [role="alert"]').innerText()).toContain('không');
    // Only the catalogue's offline copy may be written; the plan stays where it was, nothing is moved aside.
    const kept = await page.evaluate(() => ({ ...localStorage }));
    expect(Object.keys(kept).filter((k) => k !== 'qcdc.hoc-phan')).toEqual([STORAGE_KEY]);
    expect(kept[STORAGE_KEY]).toBe('RÁC');
  });
});

describe('on a 390px phone', () => {
  it('the builder and the print views fit the width and stay usable', async () => {
    const { page } = await open(BUILDER, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await buildPlan(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.locator('[data-key="b2-up"]').tap();
    expect(await agendaTitles(page)).toEqual([mod(1).title, mod(2).title, 'Giải lao']);
    // The control that keeps focus after a move is not hidden under the sticky total.
    await page.locator('[data-key="b0-down"]').focus();
    await page.keyboard.press('Enter');
    const [focused, total] = await page.evaluate(() => [document.activeElement!.getBoundingClientRect().top, document.querySelector('#budget')!.getBoundingClientRect().bottom]);
    expect(focused).toBeGreaterThanOrEqual(total!);
    for (const view of ['giao-an', 'tai-lieu', 'de-kiem-tra', 'dap-an']) {
      await visit(page, `/giang-vien/in/?ban=${view}`);
      expect(await overflow(), view).toBeLessThanOrEqual(0);
    }
    await visit(page, '/giang-vien/');
    for (const summary of await page.locator('.ready-plan summary').all()) await summary.tap();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});

/** The message beside a field: the element its aria-describedby names last (fieldError appends its own). */
const noteOf = async (page: Page, input: ReturnType<Page['locator']>) => {
  const ids = (await input.getAttribute('aria-describedby'))?.split(' ') ?? [];
  return page.locator(`#${ids.at(-1)}`).innerText();
};
const titleBox = (page: Page, index: number) => page.locator(`#b${index}-title`).boundingBox();
const barBottom = (page: Page) => page.evaluate(() => document.querySelector('#budget')!.getBoundingClientRect().bottom);

describe('times in the plan', () => {
  it('the ready-made plans have no timing problem', async () => {
    const links = [...loadPage('/giang-vien/').querySelectorAll<HTMLAnchorElement>('a[data-ready-plan]')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      const decoded = await decodeShare(a.getAttribute('href')!.slice(BUILDER.length), catalog);
      if (!decoded.ok) throw new Error(decoded.error);
      expect(timingProblems(decoded.plan, catalog), decoded.plan.title).toEqual([]);
    }
  });

  it('a new session starts after the plan ends; one set to start before the previous part ended is flagged beside that block and in the summary', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: `Thêm «${mod(1).title}» vào chương trình` }).click();
    await page.getByRole('button', { name: 'Thêm giải lao' }).click();
    const lunch = page.locator('#agenda > li').nth(1).getByLabel('Số phút');
    // 07:30 + the module + a long lunch: the morning ends at 14:00, after 13:30.
    const first = (await storedPlan(page)).blocks[0]!;
    const moduleMinutes = first.type === 'module' ? first.activities.reduce((t, a) => t + a.minutes, 0) : 0;
    await lunch.fill(String(14 * 60 - (7 * 60 + 30) - moduleMinutes));
    await page.getByRole('button', { name: 'Thêm buổi học mới' }).click();
    const session = page.locator('#agenda > li').nth(2);
    const start = session.getByLabel('Bắt đầu lúc');
    expect(await start.inputValue()).toBe('14:00');
    expect(await session.locator('[role="alert"]').innerText()).toContain('chưa có bài học hay hoạt động nào');
    await page.getByRole('button', { name: `Thêm «${mod(2).title}» vào chương trình` }).click();
    await expect.poll(() => session.locator('[role="alert"]').innerText()).toBe('');
    await start.fill('13:30');
    await start.blur();
    expect((await storedPlan(page)).blocks[2]).toMatchObject({ type: 'session', start: '13:30' });
    const message = '«Buổi 2» bắt đầu lúc 13:30, trước khi phần trước kết thúc (14:00): giờ hai buổi chồng lên nhau.';
    await expect.poll(() => session.locator('[role="alert"]').innerText()).toBe(message);
    // Only that block carries it; the summary under the total lists it with a way to the block.
    for (const i of [0, 1, 3]) expect(await page.locator('#agenda > li').nth(i).locator('[role="alert"]').innerText()).toBe('');
    expect(await page.locator('#timing-summary').innerText()).toContain(`Vị trí 3: ${message}`);
    await page.locator('#timing-summary').getByRole('button', { name: 'Đến vị trí 3' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('b2-title');
    await start.fill('14:15');
    await start.blur();
    await expect.poll(() => page.locator('#timing-summary').isHidden()).toBe(true);
  });

  it('shows 24-hour times and day-first dates in an English-language browser', async () => {
    const { page } = await open(BUILDER, { locale: 'en-US' });
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await page.getByRole('button', { name: `Thêm «${mod(1).title}» vào chương trình` }).click();
    await page.getByRole('button', { name: 'Thêm buổi học mới' }).click();
    await page.getByRole('button', { name: `Thêm «${mod(2).title}» vào chương trình` }).click();
    const start = page.locator('#agenda > li').nth(1).getByLabel('Bắt đầu lúc');
    expect(await start.getAttribute('type')).toBe('text');
    await start.fill('2:30 PM');
    await start.blur();
    expect(await start.getAttribute('aria-invalid')).toBe('true');
    expect(await noteOf(page, start)).toBe('Hãy nhập giờ dạng 24 giờ (giờ:phút), ví dụ 13:30. Kế hoạch vẫn dùng giờ 13:30.');
    await start.fill('1430');
    await start.blur();
    expect(await start.inputValue()).toBe('14:30');
    expect(await start.getAttribute('aria-invalid')).toBeNull();
    const shown = await page.locator('#builder').innerText();
    expect(shown).toContain('Bắt đầu 14:30');
    expect(shown).toMatch(/14:30–1\d:\d\d/);
    expect(shown).not.toMatch(/\b(AM|PM)\b/);
    expect(await page.getByLabel('Giờ bắt đầu').inputValue()).toBe('07:30');
    const date = page.getByLabel('Ngày học');
    await date.fill('03/14/2025');
    await date.blur();
    expect(await noteOf(page, date)).toContain('Hãy nhập ngày dạng ngày/tháng/năm');
    await date.fill('14/03/2025');
    await date.blur();
    expect(await date.inputValue()).toBe('14/3/2025');
    expect((await storedPlan(page)).date).toBe('2025-03-14');
  });
});

describe('minutes', () => {
  it('an invalid value gets a Vietnamese message naming the minutes kept, is not saved, and a reload shows the kept value', async () => {
    const { page } = await open();
    await buildPlan(page);
    const field = page.locator('#agenda > li').nth(2).locator('[data-kind="provisions"] [data-act="minutes"]');
    expect(await field.getAttribute('type')).toBe('text');
    expect(await field.getAttribute('inputmode')).toBe('numeric');
    for (const typed of ['', '0', '700', '12.5', '-5']) {
      await field.fill(typed);
      expect(await field.getAttribute('aria-invalid'), typed).toBe('true');
      expect(await noteOf(page, field), typed).toBe('Số phút phải là số nguyên từ 1 đến 600. Kế hoạch vẫn dùng 25 phút.');
      expect(await field.evaluate((el: HTMLInputElement) => el.validationMessage), typed).toBe('');
    }
    await page.reload();
    await page.locator('#builder').waitFor({ state: 'visible' });
    expect(await field.inputValue()).toBe('25');
    expect(await field.getAttribute('aria-invalid')).toBeNull();
    // The course's other parts count in the teaching total; breaks do not.
    const before = (await storedPlan(page)).blocks.reduce((s, b) => s + (b.type === 'module' ? b.activities.reduce((t, a) => t + a.minutes, 0) : 0), 0);
    await page.getByRole('button', { name: 'Thêm kiểm tra' }).click();
    await expect.poll(() => page.locator('#budget-text').innerText()).toContain(`${before + 45} phút`);
    expect(await page.locator('#agenda > li').last().locator('.block__minutes').innerText()).toBe('45 phút');
  });
});

describe('a long agenda', () => {
  it('folds every block to a line of time, title and minutes, and opens them again', async () => {
    const { page } = await open();
    await buildPlan(page);
    const blocks = page.locator('#agenda > li');
    await page.getByRole('button', { name: 'Thu gọn tất cả' }).click();
    for (let i = 0; i < 3; i++) {
      const block = blocks.nth(i);
      expect(await block.locator('.block__body').isHidden()).toBe(true);
      expect(await block.locator('[data-act="fold"]').getAttribute('aria-expanded')).toBe('false');
      expect(await block.locator('.block__head').innerText()).toMatch(/\d\d:\d\d–\d\d:\d\d[\s\S]*\d+ phút/);
    }
    expect(await blocks.nth(0).locator('.block__head').innerText()).toContain(mod(1).title);
    // One block opened by its own toggle, then all.
    await blocks.nth(2).locator('[data-act="fold"]').click();
    expect(await blocks.nth(2).locator('.block__body').isVisible()).toBe(true);
    expect(await blocks.nth(2).locator('[data-act="fold"]').getAttribute('aria-expanded')).toBe('true');
    expect(await blocks.nth(0).locator('.block__body').isHidden()).toBe(true);
    // A folded block stays folded when moved.
    await page.locator('[data-key="b0-down"]').click();
    expect(await blocks.nth(1).locator('.block__body').isHidden()).toBe(true);
    await page.getByRole('button', { name: 'Mở rộng tất cả' }).click();
    for (let i = 0; i < 3; i++) expect(await blocks.nth(i).locator('.block__body').isVisible()).toBe(true);
  });

  it('adds after a chosen block', async () => {
    const { page } = await open();
    await buildPlan(page);
    await page.getByLabel('Vị trí thêm vào').selectOption({ label: `Sau vị trí 1: ${mod(1).title}` });
    await page.getByRole('button', { name: `Thêm «${mod(0).title}» vào chương trình` }).click();
    expect(await agendaTitles(page)).toEqual([mod(1).title, mod(0).title, 'Giải lao', mod(2).title]);
    await expect.poll(() => page.locator('#builder-announce').innerText()).toBe(`Đã thêm «${mod(0).title}» vào sau «${mod(1).title}», vị trí 2 trên 4.`);
    // The next one goes after the one just added.
    await page.getByRole('button', { name: 'Thêm giải lao' }).click();
    expect(await agendaTitles(page)).toEqual([mod(1).title, mod(0).title, 'Giải lao', 'Giải lao', mod(2).title]);
    expect((await storedPlan(page)).blocks.map((b) => b.type)).toEqual(['module', 'module', 'break', 'break', 'module']);
  });
});

describe('starting a new plan', () => {
  it('asks in the page, with the keyboard alone, and only clears on «Xóa và bắt đầu mới»', async () => {
    const { page } = await open();
    await buildPlan(page);
    const before = await stored(page);
    const panel = page.locator('#new-plan-confirm');
    const active = () => page.evaluate(() => document.activeElement?.id);
    page.on('dialog', (d) => void d.dismiss().then(() => expect.fail(`a browser dialog opened: ${d.message()}`)));
    await page.locator('#new-plan').focus();
    await page.keyboard.press('Enter');
    expect(await panel.isVisible()).toBe(true);
    expect(await active()).toBe('new-plan-question');
    await page.keyboard.press('Tab');
    expect(await active()).toBe('new-plan-clear');
    await page.keyboard.press('Tab');
    expect(await active()).toBe('new-plan-keep');
    await page.keyboard.press('Enter');
    expect(await panel.isHidden()).toBe(true);
    expect(await active()).toBe('new-plan');
    expect(await stored(page)).toBe(before);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    expect(await panel.isHidden()).toBe(true);
    expect(await stored(page)).toBe(before);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await panel.isHidden()).toBe(true);
    expect(await agendaTitles(page)).toEqual([]);
    expect(await storedPlan(page)).toEqual(emptyPlan());
    expect(await page.getByLabel('Tên lớp, buổi học').inputValue()).toBe('');
  });
});

describe('on a 390 × 844 phone', () => {
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

  it('adding a module keeps the reader in place, says where it went and offers a way to it, which lands below the sticky total', async () => {
    const { page } = await open(BUILDER, phone);
    for (const i of [0, 1, 2]) await page.getByRole('button', { name: `Thêm «${mod(i).title}» vào chương trình` }).tap();
    const add = page.getByRole('button', { name: `Thêm «${mod(3).title}» vào chương trình` });
    await add.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const y = await page.evaluate(() => window.scrollY);
    expect(y).toBeGreaterThan(0);
    await add.tap();
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - y)).toBeLessThanOrEqual(3);
    await expect.poll(() => page.locator('#builder-announce').innerText()).toBe(`Đã thêm «${mod(3).title}» vào cuối chương trình, vị trí 4 trên 4.`);
    expect(await agendaTitles(page)).toEqual([mod(0).title, mod(1).title, mod(2).title, mod(3).title]);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.key)).toBe(`goto-${mod(3).slug}`);
    await page.locator('#add-status').getByRole('button', { name: 'Đến bài vừa thêm' }).tap();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('b3-title');
    const heading = (await titleBox(page, 3))!;
    expect(heading.y).toBeGreaterThanOrEqual(await barBottom(page));
    expect(heading.y + heading.height).toBeLessThanOrEqual(844);
    // The bar is small on a phone: under a sixth of the screen.
    expect((await page.locator('#budget').boundingBox())!.height).toBeLessThan(844 / 6);
    // Each block's heading, focused from above or below, lands below the bar.
    for (const i of [0, 2, 1]) {
      await page.locator(`#b${i}-title`).focus();
      expect((await titleBox(page, i))!.y, `b${i}`).toBeGreaterThanOrEqual(await barBottom(page));
    }
  });

  it('reorders by touch with the ↑/↓ buttons; the mouse-only drag handle is not shown', async () => {
    const { page } = await open(BUILDER, phone);
    await buildPlan(page);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    expect(await page.locator('.drag-handle').first().isVisible()).toBe(false);
    await page.locator('[data-key="b0-down"]').tap();
    expect(await agendaTitles(page)).toEqual(['Giải lao', mod(1).title, mod(2).title]);
    await page.getByRole('button', { name: 'Thu gọn tất cả' }).tap();
    await page.locator('[data-key="b2-up"]').tap();
    expect(await agendaTitles(page)).toEqual(['Giải lao', mod(2).title, mod(1).title]);
    expect((await storedPlan(page)).blocks.map((b) => (b.type === 'module' ? b.module : b.type))).toEqual(['break', mod(2).slug, mod(1).slug]);
  });
});
