/**
 * The register's own search index, for documents whose full text the site
 * does not hold (every document but the directive). Their pages are facts
 * and a short note, so they are left out of Pagefind, whose chunks would
 * otherwise grow with every document, and served from static files:
 *
 * - /du-lieu/tu/<bucket>.json: for each folded word, the documents holding
 *   it, as ids delta-encoded. Words are spread over the buckets by a hash, so
 *   every file exists (no 404 for a word no document has), file names never
 *   depend on what a word is spelt with, and a bucket holds only a share of
 *   the vocabulary. The number of buckets grows with the register (a few for
 *   a dozen documents, 1,024 from 8,000 on) and is read from
 *   /du-lieu/chi-muc-van-ban.json (indexManifest);
 * - /du-lieu/van-ban/<block>.json: the records, RECORD_BLOCK to a file, in
 *   id order. Ids run newest first, so the first matches of a common word
 *   lie in the first blocks.
 *
 * Facet values (type, issuer, year) are indexed as keys of their own
 * ("loai:quyet dinh"), which no word can be, so filters cut the ids before
 * any record is fetched.
 */
import type { DocumentData } from '../schemas/document';
import { formatDate } from './dates';
import { documentName } from './documents';
import { foldVietnamese } from './vietnamese';
import { splitWords, type PreparedQuery } from './search-text';

/** Buckets of the word index at most: enough that one holds little at 10,000 documents, few enough to be written quickly. */
export const MAX_WORD_BUCKETS = 1024;

/** Buckets for a register of `records` documents: a power of two, about one for eight documents, 8 to MAX_WORD_BUCKETS. */
export function bucketCount(records: number): number {
  let n = 8;
  while (n < MAX_WORD_BUCKETS && n * 8 < records) n *= 2;
  return n;
}

/** Where the search learns the index's shape. */
export const INDEX_MANIFEST_PATH = '/du-lieu/chi-muc-van-ban.json';
/** Records per block file. */
export const RECORD_BLOCK = 10;
/**
 * Characters of a record's text kept in its block, for ranking and the
 * snippet (the words past it are still indexed): a note's opening says what
 * the document is, and a block is read for a few records but holds many.
 */
export const RECORD_TEXT = 400;
/** Longest word indexed; longer runs are not words anyone types. */
const MAX_WORD = 40;

export const wordBucketPath = (bucket: number) => `/du-lieu/tu/${bucket}.json`;
export const recordBlockPath = (block: number) => `/du-lieu/van-ban/${block}.json`;

/** A document as the index serves it: what a result shows, and its text for ranking and the snippet. */
export interface DocRecord {
  url: string;
  number: string;
  type: string;
  issuer: string;
  /** ISO date, or null when unknown. */
  date: string | null;
  /** The heading a result shows ("Quyết định số 1737-QĐ/TU"). */
  name: string;
  /** The official title, else the subject or probable title. */
  title: string | null;
  /** Everything searchable on its page, as plain text. */
  text: string;
}

/** A record as its block holds it: the text cut at a word to RECORD_TEXT characters. */
export function blockRecord(record: DocRecord): DocRecord {
  if (record.text.length <= RECORD_TEXT) return record;
  const cut = record.text.slice(0, RECORD_TEXT + 1);
  const end = cut.search(/\s\S*$/);
  return { ...record, text: `${cut.slice(0, end > 0 ? end : RECORD_TEXT)} …` };
}

/** The filters the index cuts by, by the labels pages declare. */
export interface DocFilters {
  type?: string;
  issuer?: string;
  year?: string;
}

/** FNV-1a over the UTF-16 code units: the same bucket in Node and every browser. */
export function wordBucket(word: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % buckets;
}

/** The folded words a text is found by, each once. */
export function indexWords(text: string): string[] {
  return [...new Set(splitWords(foldVietnamese(text)).filter((w) => w.length <= MAX_WORD))];
}

