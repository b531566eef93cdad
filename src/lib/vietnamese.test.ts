import { describe, expect, it } from 'vitest';
import { firstNonNfcLine, foldVietnamese, hasDiacritics, nfc, toneInsensitive } from './vietnamese';

describe('foldVietnamese', () => {
  it('folds đ and Đ, which NFD does not decompose', () => {
    expect(foldVietnamese('Đảng ủy')).toBe('dang uy');
    expect(foldVietnamese('đảng đoàn')).toBe('dang doan');
  });
  it('gives the same result for NFC and NFD input', () => {
    const word = 'Quy chế dân chủ ở cơ sở';
    expect(foldVietnamese(word.normalize('NFD'))).toBe(foldVietnamese(word));
    expect(foldVietnamese(word)).toBe('quy che dan chu o co so');
  });
  it('folds both tone placements of "uy" alike', () => {
    expect(foldVietnamese('Uỷ viên')).toBe(foldVietnamese('Ủy viên'));
  });
});

describe('toneInsensitive', () => {
  it('matches old and new tone placement', () => {
    expect(toneInsensitive('Uỷ ban')).toBe(toneInsensitive('Ủy ban'));
    expect(toneInsensitive('hoà')).toBe(toneInsensitive('hòa'));
  });
  it('still tells different tones and vowels apart', () => {
    expect(toneInsensitive('ủy')).not.toBe(toneInsensitive('úy'));
    expect(toneInsensitive('hiếu')).not.toBe(toneInsensitive('hiểu'));
    expect(toneInsensitive('đảng')).not.toBe(toneInsensitive('dang'));
  });
});

describe('nfc and hasDiacritics', () => {
  it('composes NFD text', () => {
    const nfd = 'Thành ủy'.normalize('NFD');
    expect(nfd).not.toBe('Thành ủy');
    expect(nfc(nfd)).toBe('Thành ủy');
  });
  it('tells typed diacritics from plain typing', () => {
    expect(hasDiacritics('dang uy')).toBe(false);
    expect(hasDiacritics('đảng ủy')).toBe(true);
    expect(hasDiacritics('Đ')).toBe(true);
  });
});

describe('firstNonNfcLine', () => {
  it('points at the first decomposed line', () => {
    expect(firstNonNfcLine('Thành ủy\nđảng đoàn')).toBeNull();
    expect(firstNonNfcLine(`Thành ủy\n${'đảng đoàn'.normalize('NFD')}`)).toBe(2);
  });
});
