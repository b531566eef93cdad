import { describe, expect, it } from 'vitest';
import { legislationName } from './jsonld';

describe('legislationName', () => {
  it('joins a title that continues the name, keeps one that stands alone, and names an untitled document by number', () => {
    expect(legislationName({ type: 'Quyết định', number: '84-QĐ/TU', title: 'về việc ban hành Quy chế công tác dân vận' })).toBe(
      'Quyết định số 84-QĐ/TU về việc ban hành Quy chế công tác dân vận',
    );
    expect(legislationName({ type: 'Luật', number: '10/2022/QH15', title: 'Luật Thực hiện dân chủ ở cơ sở' })).toBe('Luật Thực hiện dân chủ ở cơ sở');
    expect(legislationName({ type: 'Chỉ thị', number: '29-CT/TU', title: null })).toBe('Chỉ thị số 29-CT/TU');
  });
});
