/**
 * Abbreviations and names of today (content/abbreviations.yaml) on the built
 * site: each page they point to shows them under its title, and search in
 * Chromium puts «their page» first — the glossary term when the entry names
 * one, else its first body — however the reader writes them (case, đ or d).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SEARCH_QUERIES } from './fixtures/search-queries';
import { useBrowser, type WatchedPage } from './support/browser';
import { distDir, loadPage } from './support/dist';

interface Entry {
  kind: 'abbreviation' | 'current-name';
  abbreviation?: string;
  name?: string;
  term?: string;
  bodies?: string[];
}
const entries = parse(readFileSync(join(import.meta.dirname, '..', 'content', 'abbreviations.yaml'), 'utf8')) as Entry[];
const pagesOf = (e: Entry) => [...(e.term ? [`/thuat-ngu/${e.term}/`] : []), ...(e.bodies ?? []).map((b) => `/co-quan/${b}/`)];
const lines = (path: string) => [...loadPage(path).querySelectorAll('main h1 ~ p.other-names')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('the pages', () => {
  it('show each abbreviation as «Viết tắt: …» and each name of today as «Tên hiện nay: …» on every page it points to', () => {
    const pointing = entries.filter((e) => pagesOf(e).length > 0);
    expect(pointing.length).toBeGreaterThanOrEqual(9);
    for (const e of pointing) {
      for (const path of pagesOf(e)) {
        const shown = lines(path);
        if (e.kind === 'abbreviation') expect(shown.find((l) => l.startsWith('Viết tắt: ')), path).toContain(e.abbreviation);
        else expect(shown.find((l) => l.startsWith('Tên hiện nay: ')), path).toContain(e.name);
      }
    }
    expect(lines('/co-quan/hoi-dong-nhan-dan-va-uy-ban-nhan-dan-cac-cap/')).toEqual(['Viết tắt: HĐND, UBND']);
    expect(lines('/co-quan/uy-ban-kiem-tra-thanh-uy/')).toEqual(['Viết tắt: UBKT']);
    // A page no entry points to shows neither line.
    expect(lines('/co-quan/bao-hai-phong/')).toEqual([]);
  });
});

const site = useBrowser();
let watched: WatchedPage;

beforeAll(async () => {
  if (!existsSync(join(distDir, 'pagefind', 'pagefind.js'))) throw new Error(`${distDir} chưa có chỉ mục Pagefind: chạy "npm run build" trước.`);
  watched = await site.open({ keep: true });
});

async function firstResults(query: string): Promise<string[]> {
  await watched.page.goto(`${site.server.url}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await watched.page.locator('#search-results[data-state="done"]').waitFor({ state: 'attached', timeout: 20_000 });
  return watched.page.$$eval('#search-results > li', (items) => items.map((li) => li.querySelector('a')?.getAttribute('href') ?? ''));
}

describe('search', () => {
  const named = SEARCH_QUERIES.filter((q) => q.note === 'abbreviation' || q.note === 'name of today');

  it('has the abbreviation queries in the labelled set', () => {
    expect(named.map((q) => q.query)).toEqual(expect.arrayContaining(['UBKT', 'ubkt', 'ubnd', 'UBND', 'HĐND', 'hdnd', 'MTTQ', 'mttq', 'BCĐ QCDC', 'bcd qcdc', 'BTV']));
  });

  it.each(named.map((q) => [q.query, q.expected] as const))('«%s» puts %s first', async (query, expected) => {
    const results = await firstResults(query);
    expect(results[0], results.slice(0, 3).join(' | ')).toBe(expected);
  });

  it('puts every page an abbreviation names before the rest, in the file’s order', async () => {
    const results = await firstResults('bcđ qcdc');
    expect(results.slice(0, 3)).toEqual(['/thuat-ngu/ban-chi-dao-qcdc/', '/co-quan/ban-chi-dao-qcdc-thanh-pho/', '/co-quan/ban-chi-dao-qcdc-trung-uong/']);
  });

  it('matches nothing for the names of Object’s own properties', async () => {
    for (const q of ['constructor', '__proto__']) expect(await firstResults(q)).toEqual([]);
  });

  it('ran without a console error or a request off the site', () => {
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.offOrigin).toEqual([]);
  });
});
