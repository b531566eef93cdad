/**
 * Finding a document by its number however it is typed: "120-KL/TW",
 * "120 KL TW", "kl 120", "1738", "qd 1738", "1737-QD/TU", "chỉ thị 30",
 * "luat 10/2022". The register is emitted at build time as rows (numberEntry
 * below) in shards keyed by the serial's last two digits
 * (/du-lieu/so-hieu/<key>.json, numberShardKey): a query fetches only the
 * shards of the serials it names, so what it loads stays small as the
 * register grows. The whole table is also kept at /du-lieu/tra-cuu-so-hieu.json
 * for readers of the data. The search puts the documents it matches ahead of
 * the full-text results, and answers a query made of number words alone
 * (isNumberQuery) without the full-text index.
 */
import { DOCUMENT_TYPES, isRealDate } from '../schemas/values';
import { foldVietnamese, nfc } from './vietnamese';
import { numberKey } from './document-mentions';
import type { DocumentFacts } from './documents';
import { splitWords } from './search-text';

/**
 * Symbols of document types in Vietnamese numbers (the part before the slash
 * in Party numbers, e.g. KL in 120-KL/TW; FACTS.md), with the type names each
 * stands for, folded. "QĐ" is either quyết định or quy định. A Map, so a
 * typed word such as "constructor" is never mistaken for an entry.
 */
const TYPE_SYMBOLS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  cv: ['cong van'],
  kl: ['ket luan'],
  ct: ['chi thi'],
  qd: ['quyet dinh', 'quy dinh'],
  hd: ['huong dan'],
  nq: ['nghi quyet'],
  pl: ['phap lenh'],
  nd: ['nghi dinh'],
  tt: ['thong tu'],
  tb: ['thong bao'],
  kh: ['ke hoach'],
}));

/** One row of the lookup table: the document's facts and the keys it is found by. */
export interface NumberEntry extends DocumentFacts {
  /** The serial, without leading zeros: "120". */
  serial: string;
  /** The year in the number, else the year issued. */
  year: string | null;
  /** The other parts of the number, folded: ["kl", "tw"], ["pl", "ubtvqh11"], ["qh15"]. */
  codes: string[];
  /** Type names this document answers to, folded: its own type, and those its type symbol stands for. */
  types: string[];
}


const YEAR = /^(?:19|20)\d\d$/;

/** Every type name a query may use, folded: the register's types and those the symbols stand for. */
const TYPE_NAMES: readonly string[] = [...new Set([...DOCUMENT_TYPES.map(foldVietnamese), ...[...TYPE_SYMBOLS.values()].flat()])];

/** Shards of the number table: one per last two digits of the serial ("120" → "20", "5" → "05"). */
export const NUMBER_SHARD_KEYS: readonly string[] = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

/** Where a shard is served. */
export const numberShardPath = (key: string) => `/du-lieu/so-hieu/${key}.json`;

/**
 * The shard a serial's rows are in. The last two digits, not the first: a
 * serial is always matched whole, and registers number their documents in
 * runs (5000, 5001, …), so the last digits spread a run evenly over the shards
 * where the first would pile thousands into "10" to "14".
 */
export function numberShardKey(serial: string): string {
  const digits = String(Number(serial));
  return digits.slice(-2).padStart(2, '0');
}

/** The lookup row of a document (run at build time on the register). */
export function numberEntry(doc: DocumentFacts): NumberEntry {
  const [serial = '', ...rest] = numberKey(doc.number).split('-');
  const yearInNumber = rest.find((part) => YEAR.test(part));
  const codes = rest.filter((part) => !YEAR.test(part));
  const ownType = foldVietnamese(doc.type);
  const symbolTypes = codes.flatMap((code) => TYPE_SYMBOLS.get(code) ?? []);
  return {
    ...doc,
    serial: String(Number(serial)),
    year: yearInNumber ?? doc.date?.slice(0, 4) ?? null,
    codes,
    types: [...new Set([ownType, ...(symbolTypes.includes(ownType) ? symbolTypes : [])])],
  };
}

export interface NumberMatch {
  entry: NumberEntry;
  score: number;
}

interface Serial {
  serial: string;
  year?: string;
  position: number;
  near: Set<string>;
}

/** A query as the number lookup reads it: folded, dates blanked, symbols parted from serials, and the serials it names. */
function readQuery(query: string): { folded: string; serials: Serial[] } {
  const folded = foldVietnamese(nfc(query))
    // Dates (13/4/2016) are not numbers of documents.
    .replace(/(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)/g, ' ')
    // "qd1738", "kl120": a type symbol glued to a serial.
    .replace(new RegExp(`(?<![a-z])(${[...TYPE_SYMBOLS.keys()].join('|')})(?=\\d)`, 'g'), '$1 ');
  const serials: Serial[] = [];
  const matches = [...folded.matchAll(/(?<![\p{L}\d])(\d{1,5})(?:\s*\/\s*((?:19|20)\d\d)(?!\d))?/gu)];
  matches.forEach((match, i) => {
    // The words written with this serial: the one before it ("kl 120") and up to three after it ("120 KL TW").
    const before = splitWords(folded.slice(0, match.index)).at(-1);
    const after = splitWords(folded.slice(match.index + match[0].length, matches[i + 1]?.index)).slice(0, 3);
    serials.push({ serial: String(Number(match[1])), year: match[2], position: match.index, near: new Set([...(before ? [before] : []), ...after]) });
  });
  return { folded, serials };
}

