import { expect, it } from 'vitest';
import { formatCitation } from './citation';

it('cites a point the way the issue asks', () => {
  const doc = { type: 'Công văn', number: '111-CV/TU', date: '2016-04-13', issuer: 'Ban Thường vụ Thành ủy Hải Phòng' };
  expect(formatCitation('Mục 3', doc)).toBe('Mục 3, Công văn số 111-CV/TU ngày 13/4/2016 của Ban Thường vụ Thành ủy Hải Phòng');
  expect(formatCitation('Phần mở đầu', { ...doc, date: null })).toBe('Phần mở đầu, Công văn số 111-CV/TU của Ban Thường vụ Thành ủy Hải Phòng');
});
