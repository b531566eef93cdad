import { describe, expect, it } from 'vitest';
import { readSearchState, sameState, searchHref } from './search-url';

describe('search state in the URL', () => {
  it('reads the query and the filters it knows, and ignores the rest', () => {
    expect(readSearchState('?q=%C4%91%E1%BA%A3ng+%E1%BB%A7y&loai=quyet-dinh&nam=2015&x=1&nhom=')).toEqual({
      q: 'đảng ủy',
      filters: { loai: 'quyet-dinh', nam: '2015' },
    });
  });

  it('writes back what it read, leaving empty parts out', () => {
    const state = { q: ' Tô Hiệu ', filters: { nhom: 'co-quan', loai: '' } };
    expect(searchHref(state)).toBe('/tim-kiem/?q=T%C3%B4+Hi%E1%BB%87u&nhom=co-quan');
    expect(readSearchState(searchHref(state).split('?')[1]!)).toEqual({ q: 'Tô Hiệu', filters: { nhom: 'co-quan' } });
    expect(searchHref({ q: '', filters: {} })).toBe('/tim-kiem/');
  });

  it('keeps hostile text as data', () => {
    const q = '"><script>alert(1)</script>&nam=1';
    expect(readSearchState(searchHref({ q, filters: {} }).split('?')[1]!)).toEqual({ q, filters: {} });
  });

  it('keeps the address short when the box holds a very long text', () => {
    const long = 'đảng '.repeat(1000);
    expect(readSearchState(searchHref({ q: long, filters: {} }).split('?')[1]!).q.length).toBeLessThanOrEqual(500);
  });

  it('compares states by their address', () => {
    expect(sameState({ q: 'a', filters: {} }, { q: ' a ', filters: { nam: '' } })).toBe(true);
  });
});
