import { describe, expect, it } from 'vitest';
import { datesIn, isNumberQuery, matchNumbers, NUMBER_SHARD_KEYS, numberEntry, numberShardKey, querySerials, type NumberEntry } from './number-query';

const doc = (slug: string, number: string, type: string, date: string | null) =>
  numberEntry({ slug, url: `/van-ban/${slug}/`, number, type, issuer: '', date, title: null });

const register: NumberEntry[] = [
  doc('111-cv-tu-2016', '111-CV/TU', 'Công văn', '2016-04-13'),
  doc('120-kl-tw-2016', '120-KL/TW', 'Kết luận', '2016-01-07'),
  doc('37-kl-tu-2015', '37-KL/TU', 'Kết luận', '2015-08-31'),
  doc('30-ct-tw-1998', '30-CT/TW', 'Chỉ thị', '1998-02-18'),
  doc('29-ct-tu-2010', '29-CT/TU', 'Chỉ thị', '2010-09-10'),
  doc('84-qd-tu-2011', '84-QĐ/TU', 'Quyết định', '2011-03-04'),
  doc('1737-qd-tu-2015', '1737-QĐ/TU', 'Quyết định', '2015-01-27'),
  doc('1738-qd-tu-2015', '1738-QĐ/TU', 'Quyết định', '2015-01-27'),
  doc('217-qd-tw-2013', '217-QĐ/TW', 'Quyết định', '2013-12-12'),
  doc('218-qd-tw-2013', '218-QĐ/TW', 'Quyết định', '2013-12-12'),
  doc('34-2007-pl-ubtvqh11', '34/2007/PL-UBTVQH11', 'Pháp lệnh', '2007-04-20'),
  doc('10-2022-qh15', '10/2022/QH15', 'Luật', '2022-11-10'),
];

const first = (query: string) => matchNumbers(query, register)[0]?.entry.slug;
const all = (query: string) => matchNumbers(query, register).map((m) => m.entry.slug);

describe('numberEntry', () => {
  it('splits a number into serial, year and codes, and knows the types it answers to', () => {
    expect(register[1]).toMatchObject({ serial: '120', year: '2016', codes: ['kl', 'tw'], types: ['ket luan'] });
    expect(register[6]).toMatchObject({ serial: '1737', codes: ['qd', 'tu'], types: ['quyet dinh', 'quy dinh'] });
    expect(register[10]).toMatchObject({ serial: '34', year: '2007', codes: ['pl', 'ubtvqh11'], types: ['phap lenh'] });
    expect(register[11]).toMatchObject({ serial: '10', year: '2022', codes: ['qh15'], types: ['luat'] });
  });
});

describe('matchNumbers', () => {
  it.each([
    ['120-KL/TW', '120-kl-tw-2016'],
    ['120 KL TW', '120-kl-tw-2016'],
    ['kl 120', '120-kl-tw-2016'],
    ['KL120', '120-kl-tw-2016'],
    ['kết luận 120', '120-kl-tw-2016'],
    ['1738', '1738-qd-tu-2015'],
    ['qd 1738', '1738-qd-tu-2015'],
    ['qd1738', '1738-qd-tu-2015'],
    ['1737-QD/TU', '1737-qd-tu-2015'],
    ['1737-QĐ/TU', '1737-qd-tu-2015'],
    ['quy định 218', '218-qd-tw-2013'],
    ['qd 218', '218-qd-tw-2013'],
    ['chỉ thị 30', '30-ct-tw-1998'],
    ['chi thi 29', '29-ct-tu-2010'],
    ['luat 10/2022', '10-2022-qh15'],
    ['Luật 10/2022/QH15', '10-2022-qh15'],
    ['34/2007/PL-UBTVQH11', '34-2007-pl-ubtvqh11'],
    ['pháp lệnh 34', '34-2007-pl-ubtvqh11'],
    ['111', '111-cv-tu-2016'],
    ['công văn 111 về dân chủ', '111-cv-tu-2016'],
  ])('"%s" → %s', (query, slug) => {
    expect(first(query)).toBe(slug);
  });

  it('is indifferent to NFD input', () => {
    expect(first('chỉ thị 30'.normalize('NFD'))).toBe('30-ct-tw-1998');
  });

  it('lets a named type or a written year rule a document out', () => {
    expect(all('chỉ thị 120')).toEqual([]);
    expect(all('luat 10/2021')).toEqual([]);
    expect(all('quyết định 30')).toEqual([]);
  });

  it('finds every number a query names, more specific first, else in the order typed', () => {
    expect(all('1737 1738')).toEqual(['1737-qd-tu-2015', '1738-qd-tu-2015']);
    expect(all('218, 217')).toEqual(['218-qd-tw-2013', '217-qd-tw-2013']);
    expect(all('217 và 218-QĐ/TW')).toEqual(['218-qd-tw-2013', '217-qd-tw-2013']);
  });

  it('does not take dates or small numbers in prose for serials', () => {
    expect(all('13/4/2016')).toEqual([]);
    expect(all('báo cáo 6 tháng')).toEqual([]);
    expect(all('mục 3 đoạn 2')).toEqual([]);
    expect(all('dân chủ ở cơ sở')).toEqual([]);
  });

  it('never throws on odd input', () => {
    for (const q of ['', '   ', '!!!///---', '😀 120 😀', '<img src=x onerror=alert(1)>', '9'.repeat(5000)]) {
      expect(() => matchNumbers(q, register)).not.toThrow();
    }
    expect(first('😀 120 😀')).toBe('120-kl-tw-2016');
  });
});

