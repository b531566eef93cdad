import { expect, it } from 'vitest';
import { documentName, statusText } from './documents';

it('names a document as Vietnamese texts do', () => {
  expect(documentName({ type: 'Công văn', number: '111-CV/TU' })).toBe('Công văn số 111-CV/TU');
});

it('states status without guessing', () => {
  expect(statusText({ status: 'replaced', endedOn: '2023-07-01' }, { type: 'Luật', number: '10/2022/QH15' })).toBe(
    'Hết hiệu lực từ 01/7/2023, thay thế bởi Luật 10/2022/QH15',
  );
  expect(statusText({ status: 'in-force', effectiveFrom: '2023-07-01' })).toBe('Còn hiệu lực (có hiệu lực từ 01/7/2023)');
  expect(statusText({ status: 'unknown' })).toBe('Chưa có thông tin về hiệu lực');
});
