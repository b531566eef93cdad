import { describe, expect, it } from 'vitest';
import { qrDrawing, qrSvg } from './qr';

describe('qrDrawing', () => {
  it('draws a provision address at a version a phone reads from paper', () => {
    const { size, d } = qrDrawing('https://hoclieu.example.vn/van-ban/111-cv-tu-2016/#muc-4-doan-2');
    // Version 4 is 33 modules; 4 modules of quiet zone on each side.
    expect(size).toBeLessThanOrEqual(37 + 8);
    expect(d).toMatch(/^M4 4h7v1h-7z/); // the top-left finder pattern's first row
  });

  it('escapes what it encodes inside the markup', () => {
    const svg = qrSvg('https://x.vn/?a=1&b="2"', 'Mã QR <trang>');
    expect(svg).toContain('data-qr="https://x.vn/?a=1&amp;b=&quot;2&quot;"');
    expect(svg).toContain('aria-label="Mã QR &lt;trang>"');
  });
});
