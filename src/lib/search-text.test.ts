import { describe, expect, it } from 'vitest';
import { decodeFromIndex, encodeForIndex, exactKey, holdsIndexMark, MAX_QUERY_CHARS, prepareQuery, withoutDiacritics } from './search-text';

describe('index encoding of đ', () => {
  it('round-trips every đ and Đ and leaves the rest alone', () => {
    const text = 'Đảng ủy, đảng đoàn; Quyết định 1737-QĐ/TU — dân chủ';
    expect(encodeForIndex(text)).not.toMatch(/[đĐ]/);
    expect(decodeFromIndex(encodeForIndex(text))).toBe(text);
    expect(holdsIndexMark(encodeForIndex(text))).toBe(true);
    expect(holdsIndexMark(text)).toBe(false);
  });

  it('becomes plain d once combining marks are stripped, as Pagefind strips them', () => {
    const strip = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
    expect(strip(encodeForIndex('đảng ủy'))).toBe('dang uy');
  });
});

describe('prepareQuery', () => {
  it('normalises to NFC, so NFD-pasted text is the same query', () => {
    const nfd = prepareQuery('Đảng ủy'.normalize('NFD'));
    expect(nfd).toEqual(prepareQuery('Đảng ủy'));
    expect(nfd.text).toBe('Đảng ủy');
  });

  it('folds words for matching and keeps their marks for preferring exact spellings', () => {
    const q = prepareQuery('  Uỷ   ban kiểm tra ');
    expect(q.text).toBe('Uỷ ban kiểm tra');
    expect(q.words).toEqual(['uy', 'ban', 'kiem', 'tra']);
    expect(q.marked).toBe(true);
    expect(q.exactWords[0]).toBe(exactKey('Ủy'));
    expect(prepareQuery('dang uy').marked).toBe(false);
  });

  it('sends Pagefind the query encoded like the index', () => {
    expect(prepareQuery('đảng ủy').term).toBe(encodeForIndex('đảng ủy'));
  });

  it('caps very long input and drops what has no letter or digit', () => {
    const long = prepareQuery('dân chủ '.repeat(700));
    expect(long.text.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(long.words.length).toBeLessThanOrEqual(12);
    expect(prepareQuery('a'.repeat(5000)).text.length).toBe(MAX_QUERY_CHARS);
    expect(prepareQuery('!!! ... ///').term).toBe('');
    expect(prepareQuery('😀😀').term).toBe('');
    expect(prepareQuery('😀 dân chủ').words).toEqual(['dan', 'chu']);
  });
});

describe('withoutDiacritics', () => {
  it('offers the query as typed without marks', () => {
    expect(withoutDiacritics('Đảng ủy')).toBe('dang uy');
  });
});
