/**
 * The register (/van-ban/ and its facet pages) in Chromium: a «Trích yếu»
 * column that never passes a subject off as a title; on a desktop the table
 * fits without scrolling, on a phone each row is a card with nothing cut.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser';
import { runAxe } from './gates/lib/axe';
import { allPages, loadPage, readPage } from './support/dist';

interface DocJson {
  url: string;
  number: string;
  title: string | null;
  subject?: string;
  probableTitle?: { text: string };
}
const documents = (JSON.parse(readPage('/du-lieu/van-ban.json')) as { documents: DocJson[] }).documents;
const byUrl = new Map(documents.map((d) => [d.url, d]));
const FACET_PAGES = allPages().filter((p) => /^\/van-ban\/(loai|noi-ban-hanh|hieu-luc)\/[^/]+\/$/.test(p));
const PAGES = ['/van-ban/', ...FACET_PAGES];
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
    expect(roles('row').length).toBe(documents.length + 1);
    expect(roles('rowheader').length).toBe(documents.length);
    expect(roles('cell').length).toBe(documents.length * 5);
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
