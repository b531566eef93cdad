/**
 * Finding glossary terms in Vietnamese prose. Pure: no file access, so the
 * term pages (which provisions and modules use a term) and the remark plugin
 * (link a term's first mention in a module) share one notion of "a mention".
 *
 * What counts as the same word, and why:
 * - letter case and tone placement do not matter ("Cấp uỷ" = "cấp ủy": both
 *   placements are correct Vietnamese);
 * - every other diacritic does ("ban" ≠ "bàn" ≠ "bán"): ignoring them would
 *   turn common words into false mentions. Only a needle written entirely
 *   without diacritics ("QCDC") is compared with folded text;
 * - words are whole words in the Unicode sense (JS \b does not know "ư" or "đ");
 * - spacing around hyphens and dashes does not matter ("chính trị-xã hội" =
 *   "chính trị - xã hội"), and runs of whitespace count as one space.
 */
import { foldVietnamese, hasDiacritics, toneInsensitive } from './vietnamese';

export interface TermLike {
  slug: string;
  term: string;
  aliases: readonly string[];
}

export interface TermMention {
  slug: string;
  /** Offsets into the text searched (UTF-16, as String.slice takes them). */
  start: number;
  end: number;
  /** The words as written in the text. */
  text: string;
}

interface Token {
  word: boolean;
  text: string;
  start: number;
  end: number;
}

interface Needle {
  slug: string;
  /** Word keys, compared with the text's word keys. */
  words: string[];
  /** Separator keys between consecutive words (length words.length - 1). */
  seps: string[];
  folded: boolean;
}

export interface TermMatcher {
  /** Needles by their first word's key, longest first, so a longer name wins over its prefix. */
  byFirst: Map<string, Needle[]>;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    if (m.index > last) tokens.push({ word: false, text: text.slice(last, m.index), start: last, end: m.index });
    tokens.push({ word: true, text: m[0], start: m.index, end: m.index + m[0].length });
    last = m.index + m[0].length;
  }
  if (last < text.length) tokens.push({ word: false, text: text.slice(last), start: last, end: text.length });
  return tokens;
}

const wordKey = (word: string) => toneInsensitive(word.normalize('NFC'));
const foldedKey = (word: string) => foldVietnamese(word);

/** "  -  " → "-", " " → " ", ", " → ",": what separates two words, spacing aside. */
function sepKey(sep: string): string {
  const trimmed = sep.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, '');
  return trimmed === '' ? ' ' : trimmed;
}

function needle(slug: string, phrase: string): Needle | undefined {
  const tokens = tokenize(phrase.trim());
  const words: string[] = [];
  const seps: string[] = [];
  const folded = !hasDiacritics(phrase);
  let pendingSep: string | undefined;
  for (const token of tokens) {
    if (!token.word) {
      pendingSep = token.text;
      continue;
    }
    if (words.length) seps.push(sepKey(pendingSep ?? ''));
    words.push(folded ? foldedKey(token.text) : wordKey(token.text));
    pendingSep = undefined;
  }
  return words.length ? { slug, words, seps, folded } : undefined;
}

export function compileTerms(terms: readonly TermLike[]): TermMatcher {
  const byFirst = new Map<string, Needle[]>();
  for (const t of terms) {
    for (const phrase of new Set([t.term, ...t.aliases])) {
      const n = needle(t.slug, phrase);
      if (!n) continue;
      const list = byFirst.get(n.words[0]!) ?? [];
      list.push(n);
      byFirst.set(n.words[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length || b.seps.join('').length - a.seps.join('').length);
  return { byFirst };
}

/** Word tokens at or after `from` match the needle? Returns the index of the last word token, or -1. */
function matchAt(tokens: Token[], keys: { exact: string; folded: string }[], i: number, n: Needle): number {
  let t = i;
  for (let w = 0; w < n.words.length; w++) {
    if (w > 0) {
      // A separator token (maybe absent when two words touch, which cannot happen: words are maximal runs).
      const sep = tokens[t + 1];
      const next = tokens[t + 2];
      if (!sep || sep.word || !next || !next.word) return -1;
      if (sepKey(sep.text) !== n.seps[w - 1]) return -1;
      t += 2;
    }
    const key = keys[t]!;
    if ((n.folded ? key.folded : key.exact) !== n.words[w]) return -1;
  }
  return t;
}

/**
 * Every mention in the text, left to right, never overlapping: at each word
 * the longest name that matches wins, then the search goes on after it.
 */
export function findTermMentions(text: string, matcher: TermMatcher): TermMention[] {
  const tokens = tokenize(text);
  const keys = tokens.map((t) => (t.word ? { exact: wordKey(t.text), folded: foldedKey(t.text) } : { exact: '', folded: '' }));
  const found: TermMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.word) continue;
    const candidates = [...(matcher.byFirst.get(keys[i]!.exact) ?? []), ...(matcher.byFirst.get(keys[i]!.folded) ?? []).filter((n) => n.folded)];
    let best: { end: number; slug: string } | undefined;
    for (const n of candidates) {
      const last = matchAt(tokens, keys, i, n);
      if (last >= 0 && (!best || last > best.end)) best = { end: last, slug: n.slug };
    }
    if (!best) continue;
    const start = tokens[i]!.start;
    const end = tokens[best.end]!.end;
    found.push({ slug: best.slug, start, end, text: text.slice(start, end) });
    i = best.end;
  }
  return found;
}

/** The slugs of the terms a text mentions. */
export function termsIn(text: string, matcher: TermMatcher): Set<string> {
  return new Set(findTermMentions(text, matcher).map((m) => m.slug));
}

export type LinkPiece = string | { slug: string; text: string };

/**
 * Splits a text so the first mention of each term not yet in `linked`
 * becomes a link piece; `linked` is updated, so calling this on a module's
 * text nodes in reading order links each term once, where it first appears.
 */
export function linkFirstMentions(text: string, matcher: TermMatcher, linked: Set<string>): LinkPiece[] {
  const pieces: LinkPiece[] = [];
  let last = 0;
  for (const m of findTermMentions(text, matcher)) {
    if (linked.has(m.slug)) continue;
    linked.add(m.slug);
    if (m.start > last) pieces.push(text.slice(last, m.start));
    pieces.push({ slug: m.slug, text: m.text });
    last = m.end;
  }
  if (last < text.length || pieces.length === 0) pieces.push(text.slice(last));
  return pieces;
}

/** A short piece of text around a mention, for "where it appears" lists. */
export function excerptAround(text: string, mention: Pick<TermMention, 'start' | 'end'>, radius = 60): { before: string; match: string; after: string } {
  const cut = (s: string, fromEnd: boolean) => {
    if (s.length <= radius) return s;
    const piece = fromEnd ? s.slice(-radius) : s.slice(0, radius);
    // Cut at a space so no word is broken in half.
    const at = fromEnd ? piece.indexOf(' ') : piece.lastIndexOf(' ');
    const clean = at > 0 ? (fromEnd ? piece.slice(at + 1) : piece.slice(0, at)) : piece;
    return fromEnd ? `…${clean}` : `${clean}…`;
  };
  return {
    before: cut(text.slice(0, mention.start), true),
    match: text.slice(mention.start, mention.end),
    after: cut(text.slice(mention.end), false),
  };
}
