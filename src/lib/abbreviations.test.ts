import { describe, expect, it } from 'vitest';
import { duplicateNames, lookupEntries, lookupTable, nameKey, namedFirst, namesOf, pagesNamed, type NameEntry } from './abbreviations';

const entries: NameEntry[] = [
  { kind: 'abbreviation', text: 'BCĐ QCDC', term: 'ban-chi-dao-qcdc', bodies: ['bcd-tp'] },
  { kind: 'abbreviation', text: 'UBKT', bodies: ['ubkt'] },
  { kind: 'abbreviation', text: 'TW', bodies: [] },
  { kind: 'current-name', text: 'Ban Tuyên giáo và Dân vận Thành ủy', bodies: ['btg', 'bdv'] },
];
const table = lookupTable(JSON.parse(JSON.stringify(lookupEntries(entries, (s) => `/t/${s}/`, (s) => `/b/${s}/`))));

describe('abbreviations', () => {
  it('folds keys: đ, case, spacing and marks', () => {
    expect(nameKey('BCĐ  QCDC')).toBe('bcd qcdc');
    expect(nameKey('HĐND')).toBe(nameKey('hdnd'));
    expect(nameKey(' ubkt ')).toBe('ubkt');
  });

  it('finds the pages a whole query names, the term first', () => {
    for (const q of ['BCĐ QCDC', 'bcd qcdc', 'BCD QCDC', 'bcđ qcdc']) expect(pagesNamed(q, table)).toEqual(['/t/ban-chi-dao-qcdc/', '/b/bcd-tp/']);
    expect(pagesNamed('Ubkt', table)).toEqual(['/b/ubkt/']);
    expect(pagesNamed('ban tuyen giao va dan van thanh uy', table)).toEqual(['/b/btg/', '/b/bdv/']);
    // A part of a name, a name without a page, and the names of Object's own properties match nothing.
    for (const q of ['QCDC', 'ubkt thanh', 'TW', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(pagesNamed(q, table)).toEqual([]);
  });

  it('skips malformed table entries', () => {
    expect(lookupTable(null).size).toBe(0);
    expect([...lookupTable([{ key: 'a', urls: ['/x/'] }, { key: 1, urls: [] }, { key: 'b', urls: [2] }, null]).keys()]).toEqual(['a']);
  });

  it('moves the named pages to the front, keeping the rest in order', () => {
    const hits = [{ url: '/a/' }, { url: '/b/bdv/#x' }, { url: '/c/' }, { url: '/b/btg/' }];
    expect(namedFirst(hits, ['/b/btg/', '/b/bdv/']).map((h) => h.url)).toEqual(['/b/btg/', '/b/bdv/#x', '/a/', '/c/']);
    expect(namedFirst(hits, []).map((h) => h.url)).toEqual(hits.map((h) => h.url));
  });

  it('lists what a page shows', () => {
    expect(namesOf(entries, { term: 'ban-chi-dao-qcdc' })).toEqual({ abbreviations: ['BCĐ QCDC'], currentNames: [] });
    expect(namesOf(entries, { body: 'bdv' })).toEqual({ abbreviations: [], currentNames: ['Ban Tuyên giáo và Dân vận Thành ủy'] });
    expect(namesOf(entries, { body: 'none' })).toEqual({ abbreviations: [], currentNames: [] });
  });

  it('finds names given twice after folding', () => {
    expect(duplicateNames(['HĐND', 'UBND', 'hdnd', 'Hdnd'])).toEqual([
      { index: 2, first: 0 },
      { index: 3, first: 0 },
    ]);
  });
});