/** The serials a query names, as the lookup reads them ("120-KL/TW 2016" → ["120", "2016"]); dates name none. */
export function querySerials(query: string): string[] {
  return [...new Set(readQuery(query).serials.map((s) => s.serial))];
}

/** The type names a folded phrase (" words … ") holds. */
function typesNamed(phrase: string, entries: readonly NumberEntry[]): Set<string> {
  return new Set([...new Set([...TYPE_NAMES, ...entries.flatMap((e) => e.types)])].filter((t) => phrase.includes(` ${t} `)));
}

/** Every word is a serial, a year, a type symbol or one of the number's codes (TW, UBTVQH11) of a document in `entries`. */
function numberWordsOnly(words: readonly string[], entries: readonly NumberEntry[]): boolean {
  return words.every((w) => /^\d+$/.test(w) || TYPE_SYMBOLS.has(w) || entries.some((e) => e.codes.includes(w)));
}

/**
 * True when a query is a document number and nothing else ("120-KL/TW",
 * "qd 1738", "chỉ thị 30", "luat 10/2022"): it names a serial, and its other
 * words are type names or symbols, years or codes of the numbers in
 * `entries` (the rows of the shards its serials point to). Such a query is
 * answered from the number lookup alone when it matches.
 */
export function isNumberQuery(query: string, entries: readonly NumberEntry[]): boolean {
  const { folded, serials } = readQuery(query);
  if (serials.length === 0) return false;
  let phrase = ` ${splitWords(folded).join(' ')} `;
  // Longest names first, so "quy dinh" is not left half-read inside a longer name.
  for (const t of [...typesNamed(phrase, entries)].sort((a, b) => b.length - a.length)) phrase = phrase.split(` ${t} `).join('  ');
  return numberWordsOnly(splitWords(phrase), entries);
}

/**
 * The documents a query names by number, best first. A document matches when
 * the query holds its serial; a year written with it ("10/2022") or a type
 * ("chỉ thị", "QĐ") that contradicts the document rules it out; issuing
 * levels (TW, TU) only add weight, since people mix them up. A bare number of
 * one or two digits inside a longer query ("báo cáo 6 tháng") is not taken for
 * a serial unless a type is named.
 */
export function matchNumbers(query: string, entries: readonly NumberEntry[]): NumberMatch[] {
  const { folded, serials } = readQuery(query);
  if (serials.length === 0) return [];

  const words = splitWords(folded);
  const wordSet = new Set(words);
  const phrase = ` ${words.join(' ')} `;
  // Every known type, not only those of `entries`: a shard holds few documents, and "luật 120" must rule out a Kết luận there too.
  const namedTypes = typesNamed(phrase, entries);
  for (const word of words) for (const t of TYPE_SYMBOLS.get(word) ?? []) namedTypes.add(t);
  const looseYears = new Set(words.filter((w) => YEAR.test(w)));
  const onlyNumbers = numberWordsOnly(words, entries);

  const found = new Map<string, NumberMatch & { position: number }>();
  for (const s of serials) {
    if (s.serial.length <= 2 && !s.year && namedTypes.size === 0 && !onlyNumbers) continue;
    for (const entry of entries) {
      if (entry.serial !== s.serial) continue;
      if (s.year && entry.year !== s.year) continue;
      if (namedTypes.size > 0 && !entry.types.some((t) => namedTypes.has(t))) continue;
      let score = 10;
      if (s.year) score += 3;
      if (namedTypes.size > 0) score += 3;
      score += entry.codes.filter((c) => s.near.has(c)).length * 2 + entry.codes.filter((c) => wordSet.has(c)).length;
      if (entry.year && looseYears.has(entry.year)) score += 1;
      const previous = found.get(entry.slug);
      if (!previous || previous.score < score) found.set(entry.slug, { entry, score, position: s.position });
    }
  }
  return [...found.values()]
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .map(({ entry, score }) => ({ entry, score }));
}

/**
 * The calendar dates a query writes the way documents do ("04/3/2011",
 * "4-3-2011", "04.03.2011"), as ISO dates; impossible dates (31/2/2011) are
 * not dates. Search puts the documents issued on such a date first.
 */
export function datesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?!\d)/g)) {
    const iso = `${m[4]}-${m[3]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
    if (isRealDate(iso)) out.push(iso);
  }
  return [...new Set(out)];
}
