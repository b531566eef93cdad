/**
 * The search page's state in its address: /tim-kiem/?q=…&nhom=…&loai=…&noi-ban-hanh=…&nam=…
 * Filter values are slugs (readable, and what the register's own lists use);
 * the page maps them to the labels Pagefind filters by.
 */
import { SEARCH_PATH } from './paths';

export { SEARCH_PATH };

/** URL parameter of each filter: kind of page, document type, issuer, year. */
export const FILTER_PARAMS = ['nhom', 'loai', 'noi-ban-hanh', 'nam'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** Pagefind's filter name for each parameter (set by Base.astro and DocumentSearchFacts.astro). */
export const PAGEFIND_FILTER: Record<FilterParam, string> = { nhom: 'kind', loai: 'type', 'noi-ban-hanh': 'issuer', nam: 'year' };

/** Kinds of result, as Base.astro's searchKind names them, with their slugs (the sections' own paths). */
export const SEARCH_KINDS = [
  { slug: 'van-ban', label: 'Văn bản' },
  { slug: 'bai-hoc', label: 'Bài học' },
  { slug: 'thuat-ngu', label: 'Thuật ngữ' },
  { slug: 'co-quan', label: 'Cơ quan' },
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number]['label'];
/** The kind of a document's page: number lookups and ranking treat it apart. */
export const DOCUMENT_KIND: SearchKind = SEARCH_KINDS[0].label;

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterParam, string>>;
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_PARAMS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { q: params.get('q') ?? '', filters };
}

/**
 * Longest query kept in the address. The box keeps everything typed (only
 * the first words are searched anyway); an address stays short enough for
 * any host to serve and to share.
 */
export const MAX_URL_QUERY = 500;

/** The address of a state; empty filters are left out. */
export function searchHref(state: SearchState): string {
  const params = new URLSearchParams();
  const q = [...state.q.trim()].slice(0, MAX_URL_QUERY).join('');
  if (q) params.set('q', q);
  for (const key of FILTER_PARAMS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return searchHref(a) === searchHref(b);
}
