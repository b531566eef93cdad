import { describe, expect, it } from 'vitest';
import { documentSlug, slugify } from './slug';

describe('documentSlug', () => {
  it.each([
    ['111-CV/TU', '2016-04-13', '111-cv-tu-2016'],
    ['120-KL/TW', '2016-01-07', '120-kl-tw-2016'],
    ['1737-QĐ/TU', '2015-01-27', '1737-qd-tu-2015'],
    ['34/2007/PL-UBTVQH11', '2007-04-20', '34-2007-pl-ubtvqh11'],
    ['10/2022/QH15', '2022-11-10', '10-2022-qh15'],
  ])('%s → %s', (number, date, slug) => {
    expect(documentSlug(number, date)).toBe(slug);
  });
  it('does not append a year it does not know', () => {
    expect(documentSlug('29-CT/TU', null)).toBe('29-ct-tu');
  });
  it('does not take a number like 2016 in the serial for a year only when it stands alone', () => {
    expect(documentSlug('2016-QĐ/TW', '2016-05-01')).toBe('2016-qd-tw');
  });
});

describe('slugify', () => {
  it('folds Vietnamese and collapses separators', () => {
    expect(slugify('Ban Dân vận Thành ủy')).toBe('ban-dan-van-thanh-uy');
    expect(slugify('  Đảng đoàn — Mặt trận ')).toBe('dang-doan-mat-tran');
  });
});
