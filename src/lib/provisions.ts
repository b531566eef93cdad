import type { HeldTextData, ParagraphData } from '../schemas/provision';
import { escapeRegExp } from './vietnamese';

/** One addressable paragraph of a held text, with the anchors DESIGN.md fixes. */
export interface ParagraphView extends ParagraphData {
  anchor: string;
  /** Citation label: "Mục 4, đoạn 2", "Phần mở đầu". */
  label: string;
}

export interface PartView {
  anchor: string;
  kind: HeldTextData['parts'][number]['kind'];
  point?: number;
  label: string;
  gist?: string;
  heading?: string;
  paragraphs: ParagraphView[];
}

/** Paragraph anchors are "<part>-doan-<m>", counted from 1 within the part. */
export function paragraphAnchor(partAnchor: string, index: number): string {
  return `${partAnchor}-doan-${index + 1}`;
}

/** How the site names a paragraph: "Mục 4, đoạn 2"; a part of one paragraph is named by the part alone ("Phần mở đầu"). */
export function paragraphLabel(partLabel: string, index: number, count: number): string {
  return count > 1 ? `${partLabel}, đoạn ${index + 1}` : partLabel;
}

/** The part and 0-based index a paragraph anchor names ("muc-4-doan-2" → muc-4, 1), or null for any other id. */
export function parseParagraphAnchor(id: string): { part: string; index: number } | null {
  const m = /^(.+)-doan-([1-9]\d*)$/.exec(id);
  return m ? { part: m[1]!, index: Number(m[2]) - 1 } : null;
}

export function buildParts(text: HeldTextData): PartView[] {
  return text.parts.map((part) => ({
    ...part,
    paragraphs: part.paragraphs.map((paragraph, index) => ({
      ...paragraph,
      anchor: paragraphAnchor(part.anchor, index),
      label: paragraphLabel(part.label, index, part.paragraphs.length),
    })),
  }));
}

/** What a reference "<doc>#<anchor>" resolves to: a whole part or one paragraph of it. */
export interface ResolvedProvision {
  document: string;
  anchor: string;
  label: string;
  part: PartView;
  paragraphs: ParagraphView[];
}

/** Every anchor of every held text, keyed "<doc>#<anchor>"; duplicates are reported, not overwritten. */
export function indexProvisions(texts: readonly { document: string; parts: PartView[] }[]) {
  const index = new Map<string, ResolvedProvision>();
  const duplicates: string[] = [];
  const add = (key: string, value: ResolvedProvision) => {
    if (index.has(key)) duplicates.push(key);
    else index.set(key, value);
  };
  for (const { document, parts } of texts) {
    for (const part of parts) {
      add(`${document}#${part.anchor}`, { document, anchor: part.anchor, label: part.label, part, paragraphs: part.paragraphs });
      for (const paragraph of part.paragraphs) {
        add(`${document}#${paragraph.anchor}`, { document, anchor: paragraph.anchor, label: paragraph.label, part, paragraphs: [paragraph] });
      }
    }
  }
  return { index, duplicates };
}

/** Splits a paragraph so each editorial note stands right after the source word it is about. */
/** An editorial note as a footnote: its number in reading order and the paragraph it belongs to. */
export interface Footnote {
  n: number;
  paragraph: string;
  note: string;
}

/**
 * The editorial notes of paragraphs, numbered in reading order from `start`.
 * Notes stand below the text as footnotes; the text carries only a marker, so
 * the official wording and layout stay whole.
 */
export function footnotes(paragraphs: readonly Pick<ParagraphView, 'anchor' | 'text' | 'editorialNotes'>[], start = 1): Footnote[] {
  const out: Footnote[] = [];
  for (const p of paragraphs) {
    for (const piece of withEditorialNotes(p)) if (piece.note) out.push({ n: start + out.length, paragraph: p.anchor, note: piece.note });
  }
  return out;
}

export function withEditorialNotes(paragraph: Pick<ParagraphData, 'text' | 'editorialNotes'>): { text: string; note?: string }[] {
  const pieces: { text: string; note?: string }[] = [];
  let rest = paragraph.text;
  for (const { word, note } of paragraph.editorialNotes) {
    const at = findWord(rest, word);
    if (at < 0) continue;
    pieces.push({ text: rest.slice(0, at + word.length), note });
    rest = rest.slice(at + word.length);
  }
  pieces.push({ text: rest });
  return pieces;
}

/** Position of a whole word (Unicode-aware: \b does not know Vietnamese letters), or -1. */
export function findWord(text: string, word: string): number {
  const escaped = escapeRegExp(word);
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  return match ? match.index : -1;
}
