import { describe, expect, it } from 'vitest';
import { decodeFromIndex } from '../lib/search-text';
import { encodeHtmlText } from './pagefind';

describe('encodeHtmlText', () => {
  it('encodes đ in text only: ids, URLs and other attributes stay valid', () => {
    const html = '<h2 id="đoạn-1" title="Đảng">Đoạn 1</h2><a href="/thuat-ngu/dang-doan/#đ">đảng đoàn</a><!-- đ -->';
    const out = encodeHtmlText(html);
    expect(out).toContain('id="đoạn-1" title="Đảng"');
    expect(out).toContain('href="/thuat-ngu/dang-doan/#đ"');
    expect(out).toContain('<!-- đ -->');
    expect(out.replace(/<!--.*?-->/g, '').replace(/<[^>]*>/g, '')).not.toMatch(/[đĐ]/);
    expect(decodeFromIndex(out)).toBe(html.replace('</h2>', '</h2> '));
  });

  it('keeps a ">" inside a quoted attribute from ending the tag', () => {
    expect(encodeHtmlText('<p data-x="a>đ">đ</p>')).toBe(`<p data-x="a>đ">d\u0335</p> `);
  });

  it('parts terms, cells and blocks, which Pagefind would run together', () => {
    expect(encodeHtmlText('<dl><dt>Người ký</dt><dd>Nguyễn Thị Nghĩa</dd></dl>')).toBe('<dl><dt>Người ký</dt> <dd>Nguyễn Thị Nghĩa</dd> </dl>');
  });
});
