/**
 * The glossary as readers browse it: Vietnamese alphabetical order, grouped
 * under the 29 letters of the Vietnamese alphabet, and where each term is used.
 */
import { compileTerms, excerptAround, findTermMentions, type TermLike } from './term-mentions';
import { compareVietnamese, TONE_MARKS } from './vietnamese';

/** The Vietnamese alphabet, in order. F, J, W, Z are not in it. */
export const VIETNAMESE_LETTERS = ['A', 'Ă', 'Â', 'B', 'C', 'D', 'Đ', 'E', 'Ê', 'G', 'H', 'I', 'K', 'L', 'M', 'N', 'O', 'Ô', 'Ơ', 'P', 'Q', 'R', 'S', 'T', 'U', 'Ư', 'V', 'X', 'Y'] as const;

/** Anchor ids for letters, ASCII and stable: a letter with a mark is spelt the Telex way (Ă → aw, Đ → dd). */
const TELEX: Record<string, string> = { Ă: 'aw', Â: 'aa', Đ: 'dd', Ê: 'ee', Ô: 'oo', Ơ: 'ow', Ư: 'uw' };
export const letterId = (letter: string) => `chu-${TELEX[letter] ?? letter.toLowerCase()}`;


/** The letter a word files under: its first letter without the tone mark, keeping ă, â, đ, ê, ô, ơ, ư apart. */
export function initialLetter(text: string): string {
  const first = [...text.trim().normalize('NFC')][0] ?? '';
  return first.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC').toUpperCase();
}

export interface LetterGroup<T> {
  letter: string;
  id: string;
  items: T[];
}

/**
 * Every letter of the alphabet, each with its items in Vietnamese order
 * (Intl.Collator('vi')); letters without items stay, empty, so the index
 * shows the whole alphabet. An item filed under no Vietnamese letter goes last under "#".
 */
export function groupByLetter<T>(items: readonly T[], key: (item: T) => string): LetterGroup<T>[] {
  const sorted = [...items].sort((a, b) => compareVietnamese(key(a), key(b)));
  const groups: LetterGroup<T>[] = VIETNAMESE_LETTERS.map((letter) => ({ letter, id: letterId(letter), items: [] }));
  const other: LetterGroup<T> = { letter: '#', id: 'chu-khac', items: [] };
  for (const item of sorted) (groups.find((g) => g.letter === initialLetter(key(item))) ?? other).items.push(item);
  return other.items.length ? [...groups, other] : groups;
}

export interface TextPiece {
  anchor: string;
  label: string;
  text: string;
}

export interface Appearance {
  anchor: string;
  label: string;
  excerpt: { before: string; match: string; after: string };
  count: number;
}

/** The paragraphs whose text holds the term or one of its aliases, each with an excerpt around the first mention. */
export function appearancesOf(term: TermLike, paragraphs: readonly TextPiece[]): Appearance[] {
  const matcher = compileTerms([term]);
  return paragraphs.flatMap((p) => {
    const found = findTermMentions(p.text, matcher);
    return found.length ? [{ anchor: p.anchor, label: p.label, excerpt: excerptAround(p.text, found[0]!), count: found.length }] : [];
  });
}

/** Does a text use the term (or an alias)? */
export function usesTerm(term: TermLike, text: string): boolean {
  return findTermMentions(text, compileTerms([term])).length > 0;
}
