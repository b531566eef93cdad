import { describe, expect, it } from 'vitest';
import {
  blockOf,
  bucketJson,
  buildDocIndex,
  decodePostings,
  docRecord,
  encodePostings,
  facetKey,
  indexWords,
  matchIds,
  plainMarkdown,
  queryKeys,
  readBucket,
  RECORD_BLOCK,
  recordBlocks,
  bucketCount,
  indexManifest,
  MAX_WORD_BUCKETS,
  readManifest,
  wordBucket,
  type DocRecord,
} from './doc-index';
import { prepareQuery } from './search-text';

const record = (n: number, text: string, over: Partial<DocRecord> = {}): DocRecord => ({
  url: `/van-ban/${n}-qd-tu-2015/`,
  number: `${n}-QĐ/TU`,
  type: 'Quyết định',
  issuer: 'Ban Thường vụ Thành ủy Hải Phòng',
  date: '2015-01-27',
  name: `Quyết định số ${n}-QĐ/TU`,
  title: null,
  text,
  ...over,
});

/** Every key's ids, decoded from the buckets as the search reads them. */
function postingsOf(records: DocRecord[]): Map<string, number[]> {
  const index = buildDocIndex(records);
  const out = new Map<string, number[]>();
  for (const bucket of index.buckets) for (const [k, v] of readBucket(JSON.parse(JSON.stringify(bucketJson(bucket))))) out.set(k, v);
  return out;
}

describe('postings', () => {
  it('delta-encode and decode back', () => {
    expect(encodePostings([3, 4, 9, 10])).toEqual([3, 1, 5, 1]);
    expect(decodePostings([3, 1, 5, 1])).toEqual([3, 4, 9, 10]);
    expect(decodePostings(encodePostings([]))).toEqual([]);
    const ids = Array.from({ length: 500 }, (_, i) => i * 7 + (i % 3));
    expect(decodePostings(encodePostings(ids))).toEqual(ids);
  });

  it('refuse a broken list instead of returning wrong ids', () => {
    expect(() => decodePostings([1, 0])).toThrow();
    expect(() => decodePostings([1, -2])).toThrow();
    expect(() => decodePostings([1.5])).toThrow();
  });
});

describe('words and buckets', () => {
  it('fold words the site’s way: đ → d, marks off, NFC or NFD alike', () => {
    expect(indexWords('Đảng ủy phường Đông Hải, 120-KL/TW')).toEqual(['dang', 'uy', 'phuong', 'dong', 'hai', '120', 'kl', 'tw']);
    expect(indexWords('Đảng ủy'.normalize('NFD'))).toEqual(['dang', 'uy']);
  });

  it('put a word in one bucket, the same every time', () => {
    for (const w of ['dang', 'constructor', '__proto__', 'toString', '', 'dân', '😀', 'loai:quyet dinh']) {
      const b = wordBucket(w, 1024);
      expect(Number.isInteger(b) && b >= 0 && b < 1024, w).toBe(true);
      expect(wordBucket(w, 1024)).toBe(b);
      expect(wordBucket(w, 8)).toBe(b % 8);
    }
    expect(wordBucket('dang', 1024)).not.toBe(wordBucket('dan', 1024));
  });

  it('grow the number of buckets with the register, in powers of two, within bounds', () => {
    expect(bucketCount(0)).toBe(8);
    expect(bucketCount(12)).toBe(8);
    expect(bucketCount(2000)).toBe(256);
    expect(bucketCount(10_000)).toBe(MAX_WORD_BUCKETS);
    expect(bucketCount(1_000_000)).toBe(MAX_WORD_BUCKETS);
  });

  it('write every bucket, so no word leads to a missing file, and say how many', () => {
    const index = buildDocIndex([record(1, 'a')]);
    expect(index.buckets).toHaveLength(8);
    expect(readManifest(JSON.parse(JSON.stringify(indexManifest(index))))).toEqual({ version: 1, documents: 1, buckets: 8, block: RECORD_BLOCK });
    for (const bad of [null, 'x', {}, { version: 2, documents: 1, buckets: 8, block: RECORD_BLOCK }, { version: 1, documents: 1, buckets: 0, block: RECORD_BLOCK }, { version: 1, documents: 1, buckets: 8, block: 7 }]) {
      expect(readManifest(bad)).toBeNull();
    }
  });
});

