/**
 * The register's list pages as pure data: which lists exist, their
 * addresses, and their pages of at most PAGE_SIZE rows. A list is a
 * selection of at most one value in each field (type × issuer × status ×
 * year); which selections are lists, buildLists says. No query strings:
 * every list is a static page that works without JavaScript.
 */
import { facetPath, REGISTER_FACET_KEYS, REGISTER_PATH, type RegisterFacetKey } from './paths';

/** Rows on one page of a list. */
export const PAGE_SIZE = 100;
/** Documents /van-ban/ shows, newest first. */
export const NEWEST_COUNT = 50;

/** The fields a list narrows by, in the fixed order of their address segments. */
export const LIST_FIELDS = [...REGISTER_FACET_KEYS, 'nam'] as const;
export type ListField = (typeof LIST_FIELDS)[number];
export const YEAR_FIELD = 'nam' satisfies ListField;

/** A value slug per field narrowed; the fields left out are not narrowed. */
export type Selection = Partial<Record<ListField, string>>;

/** What a list needs of a document: its value slug in each field (null: none, e.g. no date, so no year). */
export interface ListItem {
  values: Readonly<Record<ListField, string | null>>;
}

export const YEARS_PATH = `${REGISTER_PATH}nam/`;
export const yearPath = (year: string) => `${YEARS_PATH}${year}/`;
export const FILTER_PATH = `${REGISTER_PATH}loc/`;
/** The whole register in number order. */
export const BY_NUMBER_PATH = `${REGISTER_PATH}theo-so/`;

export const selectedFields = (selection: Selection): ListField[] => LIST_FIELDS.filter((f) => selection[f] !== undefined);

/** One key per selection, whatever order its fields were set in. */
export const selectionKey = (selection: Selection) => selectedFields(selection).map((f) => `${f}-${selection[f]}`).join('/');

/**
 * A list's address. A list of one field keeps the address it already had:
 * /van-ban/nam/2015/ and /van-ban/loai/quyet-dinh/; two or more fields are
 * /van-ban/loc/ with one segment per field in LIST_FIELDS order:
 * /van-ban/loc/loai-quyet-dinh/nam-2015/. No selection is the register.
 */
export function selectionPath(selection: Selection): string {
  const fields = selectedFields(selection);
  if (!fields.length) return REGISTER_PATH;
  if (fields.length === 1) {
    const [field] = fields as [ListField];
    const value = selection[field]!;
    return field === YEAR_FIELD ? yearPath(value) : facetPath(field as RegisterFacetKey, value);
  }
  return `${FILTER_PATH}${selectionKey(selection)}/`;
}

/** Page n (1-based) of the list at base: the first page is the list's own address, the next /trang-2/, … */
export const pagePath = (base: string, page: number) => (page <= 1 ? base : `${base}trang-${page}/`);

export const pageCount = (items: number, size = PAGE_SIZE) => Math.max(1, Math.ceil(items / size));

export interface ListPage<T> {
  /** 1-based. */
  page: number;
  pages: number;
  path: string;
  rows: T[];
}

/** A list's items (already in their order) cut into pages of at most size. */
export function paginate<T>(items: readonly T[], base: string, size = PAGE_SIZE): ListPage<T>[] {
  const pages = pageCount(items.length, size);
  return Array.from({ length: pages }, (_, i) => ({ page: i + 1, pages, path: pagePath(base, i + 1), rows: items.slice(i * size, (i + 1) * size) }));
}

/** A link in the page navigation: a page number, or «previous» / «next». */
export interface PageLink {
  page: number;
  path: string;
  current: boolean;
}

/**
 * The page numbers a page links to: the first, the last, and two either
 * side of the current one, with null where numbers are left out (…), so the
 * navigation stays short however long the list.
 */
export function pageLinks(base: string, page: number, pages: number): (PageLink | null)[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const links: (PageLink | null)[] = [];
  for (const [i, n] of shown.entries()) {
    if (i > 0 && n - shown[i - 1]! > 1) links.push(null);
    links.push({ page: n, path: pagePath(base, n), current: n === page });
  }
  return links;
}

export interface List {
  selection: Selection;
  key: string;
  /** Indices of the items on the list, in the order given. */
  items: number[];
}

/** The register's lists, and the list to show for any selection. */
export interface ListIndex {
  /** The lists built, keyed by selectionKey. */
  lists: Map<string, List>;
  /**
   * The list that holds exactly the items of a selection: the selection's
   * own, or, when one of its values narrows nothing, the list without that
   * value. Undefined when the selection holds no item or has no list (a
   * third value cut from a list of one page), and for no selection.
   */
  find(selection: Selection): List | undefined;
}

/**
 * The lists of the register (items keep the order given):
 * - every value of one field that some item has;
 * - every selection of two fields that holds an item and narrows both
 *   lists of one field it is made from (holds fewer items than each);
 * - a selection of three or four fields likewise, and only where each
 *   selection with one field fewer runs to more than one page: a list that
 *   fits on one page is read whole, not cut again.
 * A selection that narrows nothing has no page of its own: its items are
 * those of a list with fewer values, and find() leads there. Each item is
 * on the lists of at most the 2^4 − 1 non-empty subsets of its values, and
 * the lists of three fields or more come only from lists longer than a
 * page, so the number of lists and pages grows linearly with the items and
 * stays a small part of them (tested at 10,000 in register-lists.test.ts).
 */
export function buildLists(items: readonly ListItem[], pageSize = PAGE_SIZE): ListIndex {
  const all = new Map<string, List>();
  items.forEach((item, index) => {
    const own = LIST_FIELDS.filter((f) => item.values[f] !== null);
    for (let mask = 1; mask < 1 << own.length; mask++) {
      const selection: Selection = {};
      own.forEach((f, i) => {
        if (mask & (1 << i)) selection[f] = item.values[f]!;
      });
      const key = selectionKey(selection);
      let list = all.get(key);
      if (!list) all.set(key, (list = { selection, key, items: [] }));
      list.items.push(index);
    }
  });
  const size = (selection: Selection) => all.get(selectionKey(selection))?.items.length ?? 0;
  const lists = new Map<string, List>();
  for (const list of all.values()) {
    const fields = selectedFields(list.selection);
    const least = fields.length <= 2 ? list.items.length : Math.max(list.items.length, pageSize);
    if (fields.length === 1 || fields.every((f) => size(without(list.selection, f)) > least)) lists.set(list.key, list);
  }
  const find = (selection: Selection): List | undefined => {
    let current = selection;
    for (;;) {
      const key = selectionKey(current);
      const list = all.get(key);
      if (!list || lists.has(key)) return list;
      // Not built: if some value narrows nothing, drop it (the items stay the same); else it is cut from a short list.
      const idle = selectedFields(current).find((f) => size(without(current, f)) === list.items.length);
      if (!idle) return undefined;
      current = without(current, idle);
    }
  };
  return { lists, find };
}

/** The selection without one field: what «bỏ lọc» of that field leads to. */
export function without(selection: Selection, field: ListField): Selection {
  const rest = { ...selection };
  delete rest[field];
  return rest;
}

export const withValue = (selection: Selection, field: ListField, value: string): Selection => ({ ...selection, [field]: value });
