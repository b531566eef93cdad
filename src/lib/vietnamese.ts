/**
 * Vietnamese text: folding, tone placement, order. Unicode NFD separates most
 * diacritics from their letters, but đ/Đ is a letter of its own and never
 * decomposes, so it needs an explicit mapping; Pagefind misses it for the same reason.
 */

/** The five tone marks, decomposed: huyền, sắc, ngã, hỏi, nặng. */
export const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ALL_MARKS = /\p{M}/gu;

/** Canonical form for storage and comparison. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Lower case, no diacritics, đ → d: what a person types on a keyboard without Telex. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(ALL_MARKS, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .toLowerCase()
    .normalize('NFC');
}

/**
 * Makes tone placement irrelevant while keeping every other mark: "Uỷ" and
 * "Ủy" (old and new placement) give the same key, "ủy" and "úy" do not.
 * Each syllable's tone mark is moved to the end of the syllable.
 */
export function toneInsensitive(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[^\s\p{P}]+/gu, (syllable) => {
      const tones = syllable.match(TONE_MARKS) ?? [];
      return syllable.replace(TONE_MARKS, '') + tones.join('');
    })
    .toLowerCase();
}

/** True when the text carries any Vietnamese diacritic (so the reader typed them on purpose). */
export function hasDiacritics(text: string): boolean {
  return foldVietnamese(text) !== text.normalize('NFC').toLowerCase();
}

const collator = new Intl.Collator('vi');
/** Vietnamese alphabetical order (A, Ă, Â … D, Đ …), for every sorted list of the site. */
export const compareVietnamese = (a: string, b: string) => collator.compare(a, b);

/** text as a literal inside a RegExp. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first line (1-based) that is not in Unicode NFC, or null when the whole text is. */
export function firstNonNfcLine(text: string): number | null {
  if (text === text.normalize('NFC')) return null;
  const index = text.split('\n').findIndex((line) => line !== line.normalize('NFC'));
  return index + 1;
}
