import { describe, expect, it } from 'vitest';
import { markedExcerpt } from './doc-index-excerpt';
import { excerptPieces } from './excerpt';
import { prepareQuery } from './search-text';

describe('markedExcerpt', () => {
  it('marks whole folded words, đ as d, the last word also as a prefix', () => {
    expect(markedExcerpt('Đảng ủy phường và dân chủ ở cơ sở', prepareQuery('dang uy'))).toBe('<mark>Đảng</mark> <mark>ủy</mark> phường và dân chủ ở cơ sở');
    expect(markedExcerpt('dân chủ, Đảng', prepareQuery('dan'))).toBe('<mark>dân</mark> chủ, <mark>Đảng</mark>');
    expect(markedExcerpt('dân chủ, Đảng', prepareQuery('dan chu'))).toBe('<mark>dân</mark> <mark>chủ</mark>, Đảng');
  });

  it('starts a little before the first match, on a word, and keeps the number whole', () => {
    const text = 'một hai ba bốn năm sáu bảy tám chín mười Kết luận 120-KL/TW về dân chủ';
    expect(markedExcerpt(text, prepareQuery('120-KL/TW'), 8)).toBe('chín mười Kết luận <mark>120</mark>-<mark>KL</mark>/<mark>TW</mark> về');
  });

  it('escapes < and > so the page renders it as text', () => {
    const out = markedExcerpt('a <img src=x> dân chủ', prepareQuery('dan'));
    expect(out).toBe('a &lt;img src=x&gt; <mark>dân</mark> chủ');
    expect(excerptPieces(out).map((p) => p.text).join('')).toBe('a <img src=x> dân chủ');
  });

  it('takes prototype words for plain words', () => {
    expect(markedExcerpt('constructor toString', prepareQuery('__proto__'))).toBe('constructor toString');
    expect(markedExcerpt('', prepareQuery('constructor'))).toBe('');
  });
});
