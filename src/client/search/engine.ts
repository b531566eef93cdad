/**
 * The search, shared by the search page and the header box. Loaded only when
 * someone searches (dynamic import), and it loads Pagefind (/pagefind/) and
 * the number lookup's shards (/du-lieu/so-hieu/<key>.json) only then too.
 *
 * One query: the number lookup names documents (first), and a query that is
 * a number and nothing else ("120-KL/TW", "qd 1738") is answered from it
 * without loading Pagefind at all; a query that is an
 * abbreviation or a body's name of today ("ubkt", "BCĐ QCDC") puts its pages
 * next (/du-lieu/tra-cuu-viet-tat.json, src/lib/abbreviations.ts); Pagefind gives
 * candidates, plus those holding the words as a phrase; their text is
 * re-ranked (src/lib/search-rank.ts); each result keeps its best sections
 * (the directive's points) with their anchors.
 */
import { lookupTable, namedFirst, pagesNamed } from '../../lib/abbreviations';
import { formatDate } from '../../lib/dates';
import { documentName, type DocumentFacts } from '../../lib/documents';
import { holdsAny, markWords, snippetOf, withoutLead, type ExcerptPiece } from '../../lib/excerpt';
import { datesIn, isNumberQuery, matchNumbers, numberEntry, numberShardKey, numberShardPath, querySerials, type NumberEntry } from '../../lib/number-query';
import { matchText, mergeByUrl, rankCandidates, rankSections, textWords, type Candidate } from '../../lib/search-rank';
import { pageParts, type PageParts } from '../../lib/search-sections';
import { decodeFromIndex, prepareQuery, type PreparedQuery } from '../../lib/search-text';
import { DOCUMENT_KIND, SEARCH_KINDS } from '../../lib/search-url';
import { DATA_PATHS } from '../../lib/paths';
import { blockOf, INDEX_MANIFEST_PATH, matchIds, queryKeys, RECORD_BLOCK, readBucket, readManifest, recordBlockPath, wordBucket, wordBucketPath, type DocRecord, type IndexManifest } from '../../lib/doc-index';

/** A document's title in a snippet is labelled as the register labels it: a trích yếu starts in lower case («về …») and is no sentence of its own. */
const TITLE_LABEL = 'Trích yếu: ';

/** A lesson's page: its headed parts are passages of their own. */
const MODULE_KIND: string = SEARCH_KINDS.find((k) => k.slug === 'bai-hoc')!.label;

/** Filters by label, as pages declare them: { kind: 'Văn bản', type: 'Quyết định', issuer: '…', year: '2015' }. */
export type SearchFilters = Partial<Record<'kind' | 'type' | 'issuer' | 'year', string>>;

export interface SearchSection {
  url: string;
  title: string;
  excerpt: ExcerptPiece[];
  /** Set when the section is a paragraph of a held text («Mục 4, đoạn 2»): the part it belongs to («Mục 4»). */
  part?: { url: string; title: string };
}

export interface SearchHit {
  /** Where the result leads: the page, or the paragraph of it that answers the query. */
  url: string;
  /** The page's title; for a paragraph, its name and then the page's («Mục 4, đoạn 2, Công văn số 111-CV/TU»). */
  title: string;
  /** For a paragraph: the page and the part it is in. */
  page?: { url: string; title: string };
  part?: { url: string; title: string };
  kind: string;
  number?: string;
  date?: string;
  /** A document's issuer: a fact shown as a field, not left inside a snippet. */
  issuer?: string;
  excerpt: ExcerptPiece[];
  sections: SearchSection[];
  /** Found by its number (the exact-lookup table). */
  byNumber: boolean;
}

export interface SearchOutcome {
  query: PreparedQuery;
  hits: SearchHit[];
  /** More results may follow: ask again with a higher limit. */
  more: boolean;
  /** No page holds every word; the hits hold some of them. */
  partial: boolean;
}

