import { describe, expect, it } from 'vitest';
import { documentFooter, documentHeader, fillPaperText, heldTextFooter, moduleFooter, printDate } from './paper-text';

const directive = { type: 'Công văn', number: '111-CV/TU', date: '2016-04-13', issuer: 'Ban Thường vụ Thành ủy Hải Phòng' };

describe('paper text', () => {
  it('writes the day of printing as the directive writes dates, in local time', () => {
    expect(printDate(new Date(2026, 11, 1, 23, 59))).toBe('01/12/2026');
    expect(printDate(new Date(2027, 0, 5))).toBe('05/01/2027');
    expect(printDate(new Date(2027, 3, 9))).toBe('09/4/2027');
  });

  it('names the document a sheet is about, leaving out a date that is not known', () => {
    expect(documentHeader(directive)).toBe('Công văn số 111-CV/TU ngày 13/4/2016 của Ban Thường vụ Thành ủy Hải Phòng');
    expect(documentHeader({ ...directive, date: null })).toBe('Công văn số 111-CV/TU của Ban Thường vụ Thành ủy Hải Phòng');
  });

  it('says a held text is a copy, from its recorded sources, printed when and from where', () => {
    const footer = heldTextFooter(directive, ['Bản chép lại văn bản gốc do học liệu lưu giữ']);
    expect(fillPaperText(footer, { date: '01/12/2026', address: 'https://x.vn/van-ban/111-cv-tu-2016/' })).toBe(
      'Bản chép lại từ Công văn số 111-CV/TU. Nguồn: Bản chép lại văn bản gốc do học liệu lưu giữ. In ngày 01/12/2026 từ https://x.vn/van-ban/111-cv-tu-2016/',
    );
  });

  it('fills the slots of every footer and leaves other braces alone', () => {
    for (const footer of [documentFooter(directive), moduleFooter()]) {
      const filled = fillPaperText(footer, { date: 'D', address: 'A' });
      expect(filled).toMatch(/In ngày D từ A$/);
      expect(filled).not.toMatch(/[{}]/);
    }
    expect(fillPaperText('{x} {date} {date}', { date: 'D', address: 'A' })).toBe('{x} D D');
    expect(moduleFooter()).toMatch(/^Tài liệu phát cho học viên/);
  });
});
