import { expect, it } from 'vitest';
import { facetValues, filterByFacet } from './facets';

const items = [{ type: 'Quyết định' }, { type: 'Chỉ thị' }, { type: 'Quyết định' }, { type: 'Đề án' }];
const facet = { key: 'loai', label: 'Loại', value: (i: { type: string }) => i.type };

it('counts values in Vietnamese order, with slugs for their pages', () => {
  expect(facetValues(items, facet)).toEqual([
    { slug: 'chi-thi', label: 'Chỉ thị', count: 1 },
    { slug: 'de-an', label: 'Đề án', count: 1 },
    { slug: 'quyet-dinh', label: 'Quyết định', count: 2 },
  ]);
  expect(filterByFacet(items, facet, 'quyet-dinh')).toHaveLength(2);
});

it('makes a value’s address from its displayed words, not from a stored code', () => {
  const status = { key: 'hieu-luc', label: 'Hiệu lực', value: (i: { s: string }) => i.s, display: (v: string) => ({ 'in-force': 'Còn hiệu lực', replaced: 'Hết hiệu lực' })[v] ?? v };
  const docs = [{ s: 'in-force' }, { s: 'replaced' }, { s: 'replaced' }];
  expect(facetValues(docs, status).map((v) => v.slug)).toEqual(['con-hieu-luc', 'het-hieu-luc']);
  expect(filterByFacet(docs, status, 'het-hieu-luc')).toHaveLength(2);
  expect(filterByFacet(docs, status, 'replaced')).toHaveLength(0);
});
