/**
 * The offline copy for a classroom, on the built site in Chromium under the
 * site's own headers (CSP with Trusted Types): without opting in no worker is
 * registered and an idle page fetches nothing; after «Lưu để dùng khi không
 * có mạng» the whole site reads, searches, builds and prints with the network
 * off, and nothing reaches the server; a rebuilt site is saved anew; «Xóa bản
 * lưu» removes the worker and its caches.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measurePage } from '../scripts/lib/page-weight';
import { siteHeaders } from '../scripts/lib/site/headers';
import { CONTROL_PAGE, writeOfflineCopy } from '../src/integrations/offline';
import { isOfflineCache, sizeText } from '../src/lib/offline';
import { DIRECTIVE_PATH } from '../src/lib/paths';
import { cspViolations, watchCsp } from './gates/lib/csp';
import { useBrowser, type WatchedPage } from './support/browser';
import { allPages, distDir, loadPage } from './support/dist';

const CONTROL = '/giang-vien/';
const SAVED = /^Đã lưu (\d+) tệp: học liệu dùng được khi không có mạng\.$/;
const headers = siteHeaders(distDir);
// A copy of the build for the update test, rebuilt (a page changed, sw.js written again) after a copy of it was saved.
const rebuilt = mkdtempSync(join(tmpdir(), 'qcdc-offline-'));
cpSync(distDir, rebuilt, { recursive: true });
const site = useBrowser([{ headers }, { root: rebuilt, headers }]);
afterAll(() => rmSync(rebuilt, { recursive: true, force: true }));

/** The precache manifest written into sw.js: each file's address relative to the site root. */
function manifestUrls(root: string): string[] {
  return [...readFileSync(join(root, 'sw.js'), 'utf8').matchAll(/\{url:"([^"]+)",revision:(?:"[0-9a-f]+"|null)\}/g)].map((m) => m[1]!);
}

function builtFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
}

const status = (page: Page) => page.locator('[data-offline-status]');
const registrations = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/** Opens the control's page and saves the copy; returns the number of files the control reports. */
async function saveCopy(watched: WatchedPage, origin: string): Promise<number> {
  const { page } = watched;
  await page.goto(origin + CONTROL);
  const save = page.getByRole('button', { name: 'Lưu để dùng khi không có mạng' });
  await save.click();
  await expect.poll(() => status(page).textContent(), { timeout: 60_000 }).toMatch(SAVED);
  expect(await page.getByRole('button', { name: 'Xóa bản lưu' }).isVisible()).toBe(true);
  expect(await save.isVisible()).toBe(false);
  return Number(SAVED.exec((await status(page).textContent()) ?? '')![1]);
}