/** The index key of a facet value: a colon never occurs in a word. */
export const facetKey = (facet: 'loai' | 'noi' | 'nam', value: string) => `${facet}:${foldVietnamese(value)}`;

/** Sorted ids → gaps ([3, 4, 9] → [3, 1, 5]): the gaps of common words repeat, and gzip makes them almost nothing. */
export function encodePostings(ids: readonly number[]): number[] {
  return ids.map((id, i) => (i === 0 ? id : id - ids[i - 1]!));
}

export function decodePostings(gaps: readonly number[]): number[] {
  const ids: number[] = [];
  let id = 0;
  for (const [i, gap] of gaps.entries()) {
    if (!Number.isInteger(gap) || gap < (i === 0 ? 0 : 1)) throw new Error(`Chỉ mục văn bản hỏng: khoảng cách ${gap}`);
    id = i === 0 ? gap : id + gap;
    ids.push(id);
  }
  return ids;
}

export interface DocIndex {
  /** Records in id order. */
  records: DocRecord[];
  /** Bucket → word → gaps. Every bucket is present. */
  buckets: Map<string, number[]>[];
}

/** What the search must know before it reads the index (/du-lieu/chi-muc-van-ban.json). */
export interface IndexManifest {
  version: 1;
  documents: number;
  buckets: number;
  block: number;
}

export function indexManifest(index: DocIndex): IndexManifest {
  return { version: 1, documents: index.records.length, buckets: index.buckets.length, block: RECORD_BLOCK };
}

/** The manifest as fetched, checked: null when it is not one the search can read. */
export function readManifest(json: unknown): IndexManifest | null {
  if (!json || typeof json !== 'object') return null;
  const m = json as Partial<Record<keyof IndexManifest, unknown>>;
  const whole = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
  return m.version === 1 && whole(m.documents) && whole(m.buckets) && (m.buckets as number) > 0 && m.block === RECORD_BLOCK
    ? { version: 1, documents: m.documents, buckets: m.buckets as number, block: RECORD_BLOCK }
    : null;
}

/**
 * Builds the index over records already in their fixed order (newest first):
 * a record's id is its position.
 */
export function buildDocIndex(records: readonly DocRecord[]): DocIndex {
  const postings = new Map<string, number[]>();
  const add = (key: string, id: number) => {
    const list = postings.get(key);
    if (!list) postings.set(key, [id]);
    else if (list.at(-1) !== id) list.push(id);
  };
  records.forEach((r, id) => {
    for (const w of indexWords(`${r.name} ${r.title ?? ''} ${r.issuer} ${r.text}`)) add(w, id);
    add(facetKey('loai', r.type), id);
    add(facetKey('noi', r.issuer), id);
    if (r.date) add(facetKey('nam', r.date.slice(0, 4)), id);
  });
  const count = bucketCount(records.length);
  const buckets = Array.from({ length: count }, () => new Map<string, number[]>());
  for (const [key, ids] of [...postings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) buckets[wordBucket(key, count)]!.set(key, encodePostings(ids));
  return { records: [...records], buckets };
}

/** A bucket as its file holds it: { words: { word: gaps } }. */
export function bucketJson(bucket: Map<string, number[]>): { version: 1; words: Record<string, number[]> } {
  return { version: 1, words: Object.fromEntries(bucket) };
}

/** A bucket file read back, prototype words plain: a Map, filled only from the file's own keys. */
export function readBucket(json: unknown): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const words = json && typeof json === 'object' && Object.hasOwn(json, 'words') ? (json as { words: unknown }).words : undefined;
  if (!words || typeof words !== 'object') return out;
  for (const key of Object.keys(words)) {
    const gaps = (words as Record<string, unknown>)[key];
    if (Array.isArray(gaps)) out.set(key, decodePostings(gaps as number[]));
  }
  return out;
}

