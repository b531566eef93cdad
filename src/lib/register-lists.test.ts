import { describe, expect, it } from 'vitest';
import { pageKind } from './page-kinds';
import { seededRandom } from './random';
import { buildLists, LIST_FIELDS, pageCount, pageLinks, pagePath, paginate, PAGE_SIZE, selectedFields, selectionKey, selectionPath, without, type ListItem, type Selection } from './register-lists';

const item = (loai: string, org: string, status: string, year: string | null): ListItem => ({ values: { loai, 'noi-ban-hanh': org, 'hieu-luc': status, nam: year } });

describe('list addresses', () => {
  it('keeps the addresses of one field and puts several under /van-ban/loc/ in a fixed order', () => {
    expect(selectionPath({})).toBe('/van-ban/');
    expect(selectionPath({ nam: '2015' })).toBe('/van-ban/nam/2015/');
    expect(selectionPath({ loai: 'quyet-dinh' })).toBe('/van-ban/loai/quyet-dinh/');
    expect(selectionPath({ nam: '2015', loai: 'quyet-dinh', 'noi-ban-hanh': 'ban-thuong-vu-thanh-uy-hai-phong' })).toBe('/van-ban/loc/loai-quyet-dinh/noi-ban-hanh-ban-thuong-vu-thanh-uy-hai-phong/nam-2015/');
    expect(selectionKey({ 'hieu-luc': 'het-hieu-luc', loai: 'chi-thi' })).toBe(selectionKey({ loai: 'chi-thi', 'hieu-luc': 'het-hieu-luc' }));
  });

  it('pages a list by 100 at query-free addresses, all of them register pages', () => {
    const pages = paginate(Array.from({ length: 250 }, (_, i) => i), '/van-ban/nam/2015/');
    expect(pages.map((p) => [p.path, p.rows.length])).toEqual([['/van-ban/nam/2015/', 100], ['/van-ban/nam/2015/trang-2/', 100], ['/van-ban/nam/2015/trang-3/', 50]]);
    expect(paginate([], '/van-ban/theo-so/')).toHaveLength(1);
    for (const path of ['/van-ban/nam/2015/trang-2/', '/van-ban/loc/loai-chi-thi/nam-2010/', '/van-ban/theo-so/', '/van-ban/theo-so/trang-3/', '/van-ban/loai/chi-thi/theo-so/']) {
      expect(pageKind(path), path).toBe('register');
    }
    expect(pageKind('/van-ban/111-cv-tu-2016/')).toBe('directive');
    expect(pageKind('/van-ban/120-kl-tw-2016/')).toBe('document');
  });

  it('links the first, the last and the pages near the current one, the current one marked', () => {
    const links = pageLinks('/van-ban/theo-so/', 6, 20);
    expect(links.map((l) => (l ? `${l.page}${l.current ? '*' : ''}` : '…'))).toEqual(['1', '…', '4', '5', '6*', '7', '8', '…', '20']);
    expect(links[0]!.path).toBe('/van-ban/theo-so/');
    expect(links.at(-1)!.path).toBe(pagePath('/van-ban/theo-so/', 20));
    expect(pageLinks('/x/', 1, 1).map((l) => l?.page)).toEqual([1]);
  });
});

