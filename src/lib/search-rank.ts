/**
 * Ordering results. Pagefind scores each word on its own (BM25), so "Tô
 * Hiệu" puts pages about "tổng kết" ahead of the school's own page. The site
 * re-ranks Pagefind's best candidates on their text: all the words there, the
 * words as a phrase, in the title, and — when the reader typed diacritics —
 * spelt exactly so (tone placement aside: "Uỷ" = "Ủy"). Documents named by
 * number (number-query.ts) go before everything.
 */
import { foldVietnamese } from './vietnamese';
import { exactKey, splitWords, type PreparedQuery } from './search-text';

export interface TextMatch {
  /** Share of the query's words found (0–1). */
  coverage: number;
  /** All the words, in order, side by side. */
  phrase: boolean;
  /** The text starts with the phrase (a title such as "Ban Dân vận Thành ủy" for "ban dan van"). */
  startsWithPhrase: boolean;
  /** The same with the reader's diacritics (0 / false when the query carries none). */
  exactCoverage: number;
  exactPhrase: boolean;
}

/** A text as search compares it: its words folded, and with their marks when asked. */
export interface TextWords {
  folded: string[];
  raw: string[];
}

export function textWords(text: string): TextWords {
  const raw = splitWords(text);
  // Folding the whole text at once is much faster on long pages; word for word only if a stray mark shifted the words.
  const folded = splitWords(foldVietnamese(text));
  return { raw, folded: folded.length === raw.length ? folded : raw.map(foldVietnamese) };
}

/**
 * How a text matches the query. The last word may be a prefix (results as
 * you type: "dan chu dai die" already finds "đại diện").
 */
export function matchText(query: PreparedQuery, text: TextWords): TextMatch {
  const q = query.words;
  const none: TextMatch = { coverage: 0, phrase: false, startsWithPhrase: false, exactCoverage: 0, exactPhrase: false };
  if (q.length === 0) return none;
  const last = q.length - 1;
  const wordMatches = (token: string | undefined, i: number) =>
    token !== undefined && (token === q[i] || (i === last && q[i]!.length >= 2 && token.startsWith(q[i]!)));
  const exactMatches = (index: number, i: number) => {
    const raw = text.raw[index];
    if (raw === undefined) return false;
    const key = exactKey(raw);
    const want = query.exactWords[i]!;
    return key === want || (i === last && want.length >= 2 && key.startsWith(want));
  };

  const found = new Array<boolean>(q.length).fill(false);
  const exactFound = new Array<boolean>(q.length).fill(false);
  let phrase = false;
  let exactPhrase = false;
  const { folded } = text;
  for (let t = 0; t < folded.length; t++) {
    for (let i = 0; i < q.length; i++) {
      if (!wordMatches(folded[t], i)) continue;
      found[i] = true;
      if (query.marked && !exactFound[i] && exactMatches(t, i)) exactFound[i] = true;
    }
    if (q.length > 1 && wordMatches(folded[t], 0)) {
      let all = true;
      for (let i = 1; i < q.length && all; i++) all = wordMatches(folded[t + i], i);
      if (all) {
        phrase = true;
        if (query.marked && !exactPhrase) exactPhrase = q.every((_, i) => exactMatches(t + i, i));
      }
    }
  }
  const share = (flags: boolean[]) => flags.filter(Boolean).length / q.length;
  const startsWithPhrase = q.every((_, i) => wordMatches(folded[i], i));
  return {
    coverage: share(found),
    phrase: phrase || (q.length === 1 && found[0]!),
    startsWithPhrase,
    exactCoverage: query.marked ? share(exactFound) : 0,
    exactPhrase: query.marked && (exactPhrase || (q.length === 1 && exactFound[0]!)),
  };
}

/** One page Pagefind returned, with the text its fragment holds. */
export interface Candidate {
  url: string;
  title: string;
  content: string;
  /** Pagefind's own score and rank, kept as the last word between equals. */
  pagefindScore: number;
  pagefindRank: number;
  /** A document's own page (kind Văn bản): the official text goes ahead of the pages that explain it. */
  primary?: boolean;
}

/**
 * A page's score; the weights say what matters more: the words together,
 * then in the title, then spelt as typed, then the official text over
 * commentary, and Pagefind's own score last.
 */
export function scoreCandidate(query: PreparedQuery, candidate: Candidate, bestPagefindScore: number): { score: number; coverage: number } {
  const body = matchText(query, textWords(candidate.content));
  const title = matchText(query, textWords(candidate.title));
  const coverage = Math.max(body.coverage, title.coverage);
  let score = 3 * body.coverage + (body.phrase ? 3 : 0);
  score += 2 * title.coverage + (title.phrase ? 3 : 0) + (title.startsWithPhrase ? 1 : 0);
  if (query.marked) score += 1.5 * body.exactCoverage + (body.exactPhrase ? 2 : 0) + (title.exactPhrase ? 1 : 0);
  // The official text holding every word goes ahead of the pages that quote and explain it.
  if (candidate.primary && body.coverage === 1) score += 1.5;
  score += bestPagefindScore > 0 ? candidate.pagefindScore / bestPagefindScore : 0;
  return { score, coverage };
}

/**
 * Candidates best first, each with the share of the query's words it holds
 * (`coverage`): Pagefind returns pages holding any of them (or only a part of
 * one), so the search shows the pages holding them all when there are any.
 */
export function rankCandidates<T extends Candidate>(query: PreparedQuery, candidates: readonly T[]): (T & { score: number; coverage: number })[] {
  const best = Math.max(0, ...candidates.map((c) => c.pagefindScore));
  return candidates
    .map((c) => ({ ...c, ...scoreCandidate(query, c, best) }))
    .sort((a, b) => b.score - a.score || a.pagefindRank - b.pagefindRank);
}

/** A part of a page (a point of the directive) with its own anchor. */
export interface Section {
  url: string;
  title: string;
  text: string;
}

/**
 * The parts of a page worth listing under it: those holding the query, best
 * first; with several words, only parts holding at least half of them (a
 * paragraph with one stray word of the query is no answer to it).
 */
export function rankSections<T extends Section>(query: PreparedQuery, sections: readonly T[], limit = 3): T[] {
  return sections
    .map((s, order) => {
      const m = matchText(query, textWords(`${s.title} ${s.text}`));
      const score = 3 * m.coverage + (m.phrase ? 3 : 0) + (query.marked ? m.exactCoverage + (m.exactPhrase ? 2 : 0) : 0);
      return { s, score, order, coverage: m.coverage };
    })
    .filter((x) => x.score > 0 && x.coverage >= 0.5)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((x) => x.s);
}

/** Results named by number first, then the ranked rest, each page once. */
export function mergeByUrl<T extends { url: string }>(first: readonly T[], rest: readonly T[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of [...first, ...rest]) {
    const key = item.url.split('#')[0]!;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}