describe('hostile words', () => {
  it('takes prototype keys for plain words, with and without a number', () => {
    for (const query of ['constructor 1', '1737 constructor', "{{constructor.constructor('window.__pwned=1')()}}", '__proto__ 120', 'toString 84', 'hasOwnProperty 1738 valueOf']) {
      expect(() => matchNumbers(query, register), query).not.toThrow();
    }
    expect(first('1737 constructor')).toBe('1737-qd-tu-2015');
    expect(first('toString 1738')).toBe('1738-qd-tu-2015');
  });

  it('returns for a prototype word what a plain unknown word returns', () => {
    const pairs: [string, string][] = [
      ['1 constructor', '1 xyzzy'],
      ['__proto__ 120', 'xyzzy 120'],
      ['toString', 'xyzzy'],
      ['120 hasOwnProperty', '120 xyzzy'],
      ['constructor/QĐ-TU', 'xyzzy/QĐ-TU'],
      ['1737 valueOf', '1737 xyzzy'],
      ['constructor 1737-QĐ/TU', 'xyzzy 1737-QĐ/TU'],
    ];
    for (const [hostile, plain] of pairs) expect(all(hostile), hostile).toEqual(all(plain));
    expect(all('120 hasOwnProperty')).toEqual(['120-kl-tw-2016']);
    expect(all('constructor 1737-QĐ/TU')).toEqual(['1737-qd-tu-2015']);
  });
});

describe('number shards', () => {
  it('key a serial by its last two digits, one- and two-digit serials padded', () => {
    expect(numberShardKey('120')).toBe('20');
    expect(numberShardKey('5')).toBe('05');
    expect(numberShardKey('84')).toBe('84');
    expect(numberShardKey('1738')).toBe('38');
    expect(numberShardKey('007')).toBe('07');
    expect(numberShardKey('14999')).toBe('99');
  });

  it('cover every key a serial can have, once', () => {
    expect(NUMBER_SHARD_KEYS).toHaveLength(100);
    expect(new Set(NUMBER_SHARD_KEYS).size).toBe(100);
    for (const e of register) expect(NUMBER_SHARD_KEYS).toContain(numberShardKey(e.serial));
  });

  it('match on a shard as on the whole table, for every query above', () => {
    const queries = ['120-KL/TW', 'kl 120', '1738', 'qd1738', 'quy định 218', 'chỉ thị 30', 'luat 10/2022', '34/2007/PL-UBTVQH11', '111', 'công văn 111 về dân chủ', 'chỉ thị 120', 'luật 120', '1737 1738', '217 và 218-QĐ/TW'];
    for (const q of queries) {
      const keys = new Set(querySerials(q).map(numberShardKey));
      const shard = register.filter((e) => keys.has(numberShardKey(e.serial)));
      expect(matchNumbers(q, shard).map((m) => m.entry.slug), q).toEqual(all(q));
    }
    // A type no row of the shard has still rules a document out.
    expect(all('luật 120')).toEqual([]);
  });
});

describe('querySerials', () => {
  it('reads the serials a query names, never a date', () => {
    expect(querySerials('120-KL/TW')).toEqual(['120']);
    expect(querySerials('qd1738 và 84')).toEqual(['1738', '84']);
    expect(querySerials('luat 10/2022')).toEqual(['10']);
    expect(querySerials('13/4/2016')).toEqual([]);
    expect(querySerials('dân chủ')).toEqual([]);
    expect(querySerials('007')).toEqual(['7']);
  });
});

describe('isNumberQuery', () => {
  it('is true for a number and its type, symbol, codes and year, and nothing else', () => {
    for (const q of ['120-KL/TW', '120 KL TW', 'kl 120', 'kết luận 120', '1738', 'qd 1738', 'quyết định 1737', 'chỉ thị 30', 'luat 10/2022', '34/2007/PL-UBTVQH11', '84-QĐ/TU', '1737 1738', '120 KL TW 2016']) {
      expect(isNumberQuery(q, register), q).toBe(true);
    }
    for (const q of ['', 'dân chủ', 'công văn 111 về dân chủ', 'báo cáo 6 tháng', '13/4/2016', '120 xyzzy', 'constructor 120', '__proto__ 120', '120 toString', 'hasOwnProperty 1738']) {
      expect(isNumberQuery(q, register), q).toBe(false);
    }
  });
});

describe('datesIn', () => {
  it('reads dates as documents write them, padded or not, with / . or -', () => {
    expect(datesIn('04/3/2011')).toEqual(['2011-03-04']);
    expect(datesIn('quyết định ngày 4-3-2011 và 13.04.2016')).toEqual(['2011-03-04', '2016-04-13']);
    expect(datesIn('27/01/2015 27/1/2015')).toEqual(['2015-01-27']);
  });
  it('leaves out what is not a calendar date: numbers, mixed separators, impossible days', () => {
    expect(datesIn('34/2007/PL-UBTVQH11')).toEqual([]);
    expect(datesIn('luat 10/2022')).toEqual([]);
    expect(datesIn('31/2/2011 04/3-2011 1/13/2011')).toEqual([]);
    expect(datesIn('120-KL/TW')).toEqual([]);
  });
});