/** Why search cannot run: no index in `astro dev`, or the index did not load (opened from disk, offline). */
/** Pagefind's files could not be loaded: the reader is offered the register. Any other error is a bug, reported as one. */
export class SearchUnavailable extends Error {
  constructor(
    readonly reason: 'dev' | 'unavailable',
    options?: ErrorOptions,
  ) {
    super(`Không tải được chỉ mục tìm kiếm (${reason})`, options);
  }
}

// The parts of Pagefind's JS API used here (pagefind.js ships no types).
interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: PagefindAnchor;
}
interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: PagefindAnchor[];
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindApi {
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindApi;
}

/**
 * Pages re-ranked on their text: enough to reach past Pagefind's word-by-word
 * order, few enough to stay light (each one's data is a fetch of its fragment);
 * the register's documents come beside them from their own index.
 */
const MIN_CANDIDATES = 8;

let pagefind: Promise<PagefindApi> | undefined;

/** Loads Pagefind once. Its path is built at run time so the bundler leaves it alone. */
export function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const path = ['', 'pagefind', 'pagefind.js'].join('/');
    try {
      const module = (await import(/* @vite-ignore */ path)) as PagefindModule;
      // The index is small: searching on the main thread saves loading Pagefind's worker script.
      return module.createInstance({ noWorker: true, excerptLength: 24 });
    } catch (cause) {
      pagefind = undefined;
      throw new SearchUnavailable(import.meta.env.DEV ? 'dev' : 'unavailable', { cause });
    }
  })();
  return pagefind;
}

/** Runs a call on Pagefind; if its index files cannot be fetched, search is unavailable (and tried afresh next time). */
async function guarded<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (cause) {
    pagefind = undefined;
    throw new SearchUnavailable('unavailable', { cause });
  }
}

/** The rows of the shards the query's serials point to (none without a serial). */
async function numberRowsFor(text: string): Promise<NumberEntry[]> {
  const keys = [...new Set(querySerials(text).map(numberShardKey))];
  return (await Promise.all(keys.map(loadNumberShard))).flat();
}

