/**
 * Text on both sides of the search index: what a typed query becomes, and how
 * page text is given to Pagefind so that "dang uy" finds "đảng ủy".
 *
 * Pagefind (1.6) matches words with their combining marks stripped, so "dan"
 * finds "dân", but đ/Đ is a letter of its own, not d plus a mark, and "dang"
 * never finds "đảng". The index is therefore built from the pages with every
 * đ written as d + U+0335 (combining short stroke overlay): Pagefind strips
 * the mark and indexes "dang", while the stored text keeps the mark, so the
 * text we show (excerpts, titles, filter values) decodes back to "đ" exactly.
 * The rewrite happens in memory at indexing time; pages on disk are untouched.
 */
import { foldVietnamese, hasDiacritics, nfc, toneInsensitive } from './vietnamese';

const STROKE = '\u0335';

/** Page text as the index holds it: đ → d + stroke, Đ → D + stroke. */
export function encodeForIndex(text: string): string {
  return text.replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D') + STROKE);
}

/** Back from the index to the page's own text (NFC). */
export function decodeFromIndex(text: string): string {
  return nfc(text.replace(/([dD])\u0335/g, (_, d: string) => (d === 'd' ? 'đ' : 'Đ')));
}

/** True when a text already holds the stroke mark, which would make decoding ambiguous. */
export function holdsIndexMark(text: string): boolean {
  return text.includes(STROKE);
}

/** Longest query searched; the box may hold more (5,000 pasted characters must not break anything). */
export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_WORDS = 12;

export interface PreparedQuery {
  /** The query as shown and kept in the URL: NFC, trimmed, single spaces, capped. */
  text: string;
  /** Words folded to ASCII (đ → d), for matching. */
  words: string[];
  /** The same words with their marks, tone placement ignored (Uỷ = Ủy), for preferring exact spellings. */
  exactWords: string[];
  /** The reader typed diacritics, so exact spellings go first. */
  marked: boolean;
  /** What is sent to Pagefind: encoded like the index. Empty when there is nothing to search. */
  term: string;
}

/** Words of a text: runs of letters, marks and digits ("120-KL/TW" → 120, KL, TW). */
export function splitWords(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

export function prepareQuery(raw: string): PreparedQuery {
  const collapsed = nfc(raw).replace(/\s+/gu, ' ').trim();
  const tokens = collapsed.split(' ').filter((t) => splitWords(t).length > 0).slice(0, MAX_QUERY_WORDS);
  let text = '';
  for (const token of tokens) {
    const next = text ? `${text} ${token}` : token;
    if (next.length > MAX_QUERY_CHARS) break;
    text = next;
  }
  if (!text && tokens[0]) text = tokens[0].slice(0, MAX_QUERY_CHARS);
  const words = splitWords(text);
  return {
    text,
    words: words.map(foldVietnamese),
    exactWords: words.map(exactKey),
    marked: hasDiacritics(text),
    term: encodeForIndex(text),
  };
}

/** A word with its marks kept but tone placement ignored ("Uỷ" and "Ủy" give one key; "ủy" and "úy" two). */
export function exactKey(word: string): string {
  return toneInsensitive(word).normalize('NFC');
}

/** The query with its diacritics removed (offered when nothing is found). */
export function withoutDiacritics(text: string): string {
  return foldVietnamese(text);
}
