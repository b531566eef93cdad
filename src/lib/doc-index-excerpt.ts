/**
 * Snippets for results that do not come from Pagefind (the number lookup and
 * the register's own index, src/lib/doc-index.ts), in the form Pagefind gives
 * its excerpts, so the search page renders both alike (src/lib/excerpt.ts).
 */
import { foldVietnamese } from './vietnamese';
import type { PreparedQuery } from './search-text';

/**
 * A snippet of a text in Pagefind's excerpt form ("a <mark>b</mark> c", < and >
 * escaped): up to `length` words from a little before the first word that
 * matches the query, the matching words marked whole. The last query word
 * may be a prefix, as the search takes it.
 */
export function markedExcerpt(text: string, query: Pick<PreparedQuery, 'words'>, length = 24): string {
  const tokens = [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)];
  if (tokens.length === 0) return '';
  const want = new Set(query.words);
  const last = query.words.at(-1);
  const matches = (token: string) => {
    const folded = foldVietnamese(token);
    return want.has(folded) || (last !== undefined && last.length >= 2 && folded.startsWith(last));
  };
  const hit = tokens.findIndex((t) => matches(t[0]));
  const start = hit > 4 ? hit - 4 : 0;
  const end = Math.min(tokens.length, start + length);
  const escape = (s: string) => s.replace(/</g, '&lt;').replace(/>/g, '&gt;');
  let out = '';
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    const word = t[0];
    const from = t.index + word.length;
    const gap = i + 1 < end ? text.slice(from, tokens[i + 1]!.index) : text.slice(from).match(/^[^\s\p{L}\p{N}]*/u)![0];
    out += (matches(word) ? `<mark>${escape(word)}</mark>` : escape(word)) + escape(gap);
  }
  return out.trim();
}