describe('which lists exist', () => {
  const items = [
    item('quyet-dinh', 'btv', 'chua-ro', '2015'),
    item('quyet-dinh', 'btv', 'chua-ro', '2015'),
    item('quyet-dinh', 'bct', 'chua-ro', '2013'),
    item('chi-thi', 'btv', 'het-hieu-luc', '2010'),
    item('chi-thi', 'bct', 'chua-ro', null),
  ];
  const { lists, find } = buildLists(items);
  const count = (sel: Parameters<typeof selectionKey>[0]) => lists.get(selectionKey(sel))?.items.length;

  it('has every value of one field, and a combination only where it narrows every list it is made from', () => {
    expect(count({ loai: 'quyet-dinh' })).toBe(3);
    expect(count({ nam: '2015' })).toBe(2);
    expect(count({ loai: 'quyet-dinh', 'noi-ban-hanh': 'btv' })).toBe(2);
    // Every «Quyết định» is «chưa rõ»: narrowing by it would change nothing, so there is no such list.
    expect(count({ loai: 'quyet-dinh', 'hieu-luc': 'chua-ro' })).toBeUndefined();
    // Both «Quyết định» of «btv» are of 2015, and all of 2015 are «Quyết định».
    expect(count({ loai: 'quyet-dinh', 'noi-ban-hanh': 'btv', nam: '2015' })).toBeUndefined();
    expect(count({ loai: 'chi-thi', nam: '2010' })).toBeUndefined();
    expect(count({ 'noi-ban-hanh': 'btv', 'hieu-luc': 'chua-ro' })).toBe(2);
    // No list of a combination that holds nothing, and a document without a date is on no year list.
    expect(count({ loai: 'chi-thi', nam: '2015' })).toBeUndefined();
    expect([...lists.values()].filter((l) => l.selection.nam === undefined && l.items.includes(4)).length).toBeGreaterThan(0);
    expect([...lists.values()].some((l) => l.selection.nam !== undefined && l.items.includes(4))).toBe(false);
  });

  it('finds, for a selection that narrows nothing more, the list with the same documents', () => {
    expect(find({ loai: 'quyet-dinh', 'hieu-luc': 'chua-ro' })!.key).toBe(selectionKey({ loai: 'quyet-dinh' }));
    expect(find({ loai: 'quyet-dinh', 'noi-ban-hanh': 'btv', nam: '2015' })!.items).toEqual([0, 1]);
    expect(find({ loai: 'chi-thi', nam: '2015' })).toBeUndefined();
    expect(find({})).toBeUndefined();
  });

  it('keeps the order given and leads from every list, by removing any one value, to a list with the documents of the values left', () => {
    expect(lists.get(selectionKey({ loai: 'quyet-dinh' }))!.items).toEqual([0, 1, 2]);
    const matching = (sel: Selection) => items.flatMap((it, i) => (selectedFields(sel).every((f) => it.values[f] === sel[f]) ? [i] : []));
    for (const list of lists.values()) {
      expect(list.items, list.key).toEqual(matching(list.selection));
      const fields = selectedFields(list.selection);
      if (fields.length < 2) continue;
      for (const f of fields) {
        const rest = without(list.selection, f);
        const target = find(rest)!;
        expect(lists.get(target.key), `${list.key} − ${f}`).toBe(target);
        expect(target.items, `${list.key} − ${f}`).toEqual(matching(rest));
      }
    }
  });
});

describe('lists of three fields or more', () => {
  const items = [item('qd', 'btv', 'x', '2015'), item('qd', 'btv', 'y', '2015'), item('qd', 'bct', 'x', '2015'), item('ct', 'btv', 'x', '2015'), item('qd', 'btv', 'x', '2014')];
  const three = { loai: 'qd', 'noi-ban-hanh': 'btv', nam: '2015' };

  it('are cut only from lists longer than a page', () => {
    // Each list it is made from holds 3 items: one page of 100, so no third cut…
    expect(buildLists(items).find(three)).toBeUndefined();
    expect(buildLists(items).find({ loai: 'qd', nam: '2015' })!.items).toEqual([0, 1, 2]);
    // …but with pages of 2, the same selection is a list of its own.
    expect(buildLists(items, 2).find(three)!.key).toBe(selectionKey(three));
    expect(buildLists(items, 2).find(three)!.items).toEqual([0, 1]);
  });
});

describe('at 10,000 documents', () => {
  // Spread like scripts/generate-corpus.ts: 7 types, 12 issuers, 25 years, one document in 25 of unknown status.
  const rand = seededRandom(13);
  const N = 10_000;
  const items = Array.from({ length: N }, (_, i) =>
    item(`loai-${Math.floor(rand() * 7)}`, `co-quan-${i % 12}`, i % 25 ? 'con-hieu-luc' : 'chua-ro', String(2000 + Math.floor(rand() * 25))),
  );
  const { lists } = buildLists(items);
  // As src/content/page-data.ts builds them: every list by date, and the whole register by number (/van-ban/theo-so/).
  const paged = [...lists.values()].map((l) => l.items);
  paged.push(items.map((_, i) => i));
  const pages = paged.flatMap((rows) => paginate(rows, '/x/'));

  it('builds a number of list pages linear in the documents, none longer than 100 rows', () => {
    expect(pages.every((p) => p.rows.length <= PAGE_SIZE && p.rows.length > 0)).toBe(true);
    // Measured: about 17 pages per 100 documents (at 2,000: about 40, as the lists of two fields fill in).
    expect(pages.length).toBeLessThanOrEqual((20 * N) / 100);
    expect(pages.length).toBe(paged.reduce((n, rows) => n + pageCount(rows.length), 0));
  });

  it('puts each document on a bounded number of lists', () => {
    const appearances = new Array<number>(N).fill(0);
    for (const rows of paged) for (const i of rows) appearances[i]!++;
    // At most every non-empty subset of its 4 fields (15), plus the whole register in number order.
    expect(Math.max(...appearances)).toBeLessThanOrEqual(2 ** LIST_FIELDS.length);
  });
});
