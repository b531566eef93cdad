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
