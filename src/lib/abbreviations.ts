/**
 * Abbreviations and other names (content/abbreviations.yaml): what each
 * page shows under its title, and the exact-lookup table search reads so
 * that "ubkt" or "BCĐ QCDC" puts its page first. Keys are folded (đ → d,
 * lower case, words joined by one space), and looked up in a Map only, so
 * "constructor" or "__proto__" match nothing.
 */
import { splitWords } from './search-text';
import { foldVietnamese } from './vietnamese';

export interface NameEntry {
  /** The abbreviation ("UBKT") or the other name. */
  text: string;
  kind: 'abbreviation' | 'current-name';
  term?: string;
  bodies: readonly string[];
}

/** What a query or a name is compared as: "BCĐ  QCDC" → "bcd qcdc". */
export function nameKey(text: string): string {
  return splitWords(foldVietnamese(text)).join(' ');
}

/** The names a page shows: its abbreviations and its names of today, as written. */
export function namesOf(entries: readonly NameEntry[], page: { term: string } | { body: string }) {
  const on = entries.filter((e) => ('term' in page ? e.term === page.term : e.bodies.includes(page.body)));
  return {
    abbreviations: on.filter((e) => e.kind === 'abbreviation').map((e) => e.text),
    currentNames: on.filter((e) => e.kind === 'current-name').map((e) => e.text),
  };
}

export interface LookupEntry {
  key: string;
  /** The pages search puts first, in order. */
  urls: string[];
}

/** The table for the search (/du-lieu/tra-cuu-viet-tat.json): only names that point to a page. */
export function lookupEntries(entries: readonly NameEntry[], termUrl: (slug: string) => string, bodyUrl: (slug: string) => string): LookupEntry[] {
  return entries
    .map((e) => ({ key: nameKey(e.text), urls: [...(e.term ? [termUrl(e.term)] : []), ...e.bodies.map(bodyUrl)] }))
    .filter((e) => e.key && e.urls.length > 0);
}

/** The pages a whole query names, or none. */
export function pagesNamed(query: string, table: ReadonlyMap<string, readonly string[]>): readonly string[] {
  return table.get(nameKey(query)) ?? [];
}

/** The table as the search holds it; a malformed entry is skipped. */
export function lookupTable(entries: unknown): Map<string, string[]> {
  const table = new Map<string, string[]>();
  if (!Array.isArray(entries)) return table;
  for (const e of entries as Partial<LookupEntry>[]) {
    if (typeof e?.key === 'string' && Array.isArray(e.urls) && e.urls.every((u) => typeof u === 'string')) table.set(e.key, e.urls);
  }
  return table;
}

/** Hits in their order, the named pages moved to the front in the table's order. */
export function namedFirst<T extends { url: string }>(hits: readonly T[], urls: readonly string[]): T[] {
  if (!urls.length) return [...hits];
  const page = (h: T) => h.url.split('#')[0]!;
  const first = urls.flatMap((u) => hits.filter((h) => page(h) === u));
  return [...first, ...hits.filter((h) => !urls.includes(page(h)))];
}

/** Names given twice (after folding): the later ones, with the index of their first use. */
export function duplicateNames(texts: readonly string[]): { index: number; first: number }[] {
  const seen = new Map<string, number>();
  const out: { index: number; first: number }[] = [];
  texts.forEach((t, index) => {
    const key = nameKey(t);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else out.push({ index, first });
  });
  return out;
}
