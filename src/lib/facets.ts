import { compareVietnamese } from './vietnamese';
import { slugify } from './slug';

/** The register can be narrowed by these fields; each value gets a static page (works without JavaScript). */
export interface FacetDefinition<T> {
  key: string;
  label: string;
  value: (item: T) => string;
  /** Display text for a value, if not the value itself. */
  display?: (value: string) => string;
}

export interface FacetValue {
  slug: string;
  label: string;
  count: number;
}

/** A value's address is made from the words readers see, so a stored code ("in-force") never shows in a URL. */
export const facetSlug = <T,>(facet: FacetDefinition<T>, value: string) => slugify(facet.display?.(value) ?? value);
const slugOf = facetSlug;

export function facetValues<T>(items: readonly T[], facet: FacetDefinition<T>): FacetValue[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(facet.value(item), (counts.get(facet.value(item)) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ slug: slugOf(facet, value), label: facet.display?.(value) ?? value, count }))
    .sort((a, b) => compareVietnamese(a.label, b.label));
}

export function filterByFacet<T>(items: readonly T[], facet: FacetDefinition<T>, slug: string): T[] {
  return items.filter((item) => slugOf(facet, facet.value(item)) === slug);
}
