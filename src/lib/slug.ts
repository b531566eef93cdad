import { foldVietnamese } from './vietnamese';

/** URL slug: folded to ASCII (đ → d), lower case, runs of anything else as "-". */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Whether text is already a slug, as file names of pages must be. */
export const isSlug = (text: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text);

const YEAR_IN_NUMBER = /(?:^|[^0-9])(19|20)\d\d(?:[^0-9]|$)/;

/**
 * A document's slug (DESIGN.md): the number slugified, then "-<year>" unless
 * the number already holds the year ("34/2007/PL-UBTVQH11").
 */
export function documentSlug(number: string, dateIssued: string | null): string {
  const base = slugify(number);
  if (YEAR_IN_NUMBER.test(number) || !dateIssued) return base;
  return `${base}-${dateIssued.slice(0, 4)}`;
}
