/**
 * Snippets as the search page shows them: plain pieces, some marked, that it
 * renders as text nodes and <mark> elements, so nothing but <mark> can reach
 * the page whatever the text holds.
 */
import { exactKey, splitWords } from './search-text';
import { foldVietnamese, hasDiacritics } from './vietnamese';

export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

/** The excerpt as plain text (for tests and screen-reader labels). */
export function excerptText(pieces: readonly ExcerptPiece[]): string {
  return pieces.map((p) => p.text).join('');
}

/*
 * Snippets built by the site from a page's text (Pagefind's own excerpts
 * start wherever its window falls, repeat the heading they sit under, and
 * mark every word that starts like a query word: "dan" marks «danh», "chu"
 * marks «chức», "dan" marks «Đảng»).
 */

/** Words a snippet shows at most. */
export const SNIPPET_WORDS = 30;
/** How far back from the first matched word a snippet may start, to start at its sentence. */
const SENTENCE_REACH = 16;

/**
 * Puts back the spaces the index loses where two blocks meet with no space
 * between them in the HTML: «Mục 4, đoạn 1«…tổ chức», «Mục 2Xem nguyên văn».
 * A Vietnamese word never has a capital after a small letter or a digit
 * inside it, and a quotation always stands apart from the word before it.
 */
export function repairSeparators(text: string): string {
  return text
    .replace(/([\p{L}\p{N}.,;:!?)])([«“])/gu, '$1 $2')
    .replace(/([»”])([\p{L}\p{N}])/gu, '$1 $2')
    .replace(/([\p{Ll}\p{N}])(\p{Lu}\p{Ll})/gu, '$1 $2');
}

/** What a snippet marks for a query: its text as typed, and its words folded (as PreparedQuery gives them). */
export interface MarkQuery {
  text: string;
  words: readonly string[];
}

/**
 * The query's terms: words that stand alone, and numbers of several parts
 * ("120-KL/TW" → 120, kl, tw), which are marked only whole and in order, so
 * "120-KL/TW" does not mark every "KL" and "TW" of a page.
 */
function termsOf(query: MarkQuery): { single: Set<string>; exact: Set<string>; runs: string[][] } {
  const single = new Set<string>();
  const exact = new Set<string>();
  const runs: string[][] = [];
  for (const token of query.text.split(/\s+/u)) {
    const raw = splitWords(token);
    const words = raw.map(foldVietnamese);
    if (words.length > 1 && words.some((w) => /\d/.test(w))) runs.push(words);
    // A word typed with its diacritics marks that spelling only ("lợi" marks «lợi», not «lời»); one typed without, every spelling.
    else raw.forEach((w, i) => (hasDiacritics(w) ? exact.add(exactKey(w)) : single.add(words[i]!)));
  }
  return { single, exact, runs };
}

/**
 * Marks the words of a text that are one of the query's words — whole
 * words only, folded unless the reader typed the word's diacritics; a number
 * of several parts only whole ("120-KL/TW"), marked as one.
 */
export function markWords(text: string, query: MarkQuery): ExcerptPiece[] {
  const { single, exact, runs } = termsOf(query);
  const words = [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({ at: m.index, end: m.index + m[0].length, raw: m[0], folded: foldVietnamese(m[0]) }));
  const marked = words.map((w) => single.has(w.folded) || (exact.size > 0 && exact.has(exactKey(w.raw))));
  /** Word i and the one after it are parts of one number ("120-KL": only "-", "/" or "." between). */
  const joined = words.map((w, i) => i + 1 < words.length && /^[-/.]$/.test(text.slice(w.end, words[i + 1]!.at)));
  const glue = new Array<boolean>(words.length).fill(false);
  for (const run of runs) {
    for (let i = 0; i + run.length <= words.length; i++) {
      if (!run.every((w, j) => words[i + j]!.folded === w && (j === run.length - 1 || joined[i + j]))) continue;
      for (let j = 0; j < run.length; j++) {
        marked[i + j] = true;
        if (j < run.length - 1) glue[i + j] = true;
      }
    }
  }
  const pieces: ExcerptPiece[] = [];
  const push = (piece: string, mark: boolean) => {
    if (!piece) return;
    const last = pieces.at(-1);
    if (last && last.marked === mark) last.text += piece;
    else pieces.push({ text: piece, marked: mark });
  };
  let end = 0;
  words.forEach((w, i) => {
    push(text.slice(end, w.at), i > 0 && glue[i - 1]! && marked[i - 1]! && marked[i]!);
    push(text.slice(w.at, w.end), marked[i]!);
    end = w.end;
  });
  push(text.slice(end), false);
  return pieces;
}