describe('the worker the build writes', () => {
  const urls = manifestUrls(distDir);
  const files = builtFiles(distDir);

  it('saves every page, style, script, data file and the whole search index', () => {
    const saved = new Set(urls);
    for (const path of allPages()) {
      const file = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
      expect(saved.has(file), path).toBe(true);
    }
    const needed = files.filter((f) => /^(?:_astro|pagefind|du-lieu)\//.test(f) || /\.(?:html|css|js|json|svg|wasm)$/.test(f));
    expect(needed.filter((f) => f !== 'sw.js' && !saved.has(f))).toEqual([]);
    expect(urls.filter((u) => u.startsWith('pagefind/')).length).toBe(files.filter((f) => f.startsWith('pagefind/')).length);
    for (const f of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.unknown.pagefind', 'du-lieu/hoc-phan.json', 'du-lieu/tra-cuu-so-hieu.json', '404.html', 'favicon.svg']) {
      expect(saved.has(f), f).toBe(true);
    }
  });

  it('leaves out only what no reader’s browser fetches: preview images for shared links and the host’s and crawlers’ files', () => {
    const left = files.filter((f) => !urls.includes(f));
    expect(left.length).toBeGreaterThan(0);
    for (const f of left) expect(f, f).toMatch(/^(?:anh-xem-truoc\/[a-z-]+\.png|_headers|_redirects|robots\.txt|sw\.js)$/);
    // The preview images are named only by og:image and twitter:image, which crawlers read; no page shows them.
    for (const path of allPages()) {
      for (const el of loadPage(path).querySelectorAll('[src*="/anh-xem-truoc/"], link[href*="/anh-xem-truoc/"]')) expect.fail(`${path}: ${el.outerHTML}`);
    }
  });

  it('runs Workbox from its own file: no importScripts, nothing from another origin', () => {
    const worker = readFileSync(join(distDir, 'sw.js'), 'utf8');
    expect(worker).not.toMatch(/importScripts\s*\(/);
    expect(worker).not.toMatch(/storage\.googleapis|cdn\.|unpkg|jsdelivr/);
    expect(headers['Content-Security-Policy']).toContain("require-trusted-types-for 'script'");
  });

  it('tells on /giang-vien/ how big the copy is, from the worker’s own list', () => {
    const bytes = urls.reduce((sum, u) => sum + statSync(join(distDir, u)).size, 0);
    const control = loadPage(CONTROL).querySelector('[data-offline-control]')!;
    expect(control.getAttribute('data-offline-files')).toBe(String(urls.length));
    expect(control.querySelector('[data-offline-count]')?.textContent).toBe(String(urls.length));
    expect(control.querySelector('[data-offline-size]')?.textContent).toBe(sizeText(bytes));
    expect(control.textContent).toMatch(/Bản lưu gồm \d+ tệp, khoảng [\d,]+ MB\./);
    expect(control.textContent).toContain('Xóa bản lưu');
  });

  it('is loaded by the control’s page only: no other page carries code that registers a worker', () => {
    const registering = allPages().filter((path) =>
      measurePage(distDir, path)
        .files.filter((f) => f.endsWith('.js'))
        .some((f) => readFileSync(join(distDir, f), 'utf8').includes('serviceWorker')),
    );
    expect(registering).toEqual([CONTROL]);
  });
});

describe('without opting in', () => {
  it('no page registers a worker, and a page left idle fetches nothing', async () => {
    const { page } = await site.open();
    for (const path of ['/', DIRECTIVE_PATH, '/bai-hoc/muc-1-quan-triet-trien-khai/', CONTROL, '/giang-vien/soan-bai/', '/tim-kiem/?q=d%C3%A2n%20ch%E1%BB%A7']) {
      await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
      const before = site.server.requests.length;
      await page.waitForTimeout(1500);
      expect(site.server.requests.slice(before).map((r) => r.path), path).toEqual([]);
      expect(await registrations(page), path).toBe(0);
    }
    expect((await cacheNames(page)).filter(isOfflineCache)).toEqual([]);
    // The control is there, untouched: it offers to save and reports nothing yet.
    await page.goto(site.server.url + CONTROL);
    expect(await page.getByRole('button', { name: 'Lưu để dùng khi không có mạng' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Xóa bản lưu' }).isVisible()).toBe(false);
    expect(await status(page).textContent()).toBe('');
  });

  it('without JavaScript the control says it needs JavaScript and offers no button', async () => {
    const { page } = await site.open({ javaScriptEnabled: false });
    await page.goto(site.server.url + CONTROL);
    expect(await page.locator('[data-offline-nojs]').isVisible()).toBe(true);
    expect(await page.locator('[data-offline-nojs]').textContent()).toContain('cần JavaScript');
    expect(await page.getByRole('button', { name: 'Lưu để dùng khi không có mạng' }).count()).toBe(0);
  });
});

describe('saved, then offline', () => {
  let watched: WatchedPage;
  let page: Page;
  let saved: number;
  beforeAll(async () => {
    watched = await site.open({ keep: true });
    page = watched.page;
    await watchCsp(page);
  });

  it('«Lưu để dùng khi không có mạng» registers the worker under the CSP and saves every file', async () => {
    saved = await saveCopy(watched, site.server.url);
    expect(saved).toBe(manifestUrls(distDir).length);
    expect(await registrations(page)).toBe(1);
    expect(await cspViolations(page)).toEqual([]);
    // The policy the CSP allows exists now, once; no other can be made, and HTML sinks still refuse strings.
    const refused = await page.evaluate(() => {
      const tt = (window as unknown as { trustedTypes: { createPolicy(n: string, r: object): unknown } }).trustedTypes;
      const throws = (f: () => unknown) => {
        try {
          f();
          return false;
        } catch {
          return true;
        }
      };
      return [throws(() => tt.createPolicy('qcdc-offline', {})), throws(() => tt.createPolicy('other', {})), throws(() => document.body.insertAdjacentHTML('beforeend', '<b>x</b>'))];
    });
    expect(refused).toEqual([true, true, true]);
    watched.consoleErrors.splice(0); // the refusals above are reported as console errors, on purpose
  });

  it('says so when the page is opened again, and offers «Xóa bản lưu»', async () => {
    await page.goto(site.server.url + CONTROL);
    await expect.poll(() => status(page).textContent()).toBe(`Học liệu đã được lưu trên máy này (${saved} tệp), dùng được khi không có mạng.`);
    expect(await page.getByRole('button', { name: 'Xóa bản lưu' }).isVisible()).toBe(true);
  });

  it('with the network off, reads, searches, builds and prints, and nothing reaches the server', async () => {
    const before = site.server.requests.length;
    await watched.context.setOffline(true);
    try {
      const open = async (path: string) => {
        const response = await page.goto(site.server.url + path);
        expect(response?.fromServiceWorker(), path).toBe(true);
        return (await page.locator('h1').first().textContent())?.trim() ?? '';
      };
      expect(await open(DIRECTIVE_PATH)).toContain('111-CV/TU');
      expect(await page.locator('#muc-1').count()).toBe(1);
      expect(await open('/bai-hoc/muc-1-quan-triet-trien-khai/')).not.toBe('');
      expect(await page.locator('[data-quiz-item]').count()).toBeGreaterThan(0);
      expect(await open('/van-ban/')).toContain('văn bản');
      expect(await page.locator('main a[href^="/van-ban/"]').count()).toBeGreaterThan(5);
      expect(await open('/thuat-ngu/quy-che-dan-chu-o-co-so/')).not.toBe('');

      const search = async (query: string) => {
        await open(`/tim-kiem/?q=${encodeURIComponent(query)}`);
        await page.locator('#search-results[data-state="done"]').waitFor({ state: 'attached', timeout: 20_000 });
        return page.$$eval('#search-results > li', (items) => items.map((li) => li.querySelector('a')?.getAttribute('href') ?? ''));
      };
      expect((await search('dan chu')).length).toBeGreaterThan(0);
      expect((await search('120-KL/TW'))[0]).toBe('/van-ban/120-kl-tw-2016/');

      await open('/giang-vien/soan-bai/');
      await page.locator('#builder').waitFor({ state: 'visible' });
      await page.getByRole('button', { name: /^Thêm «/ }).first().click();
      await expect.poll(() => page.locator('#agenda > li').count()).toBeGreaterThan(0);

      await open(CONTROL);
      const printHref = (await page.getByRole('link', { name: 'Xem giáo án' }).first().getAttribute('href'))!;
      expect(printHref).toMatch(/^\/giang-vien\/in\/\?ban=giao-an#/);
      await open(printHref);
      await page.locator('#print-view > *').first().waitFor();
      expect((await page.locator('#print-view').innerText()).length).toBeGreaterThan(200);

      expect(await open('/khong-co-trang-nay/')).toBe('Không tìm thấy trang');
      expect(await page.title()).toContain('Không tìm thấy trang');
    } finally {
      await watched.context.setOffline(false);
    }
    // The one request that passes the worker is the browser's own check for a newer sw.js on navigation, which fails offline unseen.
    expect(site.server.requests.slice(before).map((r) => r.path).filter((p) => p !== '/sw.js')).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('«Xóa bản lưu» unregisters the worker and deletes its caches', async () => {
    await page.goto(site.server.url + CONTROL);
    const remove = page.getByRole('button', { name: 'Xóa bản lưu' });
    await remove.waitFor({ state: 'visible' });
    expect((await cacheNames(page)).filter(isOfflineCache).length).toBeGreaterThan(0);
    await remove.click();
    await expect.poll(() => status(page).textContent()).toBe('Đã xóa bản lưu: máy này không còn giữ học liệu để dùng khi không có mạng.');
    expect(await registrations(page)).toBe(0);
    expect((await cacheNames(page)).filter(isOfflineCache)).toEqual([]);
    expect(await page.getByRole('button', { name: 'Lưu để dùng khi không có mạng' }).isVisible()).toBe(true);
    // Gone for good: after a reload nothing is registered and offline the site is not there.
    await page.goto(site.server.url + CONTROL);
    expect(await registrations(page)).toBe(0);
    await watched.context.setOffline(true);
    try {
      await expect(page.goto(site.server.url + DIRECTIVE_PATH)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    } finally {
      await watched.context.setOffline(false);
    }
  });
});

describe('when saving fails', () => {
  const failed = (page: Page) => expect.poll(() => status(page).textContent(), { timeout: 60_000 });

  it('the worker cannot be fetched: says so in Vietnamese beside the button, logs it, and lets the reader try again', async () => {
    const watched = await site.open({ allowErrors: true });
    const { page } = watched;
    await watched.context.route('**/sw.js', (route) => route.abort('internetdisconnected'));
    await page.goto(site.server.url + CONTROL);
    await page.getByRole('button', { name: 'Lưu để dùng khi không có mạng' }).click();
    await failed(page).toBe('Không lưu được học liệu: không tải được tệp từ trang (có thể máy đang mất mạng). Kiểm tra kết nối mạng rồi thử lại.');
    expect(await status(page).getAttribute('class')).toContain('field-message--error');
    expect(watched.consoleErrors.some((e) => e.startsWith('Không lưu được học liệu:'))).toBe(true);
    expect(await page.getByRole('button', { name: 'Lưu để dùng khi không có mạng' }).isEnabled()).toBe(true);
    expect(await registrations(page)).toBe(0);
  });

  it('a file of the copy cannot be fetched: the copy is dropped whole, and the control says so', async () => {
    const watched = await site.open({ allowErrors: true });
    const { page } = watched;
    await watched.context.route('**/du-lieu/hoc-phan.json*', (route) => route.fulfill({ status: 500, body: '' }));
    await page.goto(site.server.url + CONTROL);
    await page.getByRole('button', { name: 'Lưu để dùng khi không có mạng' }).click();
    await failed(page).toBe('Không lưu được học liệu: có tệp không tải được nên bản lưu bị hủy. Kiểm tra kết nối mạng rồi thử lại.');
    expect(watched.consoleErrors.some((e) => e.startsWith('Không lưu được học liệu:'))).toBe(true);
    await expect.poll(() => registrations(page)).toBe(0);
    // The files saved before the failure are not left behind.
    await expect.poll(async () => (await cacheNames(page)).filter(isOfflineCache)).toEqual([]);
  });
});

describe('a rebuilt site', () => {
  it('gets a new worker, which saves the new copy; the control says a newer copy was saved', async () => {
    const origin = site.servers[1]!.url;
    const watched = await site.open({}, origin);
    const { page } = watched;
    const saved = await saveCopy(watched, origin);

    // A rebuild: a page changes, and the worker is written again with its new revision.
    const changed = join(rebuilt, 'thay-doi', 'index.html');
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('</h1>', '</h1><p id="ban-moi">Bản dựng mới.</p>'));
    const copy = await writeOfflineCopy(rebuilt);
    expect(copy.files).toBe(saved);
    expect(readFileSync(join(rebuilt, CONTROL_PAGE), 'utf8')).toContain(`data-offline-files="${saved}"`);

    // The next visit finds the new worker (the browser checks sw.js on each navigation); it saves the changed files.
    await page.goto(origin + CONTROL);
    await expect.poll(() => status(page).textContent(), { timeout: 60_000 }).toMatch(/^Đã lưu bản mới hơn của học liệu: \d+ tệp/);
    // Reported once: the next visit says the copy is there.
    await page.goto(origin + CONTROL);
    await expect.poll(() => status(page).textContent()).toBe(`Học liệu đã được lưu trên máy này (${saved} tệp), dùng được khi không có mạng.`);

    await watched.context.setOffline(true);
    try {
      await page.goto(`${origin}/thay-doi/`);
      expect(await page.locator('#ban-moi').textContent()).toBe('Bản dựng mới.');
    } finally {
      await watched.context.setOffline(false);
    }
  });
});