/** Fetches a JSON file of the site's search data once, logging (never hiding) a failure and trying afresh next time. */
function cachedJson<K, T>(cache: Map<K, Promise<T>>, key: K, path: string, read: (json: unknown) => T, fallback: () => T): Promise<T> {
  let loaded = cache.get(key);
  if (!loaded) {
    loaded = fetch(path)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${path}: ${r.status}`))))
      .then(read)
      .catch((error: unknown) => {
        console.error(error);
        cache.delete(key);
        return fallback();
      });
    cache.set(key, loaded);
  }
  return loaded;
}

const shards = new Map<string, Promise<NumberEntry[]>>();

/**
 * One shard of the number lookup; without it, numbers are still found by full text. A shard holds each
 * document's facts; its lookup keys are derived here, as the build derives them for the whole table.
 */
const loadNumberShard = (key: string) =>
  cachedJson(shards, key, numberShardPath(key), (json) => ((json as { entries?: DocumentFacts[] }).entries ?? []).map(numberEntry), () => []);

const manifests = new Map<number, Promise<IndexManifest | null>>();
const loadManifest = () =>
  cachedJson(manifests, 0, INDEX_MANIFEST_PATH, (json) => {
    const manifest = readManifest(json);
    if (!manifest) throw new Error(`${INDEX_MANIFEST_PATH}: không đọc được`);
    return manifest;
  }, () => null);
const wordBuckets = new Map<number, Promise<Map<string, number[]>>>();
const recordBlocks = new Map<number, Promise<DocRecord[]>>();

const loadWordBucket = (bucket: number) => cachedJson(wordBuckets, bucket, wordBucketPath(bucket), readBucket, () => new Map());
const loadRecordBlock = (block: number) =>
  cachedJson(
    recordBlocks,
    block,
    recordBlockPath(block),
    (json) => {
      const records = json && typeof json === 'object' && Object.hasOwn(json, 'records') ? (json as { records: unknown }).records : [];
      return Array.isArray(records) ? (records as DocRecord[]) : [];
    },
    () => [],
  );

/**
 * The register's documents that Pagefind does not index (src/lib/doc-index.ts)
 * found by the query's words and filters, as ranking candidates: the best
 * `size` by the index, whose records are then fetched (a block holds many).
 */
async function documentsFor(query: PreparedQuery, filters: SearchFilters, size: number) {
  if (filters.kind && filters.kind !== DOCUMENT_KIND) return { candidates: [], more: false };
  const { words, facets } = queryKeys(query, filters);
  const keys = [...words, ...facets];
  const manifest = await loadManifest();
  if (!manifest || manifest.documents === 0) return { candidates: [], more: false };
  const buckets = await Promise.all([...new Set(keys.map((k) => wordBucket(k, manifest.buckets)))].map(loadWordBucket));
  const postings = new Map<string, number[]>();
  for (const bucket of buckets) for (const key of keys) if (bucket.has(key)) postings.set(key, bucket.get(key)!);
  const ids = matchIds(words, facets, postings);
  const chosen = ids.slice(0, size);
  const blocks = new Map(await Promise.all([...new Set(chosen.map(blockOf))].map(async (b) => [b, await loadRecordBlock(b)] as const)));
  const held = words.map((w) => new Set(postings.get(w) ?? []));
  const found = chosen.flatMap((id) => {
    const record = blocks.get(blockOf(id))?.[id % RECORD_BLOCK];
    // The share of the words the index has for it: a record's text is cut short, its words are not.
    return record ? [{ record, coverage: held.filter((ids) => ids.has(id)).length / Math.max(1, words.length) }] : [];
  });
  const candidates = found.map(({ record: r, coverage }, i) => {
    const content = r.title ? `${TITLE_LABEL}${r.title}. ${r.text}` : r.text;
    return {
      url: r.url,
      title: r.name,
      content,
      pagefindScore: 0,
      // After Pagefind's own between equals: these come in the index's order (newest first).
      pagefindRank: 100_000 + i,
      primary: true,
      indexCoverage: coverage,
      issued: r.date,
      data: documentData(r, content),
    };
  });
  return { candidates, more: ids.length > size };
}

let names: Promise<Map<string, string[]>> | undefined;

/** The abbreviation table; without it, abbreviations are still found by full text (each page shows its own). */
function loadNameTable(): Promise<Map<string, string[]>> {
  names ??= fetch(DATA_PATHS.nameTable)
    .then((r) => (r.ok ? r.json() : { entries: [] }))
    .then((json: { entries?: unknown }) => lookupTable(json.entries))
    .catch((error: unknown) => {
      console.error(error);
      names = undefined;
      return new Map<string, string[]>();
    });
  return names;
}

/** Filter labels → the values the index holds (it stores đ encoded; see src/lib/search-text.ts). */
async function indexFilters(api: PagefindApi, filters: SearchFilters): Promise<Record<string, string> | null> {
  const wanted = Object.entries(filters).filter(([, v]) => v) as [string, string][];
  if (!wanted.length) return {};
  const available = await api.filters();
  const out: Record<string, string> = {};
  for (const [name, label] of wanted) {
    const raw = Object.keys(Object.hasOwn(available, name) ? available[name]! : {}).find((value) => decodeFromIndex(value) === label);
    if (!raw) return null; // a value no page has: nothing can match
    out[name] = raw;
  }
  return out;
}

function entryMatchesFilters(entry: NumberEntry, filters: SearchFilters): boolean {
  return (
    (!filters.kind || filters.kind === DOCUMENT_KIND) &&
    (!filters.type || filters.type === entry.type) &&
    (!filters.issuer || filters.issuer === entry.issuer) &&
    (!filters.year || filters.year === entry.date?.slice(0, 4))
  );
}

/** The parts of a page that hold the query, best first (at most 3), each with its own snippet and its text. */
function sectionsOf(query: PreparedQuery, data: PagefindData): { parts: PageParts; sections: (SearchSection & { text: string })[] } {
  const anchors = data.anchors.map((a) => ({ ...a, text: a.text === undefined ? undefined : decodeFromIndex(a.text) }));
  // Decoding changes no space, so word positions still match the anchors'.
  const parts = pageParts(data.url, decodeFromIndex(data.content), anchors);
  const sections = rankSections(query, parts.sections).map((s) => ({
    url: s.url,
    title: s.title,
    excerpt: snippetOf(s.text, query),
    part: s.part,
    text: s.text,
  }));
  return { parts, sections };
}

/**
 * A page as a result. When its best part is a paragraph of a held text that
 * holds every word of the query (and the title does not), the result is that
 * paragraph: it links to its anchor, is named as citations name it and shows
 * its text; the page and the part it is in are linked beside it.
 */
function hitFromData(query: PreparedQuery, data: PagefindData, asPassage = true): SearchHit {
  const meta = (key: string) => (data.meta[key] ? decodeFromIndex(data.meta[key]!) : undefined);
  const title = meta('title') ?? data.url;
  const number = meta('number');
  const date = meta('date');
  const issuer = number && data.filters.issuer?.[0] ? decodeFromIndex(data.filters.issuer[0]) : undefined;
  const { parts, sections } = sectionsOf(query, data);
  const common = { kind: meta('kind') ?? decodeFromIndex(data.filters.kind?.[0] ?? ''), number, date, issuer, byNumber: false };
  const best = sections[0];
  const strip = ({ text: _text, ...section }: SearchSection & { text: string }): SearchSection => section;
  const covers = (text: string) => matchText(query, textWords(text)).coverage === 1;
  // A paragraph of a held text, or a headed part of a lesson; not when the page's title or opening already answers.
  const passage = best && (best.part || common.kind === MODULE_KIND) && covers(best.text) && !covers(title) && !covers(parts.lead);
  if (asPassage && passage) {
    return {
      ...common,
      url: best.url,
      // Named as citations name a paragraph («Mục 4, đoạn 2, Công văn số 111-CV/TU»); a lesson's part by its heading.
      title: best.part ? `${best.title}, ${title}` : `${best.title} — ${title}`,
      page: { url: data.url, title },
      part: best.part,
      excerpt: best.excerpt,
      sections: sections.slice(1).map(strip),
    };
  }
  // The lead without what the result already shows: the title and, for a document, its issuer and date.
  const shown = (text: string) => {
    const rest = withoutLead(text, title);
    return issuer ? withoutLead(rest, date ? `${issuer}, ngày ${date}` : issuer) : rest;
  };
  const lead = shown(parts.lead);
  const excerpt = holdsAny(lead, query.words) ? snippetOf(lead, query) : sections.length ? [] : snippetOf(shown(parts.body), query);
  return { ...common, url: data.url, title, excerpt, sections: sections.map(strip) };
}

function hitFromEntry(entry: NumberEntry, data: PagefindData | undefined, query: PreparedQuery): SearchHit {
  // Found by number, the result is the document itself, never one paragraph of it.
  const fromIndex = data ? hitFromData(query, data, false) : undefined;
  return {
    url: entry.url,
    title: documentName(entry),
    kind: DOCUMENT_KIND,
    number: entry.number,
    date: entry.date ? formatDate(entry.date) : undefined,
    issuer: entry.issuer,
    // Its summary (trích yếu) when the page's text shows nothing of the query.
    excerpt: fromIndex?.excerpt.length ? fromIndex.excerpt : entry.title ? markWords(`${TITLE_LABEL}${entry.title}`, query) : [],
    sections: fromIndex?.sections ?? [],
    byNumber: true,
  };
}

/**
 * A result's data in Pagefind's shape, for a page Pagefind did not index (a document of the register).
 * Its snippet is built from `content` by hitFromData, as for every page; Pagefind's own excerpt is not used.
 */
function documentData(doc: { url: string; name: string; number: string; date: string | null }, content: string): PagefindData {
  const meta: Record<string, string | undefined> = { title: doc.name, kind: DOCUMENT_KIND, number: doc.number, date: doc.date ? formatDate(doc.date) : undefined };
  return { url: doc.url, content, excerpt: '', meta, filters: {}, anchors: [], sub_results: [] };
}

/** A document found by number: its labelled title (else its issuer) is the text its snippet comes from. */
function numberData(entry: NumberEntry): PagefindData {
  return documentData({ ...entry, name: documentName(entry) }, entry.title ? `${TITLE_LABEL}${entry.title}` : entry.issuer);
}

/** Queries up to this many words are asked again word by word left out, when no page holds them all. */
const MAX_WORDS_DROPPED = 6;

/** Pagefind's results with their data, as the ranking takes them; pages the main query did not return rank after its own. */
async function candidatesOf(results: readonly PagefindResult[], mainResults: readonly PagefindResult[]) {
  const datas = await guarded(Promise.all(results.map((r) => r.data())));
  return results.map((r, i) => {
    const data = datas[i]!;
    const rank = mainResults.indexOf(r);
    return {
      url: data.url,
      title: decodeFromIndex(data.meta.title ?? ''),
      content: decodeFromIndex(data.content),
      pagefindScore: r.score,
      pagefindRank: rank >= 0 ? rank : mainResults.length + i,
      primary: decodeFromIndex(data.meta.kind ?? '') === DOCUMENT_KIND,
      data,
    };
  });
}

/** Ranks candidates; a register document counts the words its index holds, though its record's text is cut short. */
function rank<T extends Candidate & { indexCoverage?: number }>(query: PreparedQuery, candidates: readonly T[]) {
  return rankCandidates(query, candidates).map((c) => (c.indexCoverage !== undefined && c.indexCoverage > c.coverage ? { ...c, coverage: c.indexCoverage } : c));
}

/** Register documents asked for beside Pagefind's candidates: about half a page, each a record in a block. */
const documentCandidates = (limit: number) => Math.max(4, Math.ceil(limit / 2) + 1);

/**
 * Runs a query. `limit` is how many results to return (the page asks for
 * more on demand). Throws SearchUnavailable when the index cannot load.
 */
export async function search(raw: string, filters: SearchFilters = {}, limit = 20): Promise<SearchOutcome> {
  const query = prepareQuery(raw);
  if (!query.term) return { query, hits: [], more: false, partial: false };
  const numberRows = await numberRowsFor(query.text);
  const numbers = matchNumbers(query.text, numberRows).filter((m) => entryMatchesFilters(m.entry, filters));
  if (numbers.length > 0 && isNumberQuery(query.text, numberRows)) {
    // A number and nothing else: its documents are the answer, and Pagefind is not loaded for it.
    const hits = numbers.map((m) => hitFromEntry(m.entry, numberData(m.entry), query));
    return { query, hits: hits.slice(0, limit), more: hits.length > limit, partial: false };
  }
  // The register's own index is asked beside Pagefind, not after it.
  const documents = documentsFor(query, filters, documentCandidates(limit));
  documents.catch(() => undefined); // awaited below; a failure of Pagefind first must not leave it unhandled
  const api = await loadPagefind();
  // Filter values no page of Pagefind's has (most types and issuers are only in the register's index): Pagefind has nothing to add.
  const pfFilters = await guarded(indexFilters(api, filters));
  const options = { filters: pfFilters ?? {} };
  const phraseTerm = query.words.length > 1 ? `"${query.term.replace(/"/g, '')}"` : null;
  const [named, main, phrase, found] = await Promise.all([
    loadNameTable().then((t) => pagesNamed(query.text, t)),
    pfFilters ? guarded(api.search(query.term, options)) : null,
    pfFilters && phraseTerm ? guarded(api.search(phraseTerm, options)) : null,
    documents,
  ]);
  const mainResults = main?.results ?? [];
  const phraseIds = new Set((phrase?.results ?? []).map((r) => r.id));
  // Candidates: pages holding the phrase, then Pagefind's order.
  const ordered = [...mainResults.filter((r) => phraseIds.has(r.id)), ...mainResults.filter((r) => !phraseIds.has(r.id))];
  const size = Math.max(MIN_CANDIDATES, limit - 2);
  const first = ordered.slice(0, size);
  // One ranking orders Pagefind's pages and the register's documents together.
  let candidates = [...(await candidatesOf(first, mainResults)), ...found.candidates];
  let ranked = rank(query, candidates);
  let complete = ranked.filter((c) => c.coverage === 1);
  if (pfFilters && complete.length === 0 && query.words.length > 1 && query.words.length <= MAX_WORDS_DROPPED) {
    // No page holds every word: Pagefind's order then favours stray matches of the word no page has
    // ("Tô Hiệu xyzzyq"), so ask again without each word in turn and rank the pages holding the rest.
    const without = await guarded(Promise.all(query.words.map((_, i) => api.search(query.words.filter((__, j) => j !== i).join(' '), options))));
    const seen = new Set(first.map((r) => r.id));
    const extra = without.flatMap((r) => (r?.results ?? []).slice(0, MIN_CANDIDATES)).filter((r) => !seen.has(r.id) && seen.add(r.id));
    // Only the new pages' data is fetched.
    candidates = [...candidates, ...(await candidatesOf(extra, mainResults))];
    ranked = rank(query, candidates);
    complete = ranked.filter((c) => c.coverage === 1);
  }
  // Pages a whole query names, found past the candidates if need be (a page shows its abbreviations, so Pagefind returns it).
  const pageOf = (url: string) => url.split('#')[0]!;
  const missing = () => named.filter((u) => !ranked.some((c) => pageOf(c.url) === u));
  for (let from = first.length; missing().length && from < ordered.length; from += MIN_CANDIDATES) {
    candidates = [...candidates, ...(await candidatesOf(ordered.slice(from, from + MIN_CANDIDATES), mainResults))];
    ranked = rank(query, candidates);
    complete = ranked.filter((c) => c.coverage === 1);
  }
  const namedHits = ranked.filter((c) => named.includes(pageOf(c.url)));
  // Documents issued on a date the query writes ("04/3/2011") come next: a date names a document as its number does.
  const dates = datesIn(query.text);
  const datedHits = dates.length ? ranked.filter((c) => 'issued' in c && typeof c.issued === 'string' && dates.includes(c.issued)) : [];
  const byUrl = new Map(ranked.map((c) => [c.data.url.split('#')[0]!, c.data]));
  const numberHits = numbers.map((m) => hitFromEntry(m.entry, byUrl.get(m.entry.url) ?? numberData(m.entry), query));
  // Pages with every word; failing those, pages with at least half of them (never stray matches of one part).
  const some = ranked.filter((c) => c.coverage >= 0.5);
  const partial = complete.length === 0 && numberHits.length === 0 && namedHits.length === 0 && some.length > 0;
  const hits = mergeByUrl(numberHits, namedFirst([...namedHits, ...datedHits, ...(partial ? some : complete)], named).map((c) => hitFromData(query, c.data)));
  // Pages past the candidates may hold the words too, when the candidates filled the page; when they did not, the rest will not either.
  const more = hits.length > limit || (hits.length >= limit && (ordered.length > first.length || found.more));
  return { query, hits: hits.slice(0, limit), more, partial };
}
