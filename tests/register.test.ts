/**
 * The register (/van-ban/ and its lists: by year, by field, by several
 * fields, in number order) in the built HTML and in Chromium: a «Trích yếu»
 * column that never passes a subject off as a title; on a desktop the table
 * fits without scrolling, on a phone each row is a card with nothing cut;
 * newest 50 and the year index on /van-ban/; filters that combine, paging
 * and number order as static pages that work with JavaScript off.
 */
import { join } from 'node:path';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../scripts/generate-corpus';
import { BUDGETS, measurePage } from '../scripts/lib/page-weight';
import { sortByNumber } from '../src/lib/number-order';
import { pageKind } from '../src/lib/page-kinds';
import { documentSlug } from '../src/lib/slug';
import { useBrowser } from './support/browser';
import { fixtureBuilds } from './support/build';
import { startServer, type RunningServer } from './support/server';
import { runAxe } from './gates/lib/axe';
import { allPages, hasPage, loadPage, readPage } from './support/dist';
import type { DocumentFacts } from '../src/lib/documents';

/** A document as /du-lieu/van-ban.json gives it: its facts, and what the register shows beside them. */
interface DocJson extends DocumentFacts {
  status: string;
  relations: { document: string; statedBy: string }[];
  subject?: string;
  probableTitle?: { text: string };
}
const documents = (JSON.parse(readPage('/du-lieu/van-ban.json')) as { documents: DocJson[] }).documents;
const byUrl = new Map(documents.map((d) => [d.url, d]));
const FACET_PAGES = allPages().filter((p) => /^\/van-ban\/(loai|noi-ban-hanh|hieu-luc)\/[^/]+\/$/.test(p));
/** Every page of the register: /van-ban/ and all its lists. */
const PAGES = allPages().filter((p) => pageKind(p) === 'register');
const COLUMNS = ['Số, ký hiệu', 'Loại', 'Ngày ban hành', 'Trích yếu', 'Cơ quan ban hành', 'Hiệu lực'];
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

const site = useBrowser();
const desktop = { viewport: { width: 1280, height: 900 } };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe('the «Trích yếu» column (built HTML)', () => {
  it('covers the register and every facet page', () => {
    expect(FACET_PAGES.some((p) => p.startsWith('/van-ban/loai/'))).toBe(true);
    expect(FACET_PAGES.some((p) => p.startsWith('/van-ban/noi-ban-hanh/'))).toBe(true);
    expect(FACET_PAGES.some((p) => p.startsWith('/van-ban/hieu-luc/'))).toBe(true);
  });

  it('shows the official title, or the subject or probable title under a label saying there is no official one', () => {
    let labelled = 0;
    for (const path of PAGES) {
      const page = loadPage(path);
      expect([...page.querySelectorAll('table.register thead th')].map((th) => squash(th.textContent)), path).toEqual(COLUMNS);
      for (const row of page.querySelectorAll('table.register tbody tr')) {
        const doc = byUrl.get(row.querySelector('th[scope="row"] a')!.getAttribute('href')!)!;
        expect(doc, path).toBeDefined();
        const cell = row.querySelector('td.register__title')!;
        expect(cell.getAttribute('data-label')).toBe('Trích yếu');
        if (doc.title) {
          expect(squash(cell.textContent), doc.number).toBe(squash(doc.title));
          expect(cell.querySelector('.register__no-title'), doc.number).toBeNull();
          continue;
        }
        const shown = doc.subject ?? doc.probableTitle?.text;
        const label = squash(cell.querySelector('.register__no-title')?.textContent);
        if (!shown) {
          expect(squash(cell.textContent), doc.number).toBe('chưa có thông tin');
          continue;
        }
        expect(label, doc.number).toBe(doc.subject ? 'Chưa có trích yếu chính thức; nội dung:' : 'Chưa có trích yếu chính thức; có thể là:');
        expect(squash(cell.querySelector('i')?.textContent), doc.number).toBe(squash(shown));
        labelled++;
      }
    }
    // 29-CT/TU (a subject), 1737-QĐ/TU and 1738-QĐ/TU (probable titles) have no official title in the content.
    expect(labelled).toBeGreaterThanOrEqual(3);
  });
});