/** The block file records are in, and back. */
export const blockOf = (id: number) => Math.floor(id / RECORD_BLOCK);
export function recordBlocks(records: readonly DocRecord[]): DocRecord[][] {
  const blocks: DocRecord[][] = [];
  for (let i = 0; i < records.length; i += RECORD_BLOCK) blocks.push(records.slice(i, i + RECORD_BLOCK).map(blockRecord));
  return blocks;
}

/** The keys a query needs: its folded words (each once) and its filters' facet keys. */
export function queryKeys(query: Pick<PreparedQuery, 'words'>, filters: DocFilters = {}): { words: string[]; facets: string[] } {
  const facets = [
    ...(filters.type ? [facetKey('loai', filters.type)] : []),
    ...(filters.issuer ? [facetKey('noi', filters.issuer)] : []),
    ...(filters.year ? [facetKey('nam', filters.year)] : []),
  ];
  return { words: [...new Set(query.words.filter((w) => w.length <= MAX_WORD))], facets };
}

/**
 * The ids of the documents a query finds, best first: those holding every
 * word, then (when none does) those holding at least half of them, most
 * words first; within each, in id order (newest first). Every facet key must
 * hold. `postings` maps a key to its ids; a key it lacks has none.
 */
export function matchIds(words: readonly string[], facets: readonly string[], postings: ReadonlyMap<string, readonly number[]>): number[] {
  if (words.length === 0) return [];
  let allowed: Set<number> | undefined;
  for (const f of facets) {
    const ids = new Set(postings.get(f) ?? []);
    allowed = allowed ? new Set([...allowed].filter((id) => ids.has(id))) : ids;
  }
  const counts = new Map<number, number>();
  for (const w of words) for (const id of postings.get(w) ?? []) if (!allowed || allowed.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const all = [...counts].filter(([, n]) => n === words.length).map(([id]) => id);
  if (all.length > 0 || words.length === 1) return all.sort((a, b) => a - b);
  return [...counts]
    .filter(([, n]) => n * 2 >= words.length)
    .sort(([a, n], [b, m]) => m - n || a - b)
    .map(([id]) => id);
}

/** A note in Markdown as the plain text a reader sees: links, emphasis, headings and list marks dropped, words kept. */
export function plainMarkdown(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The fields of a document the index reads. */
export type IndexedDocument = Pick<
  DocumentData,
  'number' | 'type' | 'issuer' | 'issuerNote' | 'date' | 'signer' | 'title' | 'subject' | 'probableTitle' | 'titleNote' | 'citedAs' | 'aliases' | 'notice' | 'statusNote' | 'facts'
>;

/**
 * A document as the register's index holds it: the words its page shows
 * (name, issuer, date, signer, titles, notes, facts and its own note), as
 * plain text. Relations and the directive's paragraphs citing it are left
 * out: they name other documents, and would make every document that
 * carries out the directive a match for its number.
 */
export function docRecord(url: string, d: IndexedDocument, body: string): DocRecord {
  const title = d.title ?? d.subject ?? d.probableTitle?.text ?? null;
  // The facts a result shows as fields (issuer, date) come last, so a snippet starts in the text about the document;
  // the signer, who names a document as its number does («Lê Hồng Anh»), right after its title.
  const parts = [
    d.title,
    d.signer ? `${d.signer.capacity} ${d.signer.name}` : undefined,
    d.subject,
    d.probableTitle?.text,
    d.titleNote,
    d.citedAs,
    ...d.aliases,
    d.notice,
    d.statusNote,
    ...d.facts,
    plainMarkdown(body),
    d.issuer,
    d.issuerNote,
    d.date ? formatDate(d.date) : undefined,
  ];
  return {
    url,
    number: d.number,
    type: d.type,
    issuer: d.issuer,
    date: d.date ?? null,
    name: documentName(d),
    title,
    // The title is served once, in its own field; the search ranks and excerpts it with the text.
    text: parts.filter((p): p is string => Boolean(p?.trim()) && p !== title).join('. ').replace(/\.\.+/g, '.'),
  };
}
