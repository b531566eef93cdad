/**
 * Pagefind's excerpts are HTML: page text with "<" and ">" escaped and the
 * matched words wrapped in <mark>. The page never inserts them as HTML: they
 * are cut into plain pieces here and rendered as text nodes and <mark>
 * elements, so nothing but <mark> can reach the page whatever the text holds.
 */
import { decodeFromIndex } from './search-text';

export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

/** "a <mark>b</mark> c" → [{a}, {b, marked}, {c}], with the index's đ encoding undone. */
export function excerptPieces(excerpt: string): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = decodeFromIndex(part.replace(/&lt;/g, '<').replace(/&gt;/g, '>')).replace(/\s+/g, ' ');
      const last = pieces.at(-1);
      if (last && last.marked === marked) last.text += text;
      else pieces.push({ text, marked });
    }
  }
  // Pagefind marks a whole word with the punctuation stuck to it ("ủy,"); keep the mark on the letters only.
  return pieces.flatMap((piece) => {
    if (!piece.marked) return [piece];
    const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(piece.text)!;
    return [
      { text: m[1]!, marked: false },
      { text: m[2]!, marked: true },
      { text: m[3]!, marked: false },
    ].filter((p) => p.text);
  });
}

/** The excerpt as plain text (for tests and screen-reader labels). */
export function excerptText(pieces: readonly ExcerptPiece[]): string {
  return pieces.map((p) => p.text).join('');
}