describe('buildDocIndex and matchIds', () => {
  const records = [
    record(1738, 'Quy chế tiếp công dân của Ban Thường vụ. Đối thoại trực tiếp với nhân dân.', { date: '2016-02-01' }),
    record(1737, 'Quy chế dân chủ trong hoạt động của cơ quan.', { type: 'Quy định' }),
    record(84, 'Ghi chú về constructor toString.', { date: '2011-03-04', issuer: 'Thành ủy Hải Phòng' }),
  ];
  const postings = postingsOf(records);
  const find = (q: string, filters = {}) => {
    const { words, facets } = queryKeys(prepareQuery(q), filters);
    return matchIds(words, facets, postings);
  };

  it('finds a document by a word of its note, with or without diacritics, đ as d', () => {
    expect(find('đối thoại')).toEqual([0]);
    expect(find('doi thoai truc tiep')).toEqual([0]);
    expect(find('DÂN CHỦ')).toEqual([1]);
    expect(find('quy che')).toEqual([0, 1]);
  });

  it('finds by number and issuer', () => {
    expect(find('1737')).toEqual([1]);
    expect(find('hai phong')).toEqual([0, 1, 2]);
    expect(find('84')).toEqual([2]);
  });

  it('cuts by filters before any record is read', () => {
    expect(find('quy che', { type: 'Quy định' })).toEqual([1]);
    expect(find('hai phong', { year: '2011' })).toEqual([2]);
    expect(find('hai phong', { issuer: 'Thành ủy Hải Phòng' })).toEqual([2]);
    expect(find('quy che', { type: 'Chỉ thị' })).toEqual([]);
  });

  it('with no document holding every word, returns those holding at least half, most first', () => {
    expect(find('quy che xyzzy')).toEqual([0, 1]);
    expect(find('xyzzy qwxz')).toEqual([]);
  });

  it('takes prototype words for plain words: no throw, no match but by their own text', () => {
    for (const q of ['constructor', '__proto__', '__proto__ 120', 'hasOwnProperty valueOf', 'prototype']) expect(() => find(q), q).not.toThrow();
    expect(find('__proto__ 120')).toEqual([]);
    expect(find('valueOf')).toEqual([]);
    // A document that has the word finds it like any other word.
    expect(find('constructor')).toEqual([2]);
    expect(readBucket(JSON.parse('{"version":1,"words":{"__proto__":[1,2]}}')).get('__proto__')).toEqual([1, 3]);
    expect(readBucket(null).size).toBe(0);
    expect(readBucket({ words: { constructor: 'x' } }).size).toBe(0);
  });

  it('keeps facet keys apart from words', () => {
    expect(facetKey('loai', 'Quyết định')).toBe('loai:quyet dinh');
    expect(find('loai')).toEqual([]);
  });
});

describe('record blocks', () => {
  it('hold RECORD_BLOCK records each, in id order', () => {
    const many = Array.from({ length: RECORD_BLOCK * 2 + 3 }, (_, i) => record(i + 1, 'a'));
    const blocks = recordBlocks(many);
    expect(blocks.map((b) => b.length)).toEqual([RECORD_BLOCK, RECORD_BLOCK, 3]);
    const id = RECORD_BLOCK + 7;
    expect(blocks[blockOf(id)]![id % RECORD_BLOCK]).toBe(many[id]);
  });
});

describe('docRecord', () => {
  it('holds the words the page shows, the title once, the note as plain text', () => {
    const r = docRecord(
      '/van-ban/217-qd-tw-2013/',
      {
        number: '217-QĐ/TW',
        type: 'Quyết định',
        issuer: 'Bộ Chính trị (khóa XI)',
        date: '2013-12-12',
        signer: { name: 'Lê Hồng Anh', capacity: 'T/M Bộ Chính trị' },
        title: 'Quy chế giám sát và phản biện xã hội',
        aliases: [],
        facts: ['Một điều đã đối chiếu.'],
      },
      'Quyết định mà [Công văn 111-CV/TU](/van-ban/111-cv-tu-2016/) dựa vào, **giám sát**.',
    );
    expect(r).toMatchObject({ name: 'Quyết định số 217-QĐ/TW', title: 'Quy chế giám sát và phản biện xã hội', date: '2013-12-12' });
    expect(r.text).toContain('Lê Hồng Anh');
    expect(r.text).toContain('12/12/2013');
    expect(r.text).toContain('Một điều đã đối chiếu');
    expect(r.text).toContain('Quyết định mà Công văn 111-CV/TU dựa vào, giám sát.');
    expect(r.text).not.toContain('Quy chế giám sát và phản biện');
    expect(r.text).not.toContain('](');
  });
});

describe('plainMarkdown', () => {
  it('drops links, emphasis, headings and list marks, keeps the words', () => {
    expect(plainMarkdown('# Tiêu đề\n\n- một [hai](/x/) **ba** _bốn_ `năm`\n> sáu')).toBe('Tiêu đề một hai ba bốn năm sáu');
    expect(plainMarkdown('120-KL/TW và 1737-QĐ/TU')).toBe('120-KL/TW và 1737-QĐ/TU');
  });
});
