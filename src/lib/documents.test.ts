import { expect, it } from 'vitest';
import { documentName, statusText } from './documents';

it('names a document as Vietnamese texts do', () => {
  expect(documentName({ type: 'Công văn', number: '111-CV/TU' })).toBe('Công văn số 111-CV/TU');
});

it('states status without guessing, with the date it was checked', () => {
  expect(statusText({ status: 'replaced', effectiveFrom: '2007-07-01', endedOn: '2023-07-01', statusChecked: '2026-12-01' }, { type: 'Luật', number: '10/2022/QH15' })).toBe(
    'Có hiệu lực từ ngày 01/7/2007; hết hiệu lực từ ngày 01/7/2023, được thay thế bằng Luật số 10/2022/QH15 (đối chiếu đến ngày 01/12/2026)',
  );
  expect(statusText({ status: 'unknown', effectiveFrom: '2023-07-01', statusChecked: '2026-12-01' })).toBe(
    'Có hiệu lực từ ngày 01/7/2023; chưa có thông tin về văn bản sửa đổi, thay thế (đối chiếu đến ngày 01/12/2026)',
  );
  expect(statusText({ status: 'unknown' })).toBe('Chưa có thông tin về văn bản sửa đổi, thay thế');
  expect(statusText({ status: 'in-force', effectiveFrom: '2023-07-01' })).toBe('Còn hiệu lực, có hiệu lực từ ngày 01/7/2023');
});
