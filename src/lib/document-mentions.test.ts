import { describe, expect, it } from 'vitest';
import { createRegisterIndex, findMentions, isDocumentNumber, linkify, numberKey, numberRuns, unresolvedMentions } from './document-mentions';

const index = createRegisterIndex(
  [
    { slug: '120-kl-tw-2016', number: '120-KL/TW' },
    { slug: '1737-qd-tu-2015', number: '1737-QĐ/TU' },
    { slug: '1738-qd-tu-2015', number: '1738-QĐ/TU' },
    { slug: '30-ct-tw-1998', number: '30-CT/TW' },
    {
      slug: '34-2007-pl-ubtvqh11',
      number: '34/2007/PL-UBTVQH11',
      aliases: ['Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn'],
    },
  ],
  ['59/2023/NĐ-CP'],
);

const linked = (text: string) =>
  findMentions(text, index)
    .filter((m) => m.status === 'linked')
    .map((m) => [m.text, 'slug' in m ? m.slug : null]);

describe('findMentions', () => {
  it('finds a number followed by punctuation', () => {
    expect(linked('theo Kết luận số 120-KL/TW.')).toEqual([['120-KL/TW', '120-kl-tw-2016']]);
    expect(linked('(120-KL/TW), 30-CT/TW;')).toEqual([
      ['120-KL/TW', '120-kl-tw-2016'],
      ['30-CT/TW', '30-ct-tw-1998'],
    ]);
  });
  it('links each number in a list', () => {
    expect(linked('Quyết định số 1737-QĐ/TU, 1738-QĐ/TU, ngày 27/01/2015')).toEqual([
      ['1737-QĐ/TU', '1737-qd-tu-2015'],
      ['1738-QĐ/TU', '1738-qd-tu-2015'],
    ]);
  });
  it('does not mistake a Vietnamese letter for a word boundary', () => {
    // \b would see a boundary between "ủy" and "120"; a number glued to a word is not a mention.
    expect(findMentions('ủy120-KL/TW', index)).toEqual([]);
    expect(findMentions('120-KL/TWđ', index)).toEqual([]);
  });
  it('reads NFD text the same as NFC', () => {
    const nfd = 'Quyết định số 1737-QĐ/TU về Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn'.normalize('NFD');
    expect(linked(nfd)).toEqual([
      ['1737-QĐ/TU', '1737-qd-tu-2015'],
      ['Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn', '34-2007-pl-ubtvqh11'],
    ]);
  });
  it('finds state numbers with the year inside', () => {
    expect(linked('Pháp lệnh số 34/2007/PL-UBTVQH11')).toEqual([['34/2007/PL-UBTVQH11', '34-2007-pl-ubtvqh11']]);
  });
  it('does not take dates or fractions for numbers', () => {
    expect(findMentions('ngày 12/12/2013, 6 tháng, một năm/1 lần, T/M', index)).toEqual([]);
  });
  it('reports unknown numbers and spares declared external ones', () => {
    expect(unresolvedMentions('Nghị định 59/2023/NĐ-CP và Chỉ thị 99-CT/TW', index).map((m) => m.text)).toEqual([
      '99-CT/TW',
    ]);
  });
  it('reports a number two documents share as ambiguous', () => {
    const twice = createRegisterIndex([
      { slug: '1-ct-tu-2010', number: '1-CT/TU' },
      { slug: '1-ct-tu-2011', number: '1-CT/TU' },
    ]);
    expect(findMentions('Chỉ thị 1-CT/TU', twice)[0]?.status).toBe('ambiguous');
  });
});

describe('linkify', () => {
  it('cuts text into runs and links', () => {
    expect(linkify('Kết luận số 120-KL/TW của Bộ Chính trị', index)).toEqual([
      'Kết luận số ',
      { text: '120-KL/TW', slug: '120-kl-tw-2016' },
      ' của Bộ Chính trị',
    ]);
  });
  it('leaves a page’s own number unlinked', () => {
    expect(linkify('Kết luận 120-KL/TW', index, { skipSlug: '120-kl-tw-2016' })).toEqual(['Kết luận 120-KL/TW']);
  });
});

describe('numberRuns', () => {
  it('cuts out each number, the text unchanged', () => {
    const text = 'Công văn số 111-CV/TU theo Kết luận 120-KL/TW và 34/2007/PL-UBTVQH11.';
    const runs = numberRuns(text);
    expect(runs).toEqual(['Công văn số ', { number: '111-CV/TU' }, ' theo Kết luận ', { number: '120-KL/TW' }, ' và ', { number: '34/2007/PL-UBTVQH11' }, '.']);
    expect(runs.map((r) => (typeof r === 'string' ? r : r.number)).join('')).toBe(text);
  });
  it('tells a whole number from text holding one', () => {
    expect(['111-CV/TU', '34/2007/PL-UBTVQH11'].map(isDocumentNumber)).toEqual([true, true]);
    expect(['Công văn 111-CV/TU', 'Pháp lệnh', 'constructor'].map(isDocumentNumber)).toEqual([false, false, false]);
  });
  it('leaves text without a number whole, dates and prototype words included', () => {
    expect(numberRuns('ngày 13/4/2016')).toEqual(['ngày 13/4/2016']);
    expect(numberRuns('constructor/QĐ-TU')).toEqual(['constructor/QĐ-TU']);
    expect(numberRuns('')).toEqual(['']);
  });
});

describe('numberKey', () => {
  it('ignores spelling differences', () => {
    expect(numberKey('1737-QĐ/TU')).toBe(numberKey('1737-qd-tu'));
  });
});
