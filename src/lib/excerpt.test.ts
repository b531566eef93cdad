import { describe, expect, it } from 'vitest';
import { excerptPieces, excerptText } from './excerpt';
import { encodeForIndex } from './search-text';

describe('excerptPieces', () => {
  it('cuts marks out as pieces and keeps punctuation outside them', () => {
    expect(excerptPieces('các <mark>đảng</mark> <mark>ủy,</mark> huyện')).toEqual([
      { text: 'các ', marked: false },
      { text: 'đảng', marked: true },
      { text: ' ', marked: false },
      { text: 'ủy', marked: true },
      { text: ',', marked: false },
      { text: ' huyện', marked: false },
    ]);
  });

  it('turns escaped page text back into text, never into markup', () => {
    const pieces = excerptPieces('a &lt;img src=x onerror=alert(1)&gt; &lt;mark&gt;b');
    expect(pieces).toEqual([{ text: 'a <img src=x onerror=alert(1)> <mark>b', marked: false }]);
  });

  it('undoes the index encoding of đ', () => {
    expect(excerptText(excerptPieces(encodeForIndex('<mark>Đảng</mark> đoàn')))).toBe('Đảng đoàn');
  });
});
