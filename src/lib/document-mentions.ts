import { nfc, escapeRegExp } from './vietnamese';
import { slugify } from './slug';

/**
 * Finding document numbers and names in Vietnamese prose.
 *
 * JavaScript's \b only knows ASCII letters, so "Số120-KL/TW" or "ủy120" would
 * look like word boundaries; the guards below use Unicode letter classes.
 * Party numbers ("120-KL/TW", "1737-QĐ/TU") and state numbers
 * ("34/2007/PL-UBTVQH11", "10/2022/QH15", "59/2023/NĐ-CP") share one shape:
 * a serial, an optional "/year", then upper-case segments.
 */
const SEGMENT = '[A-ZĐ][A-Za-zĐ]{0,11}\\d{0,3}';
export const DOCUMENT_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}/-])\\d{1,5}(?:/\\d{4})?[-/]${SEGMENT}(?:[-/]${SEGMENT})*(?![\\p{L}\\p{N}]|[-/][\\p{L}\\p{N}])`,
  'gu',
);

export interface RegisterEntry {
  slug: string;
  number: string;
  /** Names the documents go by in prose, e.g. "Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn". */
  aliases?: readonly string[];
}

export interface RegisterIndex {
  bySerial: Map<string, string | typeof AMBIGUOUS>;
  aliases: { pattern: RegExp; slug: string }[];
  /** Numbers the site may name without holding them (FACTS.md mentions them in passing). */
  external: Set<string>;
}

const AMBIGUOUS = Symbol('ambiguous');

/** The key a number is looked up by: spelling-insensitive ("QĐ" = "QD", "/" = "-"). */
export function numberKey(number: string): string {
  return slugify(number);
}

export function createRegisterIndex(entries: readonly RegisterEntry[], external: readonly string[] = []): RegisterIndex {
  const bySerial = new Map<string, string | typeof AMBIGUOUS>();
  for (const entry of entries) {
    const key = numberKey(entry.number);
    bySerial.set(key, bySerial.has(key) && bySerial.get(key) !== entry.slug ? AMBIGUOUS : entry.slug);
  }
  const aliases = entries.flatMap((entry) =>
    (entry.aliases ?? []).map((alias) => ({
      slug: entry.slug,
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(nfc(alias))}(?![\\p{L}\\p{N}])`, 'giu'),
    })),
  );
  return { bySerial, aliases, external: new Set(external.map(numberKey)) };
}

export type Mention =
  | { start: number; end: number; text: string; status: 'linked'; slug: string }
  | { start: number; end: number; text: string; status: 'external' | 'unknown' | 'ambiguous' };

/** Every document number or name in the text (normalised to NFC first), in order, without overlaps. */
export function findMentions(text: string, index: RegisterIndex): Mention[] {
  const source = nfc(text);
  const found: Mention[] = [];
  for (const match of source.matchAll(DOCUMENT_NUMBER)) {
    const start = match.index;
    const end = start + match[0].length;
    const key = numberKey(match[0]);
    const slug = index.bySerial.get(key);
    if (slug === AMBIGUOUS) found.push({ start, end, text: match[0], status: 'ambiguous' });
    else if (slug) found.push({ start, end, text: match[0], status: 'linked', slug });
    else found.push({ start, end, text: match[0], status: index.external.has(key) ? 'external' : 'unknown' });
  }
  for (const { pattern, slug } of index.aliases) {
    for (const match of source.matchAll(pattern)) {
      found.push({ start: match.index, end: match.index + match[0].length, text: match[0], status: 'linked', slug });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const mention of found) {
    const last = kept.at(-1);
    if (!last || mention.start >= last.end) kept.push(mention);
  }
  return kept;
}

export type LinkedPiece = string | { text: string; slug: string };

/** The text cut into plain runs and links, ready for any renderer (remark, Astro). */
export function linkify(text: string, index: RegisterIndex, options: { skipSlug?: string } = {}): LinkedPiece[] {
  const source = nfc(text);
  const pieces: LinkedPiece[] = [];
  let cursor = 0;
  for (const mention of findMentions(source, index)) {
    if (mention.status !== 'linked' || mention.slug === options.skipSlug) continue;
    if (mention.start > cursor) pieces.push(source.slice(cursor, mention.start));
    pieces.push({ text: mention.text, slug: mention.slug });
    cursor = mention.end;
  }
  if (cursor < source.length) pieces.push(source.slice(cursor));
  return pieces;
}

/** Numbers that are neither in the register nor declared as external: each is an error in content. */
export function unresolvedMentions(text: string, index: RegisterIndex): Mention[] {
  return findMentions(text, index).filter((m) => m.status === 'unknown' || m.status === 'ambiguous');
}



const WHOLE_NUMBER = new RegExp(`^(?:${DOCUMENT_NUMBER.source})$`, 'u');
/** True when the whole text is one document number ("120-KL/TW"), not a name or a sentence holding one. */
export const isDocumentNumber = (text: string) => WHOLE_NUMBER.test(text);

/** A run of text that is a document number ("111-CV/TU"): shown unbroken, since readers scan by number. */
export interface NumberRun {
  number: string;
}

/**
 * The text cut into plain runs and document numbers, so that a renderer can
 * keep each number on one line (class "doc-number", white-space: nowrap)
 * without changing a character: copying and searching still see "111-CV/TU".
 */
export function numberRuns(text: string): (string | NumberRun)[] {
  const runs: (string | NumberRun)[] = [];
  let cursor = 0;
  for (const match of text.matchAll(DOCUMENT_NUMBER)) {
    if (match.index > cursor) runs.push(text.slice(cursor, match.index));
    runs.push({ number: match[0] });
    cursor = match.index + match[0].length;
  }
  if (cursor < text.length || runs.length === 0) runs.push(text.slice(cursor));
  return runs;
}
