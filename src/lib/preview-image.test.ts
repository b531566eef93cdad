import { describe, expect, it } from 'vitest';
import { drawPreview, PREVIEW_SIZE, wrap } from './preview-image';

describe('wrap', () => {
  it('breaks at spaces so no line is wider than asked, keeping every word', () => {
    const measure = (s: string) => s.length * 10;
    expect(wrap('Học liệu Quy chế dân chủ ở cơ sở', 120, measure)).toEqual(['Học liệu Quy', 'chế dân chủ', 'ở cơ sở']);
    expect(wrap('một', 10, measure)).toEqual(['một']);
  });
});

describe('drawPreview', () => {
  it('draws a 1200 × 630 PNG with the fonts npm ships', () => {
    const png = drawPreview('Học liệu QCDC', 'Văn bản', 'Công văn 111-CV/TU và các văn bản liên quan');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([PREVIEW_SIZE.width, PREVIEW_SIZE.height]);
  });
});