/** The query words a token holds (folded, whole words). */
function wordsIn(token: string, wanted: ReadonlySet<string>): string[] {
  return splitWords(foldVietnamese(token)).filter((w) => wanted.has(w));
}

/** True when a token ends a sentence, so the next one starts one. */
const endsSentence = (token: string) => /[.!?]["”»)]*$/u.test(token);

/**
 * The part of a text worth showing for a query: the window of words holding
 * the most of the query's words, started at the beginning of its sentence
 * (or after "…" when that is too far back), ended with "…" when cut, the
 * query's words marked.
 */
export function snippetOf(text: string, query: MarkQuery, maxWords = SNIPPET_WORDS): ExcerptPiece[] {
  const tokens = repairSeparators(text).split(/\s+/u).filter(Boolean);
  if (!tokens.length) return [];
  const wanted = new Set(query.words);
  const found = tokens.map((t) => wordsIn(t, wanted));
  // The best window: most distinct query words, then most matches, then the earliest.
  let best = 0;
  let bestScore = -1;
  for (let start = 0; start <= Math.max(0, tokens.length - maxWords); start++) {
    const inWindow = found.slice(start, start + maxWords).flat();
    const score = new Set(inWindow).size * 1000 + inWindow.length;
    if (score > bestScore) {
      bestScore = score;
      best = start;
    }
  }
  const first = found.findIndex((f, i) => i >= best && f.length > 0);
  let start = 0;
  let cut = false;
  if (first > 0 && tokens.length > maxWords) {
    start = first;
    while (start > 0 && first - start < SENTENCE_REACH && !endsSentence(tokens[start - 1]!)) start--;
    if (start > 0 && !endsSentence(tokens[start - 1]!)) {
      // No sentence start near: begin a few words before the match, after "…".
      start = Math.max(0, first - 4);
      cut = start > 0;
    }
  }
  const end = Math.min(tokens.length, start + maxWords);
  const shown = tokens.slice(start, end).join(' ');
  const pieces = markWords(shown, query);
  if (cut) pieces.unshift({ text: '…', marked: false });
  if (end < tokens.length) pieces.push({ text: '…', marked: false });
  return pieces.reduce<ExcerptPiece[]>((out, p) => {
    const last = out.at(-1);
    if (last && last.marked === p.marked) last.text += p.text;
    else out.push({ ...p });
    return out;
  }, []);
}

/**
 * A text without the words it opens with when they are `lead` (a heading or
 * a title the result already shows), compared folded, punctuation aside.
 */
export function withoutLead(text: string, lead: string): string {
  const want = splitWords(foldVietnamese(lead));
  if (!want.length) return text;
  const tokens = text.split(/\s+/u).filter(Boolean);
  const have: string[] = [];
  let i = 0;
  while (i < tokens.length && have.length < want.length) {
    have.push(...splitWords(foldVietnamese(tokens[i]!)));
    i++;
  }
  if (have.length !== want.length || have.some((w, j) => w !== want[j])) return text;
  return tokens.slice(i).join(' ');
}

/** True when a text holds one of the words, whole and folded. */
export function holdsAny(text: string, words: readonly string[]): boolean {
  const wanted = new Set(words);
  return splitWords(foldVietnamese(text)).some((w) => wanted.has(w));
}