describe('the register in Chromium', () => {
  it('fits a 1280 px screen with every column, without scrolling sideways', async () => {
    const { page, context } = await site.open(desktop);
    for (const path of PAGES) {
      await page.goto(site.server.url + path);
      const m = await page.evaluate(() => {
        const table = document.querySelector('table.register')!;
        const main = document.querySelector('main')!;
        return {
          doc: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          table: table.getBoundingClientRect().right - main.getBoundingClientRect().right,
          headersShown: [...table.querySelectorAll('thead th')].every((th) => th.getBoundingClientRect().width > 0),
          // On a desktop each row stays one row of cells side by side.
          sideBySide: [...table.querySelectorAll('tbody tr')].every((tr) => new Set([...tr.children].map((c) => Math.round(c.getBoundingClientRect().top))).size === 1),
        };
      });
      expect(m.doc, path).toBeLessThanOrEqual(0);
      expect(m.table, path).toBeLessThanOrEqual(0);
      expect(m.headersShown, path).toBe(true);
      expect(m.sideBySide, path).toBe(true);
    }
    await context.close();
  });

  it('makes each document a card on a 390 px phone: number, type, date, title and status whole, inside the screen', async () => {
    const { page, context } = await site.open(phone);
    for (const path of PAGES) {
      await page.goto(site.server.url + path);
      const cards = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        return {
          overflow: document.documentElement.scrollWidth - width,
          width,
          rows: [...document.querySelectorAll('table.register tbody tr')].map((tr) => {
            const box = (el: Element | null) => {
              if (!el) return null;
              const r = el.getBoundingClientRect();
              return { left: r.left, right: r.right, width: r.width, height: r.height, cut: el.scrollWidth > el.clientWidth };
            };
            const cells = [...tr.children];
            return {
              stacked: cells.every((c, i) => i === 0 || c.getBoundingClientRect().top >= cells[i - 1]!.getBoundingClientRect().bottom - 1),
              labels: cells.map((c) => getComputedStyle(c, '::before').content),
              number: box(cells[0]!),
              type: box(cells[1]!),
              date: box(cells[2]!),
              dateText: box(cells[2]!.querySelector('time, .unknown')),
              dateLines: (() => {
                const t = cells[2]!.querySelector('time');
                return t ? t.getClientRects().length : 1;
              })(),
              title: box(cells[3]!),
              status: box(cells[5]!),
            };
          }),
        };
      });
      expect(cards.overflow, path).toBeLessThanOrEqual(0);
      expect(cards.rows.length, path).toBeGreaterThan(0);
      for (const [i, row] of cards.rows.entries()) {
        const where = `${path} row ${i + 1}`;
        expect(row.stacked, where).toBe(true);
        expect(row.labels, where).toEqual(['Số, ký hiệu', 'Loại', 'Ngày ban hành', 'Trích yếu', 'Cơ quan ban hành', 'Hiệu lực'].map((l) => `"${l}"`));
        for (const key of ['number', 'type', 'date', 'title', 'status', 'dateText'] as const) {
          const b = row[key]!;
          expect(b.width * b.height, `${where} ${key} shown`).toBeGreaterThan(0);
          expect(b.left, `${where} ${key}`).toBeGreaterThanOrEqual(0);
          expect(b.right, `${where} ${key}`).toBeLessThanOrEqual(cards.width);
          expect(b.cut, `${where} ${key} cut`).toBe(false);
        }
        expect(row.dateLines, `${where}: the date on one line`).toBe(1);
        // An inline <time> has no scroll box of its own: it must sit inside its cell, whose own box is checked above.
        expect(row.dateText!.left, `${where}: the date inside its cell`).toBeGreaterThanOrEqual(row.date!.left);
        expect(row.dateText!.right, `${where}: the date inside its cell`).toBeLessThanOrEqual(row.date!.right);
      }
    }
    await context.close();
  });

  it('keeps the phone cards a table for assistive technology', async () => {
    const { page, context } = await site.open(phone);
    await page.goto(site.server.url + '/van-ban/');
    const cdp = await context.newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; ignored?: boolean }[] };
    const roles = (role: string) => nodes.filter((n) => !n.ignored && n.role?.value === role);
    expect(roles('table')).toHaveLength(1);
    expect(roles('columnheader').map((n) => n.name?.value)).toEqual(COLUMNS);
    const shown = Math.min(50, documents.length);
    expect(roles('row').length).toBe(shown + 1);
    expect(roles('rowheader').length).toBe(shown);
    expect(roles('cell').length).toBe(shown * 5);
    await context.close();
  });

  it('has no axe violation on a phone, where the gate (tests/gates/browser.test.ts) looks at a desktop', async () => {
    const { page, context } = await site.open(phone);
    for (const path of PAGES) {
      await page.goto(site.server.url + path);
      const violations = await runAxe(page);
      expect(violations.map((v) => `${v.rule}: ${v.help} — ${v.targets.join(' | ')}`), path).toEqual([]);
    }
    await context.close();
  });
});

