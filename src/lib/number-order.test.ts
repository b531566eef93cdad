import { describe, expect, it } from 'vitest';
import { compareByNumber, sortByNumber } from './number-order';

const doc = (number: string, date: string | null = '2015-01-01') => ({ number, date });

describe('number order', () => {
  it('orders by the serial as a number, not as text', () => {
    expect(sortByNumber([doc('111-CV/TU'), doc('10/2022/QH15'), doc('9-CT/TU'), doc('1737-QĐ/TU')]).map((d) => d.number)).toEqual(['9-CT/TU', '10/2022/QH15', '111-CV/TU', '1737-QĐ/TU']);
  });

  it('orders the same serial by the rest of the number, naturally, then by date', () => {
    const sorted = sortByNumber([doc('217-QĐ/TW'), doc('217-CT/TU'), doc('30-KL/TU', '2016-02-01'), doc('30-KL/TU', '2011-05-01'), doc('5-HD/ĐUB10'), doc('5-HD/ĐUB9')]);
    expect(sorted.map((d) => `${d.number} ${d.date}`)).toEqual([
      '5-HD/ĐUB9 2015-01-01',
      '5-HD/ĐUB10 2015-01-01',
      '30-KL/TU 2011-05-01',
      '30-KL/TU 2016-02-01',
      '217-CT/TU 2015-01-01',
      '217-QĐ/TW 2015-01-01',
    ]);
  });

  it('reads numbers the way the lookups do: QĐ and QD, / and - are one spelling', () => {
    // Spelled alike, the two sort by date; both come before a different symbol, whatever its date.
    const sorted = sortByNumber([doc('84-QE/TU', '2009-01-01'), doc('84-QĐ/TU', '2012-01-01'), doc('84-QD-TU', '2011-01-01')]);
    expect(sorted.map((d) => d.number)).toEqual(['84-QD-TU', '84-QĐ/TU', '84-QE/TU']);
    expect(compareByNumber(doc('84-QĐ/TU'), doc('84-QĐ/TU'))).toBe(0);
  });

  it('puts numbers without a leading serial last', () => {
    expect(sortByNumber([doc('KH/TU'), doc('2-CV/TU'), doc('Không số', null)]).map((d) => d.number)).toEqual(['2-CV/TU', 'KH/TU', 'Không số']);
  });
});
