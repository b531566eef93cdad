import { describe, expect, it } from 'vitest';
import { isRealDate } from '../schemas/values';
import { formatDate, formatDateLong, yearOf } from './dates';

describe('formatDate', () => {
  it.each([
    ['2016-01-07', '07/01/2016'],
    ['2011-03-04', '04/3/2011'],
    ['1998-02-18', '18/02/1998'],
    ['2016-04-13', '13/4/2016'],
    ['2023-07-01', '01/7/2023'],
    ['2013-12-12', '12/12/2013'],
  ])('%s → %s, as the directive writes dates', (iso, shown) => {
    expect(formatDate(iso)).toBe(shown);
  });
  it('writes the long form', () => {
    expect(formatDateLong('2016-04-13')).toBe('ngày 13 tháng 4 năm 2016');
  });
  it('rejects what is not an ISO date', () => {
    expect(() => formatDate('13/4/2016')).toThrow(/YYYY-MM-DD/);
    expect(yearOf('1998-02-18')).toBe(1998);
  });
});

describe('isRealDate', () => {
  it('accepts days the calendar has and refuses the rest', () => {
    expect(['2016-04-13', '2024-02-29', '2000-02-29'].map(isRealDate)).toEqual([true, true, true]);
    expect(['2011-02-30', '2023-02-29', '1900-02-29', '2016-13-01', '2016-00-10', '2016-4-13', '13/4/2016', ''].map(isRealDate)).toEqual(Array(8).fill(false));
  });
});