// ——— The lists: newest 50, years, filters, order, paging ———

const rowsOf = (page: Document) => [...page.querySelectorAll('table.register tbody th[scope="row"] a')].map((a) => a.getAttribute('href')!);
/** The register's own order: newest first, then by slug (src/content/store.ts). */
const newestFirst = (docs: readonly DocJson[]) => [...docs].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.slug.localeCompare(b.slug));
const countIn = (text: string | null | undefined) => Number(/\((?:cả )?(\d+)/.exec(text ?? '')?.[1]);
const ledeCount = (page: Document) => Number(/^(\d+) văn bản/.exec(squash(page.querySelector('.lede')?.textContent))?.[1]);
const years = [...new Set(documents.flatMap((d) => (d.date ? [d.date.slice(0, 4)] : [])))].sort().reverse();

describe('/van-ban/ (built HTML)', () => {
  const page = loadPage('/van-ban/');

  it('shows the newest 50 documents, newest first', () => {
    expect(rowsOf(page)).toEqual(newestFirst(documents).slice(0, 50).map((d) => d.url));
  });

  it('indexes every year with its count, each linked to its page', () => {
    const items = [...page.querySelectorAll('ul.register-years li')];
    expect(items.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual(years.map((y) => `/van-ban/nam/${y}/`));
    expect(items.map((li) => countIn(li.textContent))).toEqual(years.map((y) => documents.filter((d) => d.date?.startsWith(y)).length));
  });

  it('counts the documents of each type, issuer and status, and links the register in number order', () => {
    const filters = [...page.querySelectorAll('nav.filters a')].map((a) => ({ text: squash(a.textContent), href: a.getAttribute('href')! }));
    for (const type of new Set(documents.map((d) => d.type))) {
      expect(filters.find((f) => f.text.startsWith(`${type} (`)), type).toMatchObject({ text: `${type} (${documents.filter((d) => d.type === type).length})` });
    }
    for (const issuer of new Set(documents.map((d) => d.issuer))) {
      expect(filters.find((f) => f.text.startsWith(`${issuer} (`))?.text, issuer).toBe(`${issuer} (${documents.filter((d) => d.issuer === issuer).length})`);
    }
    expect(filters.filter((f) => f.href.startsWith('/van-ban/hieu-luc/')).reduce((n, f) => n + countIn(f.text), 0)).toBe(documents.length);
    expect(page.querySelector('a[href="/van-ban/theo-so/"]')).not.toBeNull();
  });

  it('has a timeline of the directive and the documents it names only, not of the whole register', () => {
    const directive = documents.find((d) => d.slug === '111-cv-tu-2016')!;
    const named = new Set([directive.slug, ...directive.relations.filter((r) => r.statedBy === directive.slug).map((r) => r.document)]);
    const shown = new Set([...page.querySelectorAll('ol.timeline li')].map((li) => li.getAttribute('data-document')!));
    expect(shown.size).toBeGreaterThan(1);
    expect([...shown].filter((slug) => !named.has(slug))).toEqual([]);
  });
});

describe('the lists (built HTML)', () => {
  it('has a page for every year, with exactly its documents, newest first', () => {
    for (const year of years) {
      const page = loadPage(`/van-ban/nam/${year}/`);
      const expected = newestFirst(documents.filter((d) => d.date?.startsWith(year)));
      expect(rowsOf(page), year).toEqual(expected.slice(0, 100).map((d) => d.url));
      expect(ledeCount(page), year).toBe(expected.length);
      expect(squash(page.querySelector('h1')?.textContent)).toBe(`Văn bản năm ${year}`);
    }
  });

  it('keeps every page to at most 100 rows, out of the search index, with addresses free of query strings', () => {
    expect(PAGES.length).toBeGreaterThan(years.length + FACET_PAGES.length);
    for (const path of PAGES) {
      const html = readPage(path);
      const page = loadPage(path);
      expect(rowsOf(page).length, path).toBeLessThanOrEqual(100);
      expect(html, path).not.toContain('data-pagefind-body');
      const links = [...page.querySelectorAll('main a[href^="/van-ban/"]')].map((a) => a.getAttribute('href')!);
      expect(links.filter((href) => href.includes('?')), path).toEqual([]);
    }
  });

  it('offers only filters that lead to a list holding the count they show, and shows the selection with a way to remove each value', () => {
    let combined = 0;
    for (const path of PAGES) {
      const page = loadPage(path);
      for (const a of page.querySelectorAll('nav.filters a')) {
        const href = a.getAttribute('href')!;
        expect(hasPage(href), `${path} → ${href}`).toBe(true);
        if (href === '/van-ban/') continue;
        expect(ledeCount(loadPage(href)), `${path} → ${href}`).toBe(countIn(a.textContent));
      }
      if (!path.startsWith('/van-ban/loc/')) continue;
      combined++;
      // A list of several fields says what it is narrowed to, and each value can be removed alone.
      const selected = squash(page.querySelector('.register-selection p')?.textContent);
      const removes = [...page.querySelectorAll('.register-selection li a')].filter((a) => squash(a.textContent).startsWith('Bỏ lọc «'));
      expect(selected, path).toMatch(/^Đang lọc: .+ · .+/);
      expect(removes.length, path).toBe(selected.split(' · ').length);
      for (const a of removes) {
        const label = /«(.+)»/.exec(squash(a.textContent))![1]!;
        const target = loadPage(a.getAttribute('href')!);
        expect(squash(target.querySelector('.register-selection p')?.textContent), `${path}: bỏ «${label}»`).not.toContain(label);
        expect(ledeCount(target)).toBeGreaterThan(ledeCount(page));
      }
      // Each row matches every value selected.
      const docs = rowsOf(page).map((href) => byUrl.get(href)!);
      for (const field of path.split('/').slice(3, -1)) {
        const year = /^nam-(\d{4})$/.exec(field)?.[1];
        if (year) expect(docs.every((d) => d.date?.startsWith(year)), path).toBe(true);
      }
    }
    expect(combined).toBeGreaterThan(0);
  });

  it('lists the whole register in number order at /van-ban/theo-so/, natural by serial, and each order links the other', () => {
    const sorted = sortByNumber(documents).map((d) => d.url);
    const page = loadPage('/van-ban/theo-so/');
    expect(rowsOf(page)).toEqual(sorted.slice(0, 100));
    expect(page.querySelector('.register-order a')?.getAttribute('href')).toBe('/van-ban/');
    const serials = rowsOf(page).map((href) => Number(/^\d+/.exec(byUrl.get(href)!.number)?.[0]));
    expect(serials).toEqual([...serials].sort((a, b) => a - b));
  });
});

describe('following the filters in Chromium with JavaScript off', () => {
  it('narrows by two fields by links alone, shows the selection, and removes each value', async () => {
    const { page, context } = await site.open({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    page.setDefaultTimeout(5000);
    await page.goto(site.server.url + '/van-ban/');
    // The first type whose page offers a second field leading to /van-ban/loc/.
    const types = await page.locator('nav.filters a[href^="/van-ban/loai/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    let reached = false;
    for (const href of types) {
      await page.goto(site.server.url + '/van-ban/');
      await page.locator(`nav.filters a[href="${href}"]`).click();
      await page.waitForURL(`**${href}`);
      const combo = page.locator('nav.filters a[href^="/van-ban/loc/"]').first();
      if (!(await combo.count())) continue;
      const shown = countIn(await combo.textContent());
      await combo.click();
      await page.waitForURL('**/van-ban/loc/**');
      expect(page.url()).not.toContain('?');
      expect(await page.locator('table.register tbody tr').count()).toBe(shown);
      const selection = squash(await page.locator('.register-selection p').textContent());
      expect(selection).toMatch(/^Đang lọc: .+ · .+$/);
      // (No sideways scrolling and no axe violation on a phone: checked on every register page above, with JavaScript on, which axe needs.)
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      // Remove the type: the list of the other value is left.
      const type = squash(await page.locator('h1').textContent()).replace(/^Văn bản: /, '').split(' · ')[0]!;
      await page.getByRole('link', { name: `Bỏ lọc «${type}»` }).click();
      await page.waitForLoadState();
      expect(squash(await page.locator('.register-selection p').textContent())).toBe(`Đang lọc: ${selection.replace(/^Đang lọc: /, '').split(' · ')[1]}`);
      reached = true;
      break;
    }
    expect(reached, 'some type page offers a second field').toBe(true);
    await context.close();
  });

  it('reaches the register in number order from /van-ban/ and back', async () => {
    const { page, context } = await site.open({ javaScriptEnabled: false });
    await page.goto(site.server.url + '/van-ban/');
    await page.locator('.lede a[href="/van-ban/theo-so/"]').click();
    await page.waitForURL('**/van-ban/theo-so/');
    expect(squash(await page.locator('h1').textContent())).toBe('Danh mục văn bản, theo số, ký hiệu');
    await page.locator('.register-order a').click();
    await page.waitForURL(/\/van-ban\/$/);
    await context.close();
  });
});

/**
 * Paging needs lists longer than 100: a build of the content with 150
 * generated documents (scripts/generate-corpus.ts), all dated 2015, so the
 * year 2015 and the register in number order run to two pages.
 */
describe('paging (a build with 150 more documents of 2015)', () => {
  const builds = fixtureBuilds('qcdc-register-');
  let dist = '';
  let server: RunningServer;
  const YEAR = '2015';

  beforeAll(async () => {
    const built = builds.build((content) => {
      const generated = generateCorpus(150, `${content}-generated`).dir;
      const dir = join(content, 'documents');
      for (const name of readdirSync(join(generated, 'documents')).filter((n) => n.startsWith('5'))) {
        writeFileSync(join(dir, name), readFileSync(join(generated, 'documents', name)));
      }
      const moved = new Map<string, string>();
      for (const name of readdirSync(dir).filter((n) => n.startsWith('5'))) {
        const text = readFileSync(join(dir, name), 'utf8').replace(/^date: "\d{4}-/m, `date: "${YEAR}-`);
        const number = JSON.parse(/^number: (".*")$/m.exec(text)![1]!) as string;
        const date = JSON.parse(/^date: (".*")$/m.exec(text)![1]!) as string;
        moved.set(name.replace(/\.md$/, ''), documentSlug(number, date));
        writeFileSync(join(dir, name), text);
      }
      // Slugs hold the year: rename the files and the relations that name them.
      for (const [from, to] of moved) {
        const file = join(dir, `${to}.md`);
        renameSync(join(dir, `${from}.md`), file);
      }
      for (const to of moved.values()) {
        const file = join(dir, `${to}.md`);
        writeFileSync(file, readFileSync(file, 'utf8').replace(/target: ([a-z0-9-]+) \}/g, (m, slug: string) => (moved.has(slug) ? `target: ${moved.get(slug)} }` : m)));
      }
    });
    expect(built.status, built.output.slice(-3000)).toBe(0);
    dist = built.dist;
    server = await startServer({ root: dist });
  }, 240_000);
  afterAll(async () => {
    await server?.close();
    builds.cleanup();
  });

  const load = (path: string) => parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8')).document as unknown as Document;

  it('cuts a year into pages of 100 with previous, next and page numbers, the current one marked', async () => {
    const first = load(`/van-ban/nam/${YEAR}/`);
    const total = ledeCount(first);
    expect(total).toBeGreaterThan(100);
    expect(rowsOf(first)).toHaveLength(100);
    const second = load(`/van-ban/nam/${YEAR}/trang-2/`);
    expect(rowsOf(second)).toHaveLength(total - 100);
    expect(new Set([...rowsOf(first), ...rowsOf(second)]).size).toBe(total);

    const { page, context } = await site.open({ javaScriptEnabled: false }, server.url);
    await page.goto(`${server.url}/van-ban/nam/${YEAR}/`);
    const pager = page.locator('nav.pager').first();
    expect(await pager.locator('a[aria-current="page"]').textContent()).toBe('1');
    await pager.getByRole('link', { name: 'Trang sau' }).click();
    await page.waitForURL(`**/van-ban/nam/${YEAR}/trang-2/`);
    expect(await page.locator('nav.pager').first().locator('a[aria-current="page"]').textContent()).toBe('2');
    expect(await page.locator('table.register tbody tr').count()).toBe(total - 100);
    expect(squash(await page.locator('.lede').textContent())).toContain(`Trang 2 trên 2: văn bản thứ 101–${total}.`);
    await page.locator('nav.pager').first().getByRole('link', { name: 'Trang trước' }).click();
    await page.waitForURL(new RegExp(`/van-ban/nam/${YEAR}/$`));
    await page.locator('nav.pager').first().getByRole('link', { name: '2', exact: true }).click();
    await page.waitForURL(`**/van-ban/nam/${YEAR}/trang-2/`);
    await context.close();
    // axe needs JavaScript: the paged pages on a phone, with it on.
    const phoneView = await site.open(phone, server.url);
    for (const path of [`/van-ban/nam/${YEAR}/trang-2/`, '/van-ban/theo-so/']) {
      await phoneView.page.goto(server.url + path);
      expect(await runAxe(phoneView.page), path).toEqual([]);
      expect(await phoneView.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
    }
    await phoneView.context.close();
  });

  it('pages the register in number order, and keeps every register page within 20 KB gzip', () => {
    const first = load('/van-ban/theo-so/');
    const second = load('/van-ban/theo-so/trang-2/');
    expect(rowsOf(first)).toHaveLength(100);
    const docs = (JSON.parse(readFileSync(join(dist, 'du-lieu', 'van-ban.json'), 'utf8')) as { documents: DocJson[] }).documents;
    expect([...rowsOf(first), ...rowsOf(second)]).toEqual(sortByNumber(docs).map((d) => d.url));
    const registerPages = readdirSync(join(dist, 'van-ban'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('index.html'))
      .map((f) => `/van-ban/${f.replace(/index\.html$/, '')}`)
      .filter((p) => pageKind(p) === 'register');
    expect(registerPages.length).toBeGreaterThan(20);
    expect(BUDGETS.register).toBe(20_000);
    const heaviest = Math.max(...registerPages.map((p) => measurePage(dist, p).total.gzip));
    expect(heaviest).toBeLessThanOrEqual(BUDGETS.register);
  });
});
