/**
 * A module as a projector deck (/bai-hoc/<slug>/trinh-chieu/): the list of
 * 16:9 slides, in teaching order, with how much text each carries, so long
 * text is spread over several slides instead of shrinking past what the back
 * of a hall can read. Pure: the page resolves provisions and passes them in.
 *
 * Splitting rules: a provision splits at paragraph boundaries first; a
 * paragraph too long for one slide splits at a sentence end, else at a
 * clause (; : ,), never inside a word, and a cut inside a sentence is marked
 * «…» on both sides (never silent). Continuation slides say «(tiếp)».
 */
import { findWord } from './provisions';

/** Type size of a slide's text, from its weight: l (largest) … xs. CSS maps each to a size. */
export type Fit = 'l' | 'm' | 's' | 'xs';

/** Most characters (weighted) a text slide carries; past it, text continues on the next slide. */
export const SLIDE_BUDGET = 680;
/** Weight added per paragraph or list item: its line break leaves part of a line empty. */
export const ITEM_WEIGHT = 40;
const FITS: readonly [number, Fit][] = [
  [260, 'l'],
  [440, 'm'],
  [SLIDE_BUDGET, 's'],
];

export function fitOf(weight: number): Fit {
  return FITS.find(([max]) => weight <= max)?.[1] ?? 'xs';
}

export const CONTINUED = '(tiếp)';

/** A run of text cut from a longer one; cutBefore/cutAfter: it starts/ends inside a sentence. */
export interface TextPiece {
  text: string;
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Where a text may break (the index just after the punctuation), best first by rank. */
function breaks(text: string): { at: number; rank: number }[] {
  const out: { at: number; rank: number }[] = [];
  for (const m of text.matchAll(/([.!?…][”"»)]?|[;:,]|[^\s]) (?=\S)/gu)) {
    const mark = m[1]!;
    const at = m.index + mark.length;
    const next = text[at + 1] ?? '';
    const rank = /^[.!?…]/.test(mark) && /[\p{Lu}\p{N}“"«(]/u.test(next) ? 3 : mark === ';' ? 2 : mark === ':' ? 1.5 : mark === ',' ? 1 : 0;
    out.push({ at, rank });
  }
  return out;
}

/**
 * Splits text into pieces of at most `budget` characters, as even as the
 * breaks allow. Joined with single spaces the pieces give the text back.
 */
export function splitText(text: string, budget: number = SLIDE_BUDGET): TextPiece[] {
  const source = text.trim();
  if (source.length <= budget) return [{ text: source, cutBefore: false, cutAfter: false }];
  const candidates = breaks(source);
  const pieces: TextPiece[] = [];
  let start = 0;
  let cut = false;
  while (source.length - start > budget) {
    const left = source.length - start;
    const target = left / Math.ceil(left / budget);
    const window = candidates.filter((c) => c.at > start + target * 0.5 && c.at <= start + budget);
    // Sentence end first, then clause, then any space; among equals, the one nearest an even split.
    const best = window.reduce<(typeof window)[number] | undefined>((b, c) => {
      if (!b || c.rank > b.rank) return c;
      return c.rank === b.rank && Math.abs(c.at - start - target) < Math.abs(b.at - start - target) ? c : b;
    }, undefined);
    // A word longer than the budget: nothing to do but break after it.
    const at = best?.at ?? candidates.find((c) => c.at > start)?.at ?? source.length;
    const inSentence = (best?.rank ?? 0) < 3;
    pieces.push({ text: source.slice(start, at).trim(), cutBefore: cut, cutAfter: inSentence && at < source.length });
    cut = inSentence;
    start = at + 1;
    if (at >= source.length) return pieces;
  }
  pieces.push({ text: source.slice(start).trim(), cutBefore: cut, cutAfter: false });
  return pieces;
}

// ——— What a deck is made from ———

export interface ParagraphInput {
  anchor: string;
  text: string;
  editorialNotes: readonly { word: string; note: string }[];
}

export interface ProvisionInput {
  ref: string;
  href: string;
  /** «Mục 3», «Mục 1, đoạn 1», «Phần mở đầu». */
  label: string;
  /** The full citation, shown under the text. */
  citation: string;
  paragraphs: readonly ParagraphInput[];
}

export interface DeckInput {
  title: string;
  /** What the module is about, the same for every class. */
  subtitle: string;
  order: number;
  count: number;
  /** Site path of the module page (the QR code and the closing slide lead there). */
  modulePath: string;
  objectives: readonly string[];
  provisions: readonly ProvisionInput[];
  discussion: readonly string[];
  situations: readonly { title: string; text: string; unit: string }[];
  quiz: readonly { question: string; options: readonly string[] }[];
  next?: { title: string; order: number; href: string };
}

// ——— Slides ———

/** A run of a paragraph's text, with the editorial note (its number) that follows it, if any. */
export interface Segment {
  text: string;
  note?: number;
}

/** A paragraph, or a piece of one, on a provision slide. */
export interface ProvisionBlock {
  anchor: string;
  segments: Segment[];
  cutBefore: boolean;
  cutAfter: boolean;
}

interface Common {
  heading: string;
  fit: Fit;
}

export type Slide =
  | ({ kind: 'title'; title: string; subtitle: string; order: number; count: number; modulePath: string } & Common)
  | ({ kind: 'objectives'; lead?: string; items: string[]; start: number; continued: boolean } & Common)
  | ({ kind: 'provision'; ref: string; href: string; citation: string; blocks: ProvisionBlock[]; notes: { n: number; note: string }[]; continued: boolean } & Common)
  | ({ kind: 'discussion'; n: number; total: number; text: string } & Common)
  | ({ kind: 'situation'; n: number; total: number; title: string; unit: string; piece: TextPiece; continued: boolean } & Common)
  | ({ kind: 'quiz'; n: number; total: number; question: string; options: string[] } & Common)
  | ({ kind: 'closing'; title: string; order: number; modulePath: string; next?: DeckInput['next'] } & Common);

/** Greedy packing of weighted units into groups of at most `budget`; a unit heavier than it stands alone. */
export function pack<T>(units: readonly T[], weight: (u: T) => number, budget: number = SLIDE_BUDGET): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let total = 0;
  for (const unit of units) {
    const w = weight(unit);
    if (current.length && total + w > budget) {
      groups.push(current);
      current = [];
      total = 0;
    }
    current.push(unit);
    total += w;
  }
  if (current.length) groups.push(current);
  return groups;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** A paragraph as runs of text, each editorial note numbered after the word it is about (as the module page shows it). */
function noteOffsets(paragraph: ParagraphInput): { end: number; note: string }[] {
  const out: { end: number; note: string }[] = [];
  let offset = 0;
  for (const { word, note } of paragraph.editorialNotes) {
    const at = findWord(paragraph.text.slice(offset), word);
    if (at < 0) continue;
    offset += at + word.length;
    out.push({ end: offset, note });
  }
  return out;
}

function provisionSlides(p: ProvisionInput): Slide[] {
  // Footnotes are numbered through the provision, as ProvisionQuote numbers them.
  let n = 0;
  const units = p.paragraphs.flatMap((paragraph) => {
    const marks = noteOffsets(paragraph).map((m) => ({ ...m, n: ++n }));
    const pieces = splitText(paragraph.text);
    let from = 0;
    return pieces.map((piece) => {
      // Where this piece sits in the paragraph (pieces are in order and joined by one space).
      const start = paragraph.text.indexOf(piece.text, from);
      const end = start + piece.text.length;
      from = end;
      const inside = marks.filter((m) => m.end > start && m.end <= end);
      const segments: Segment[] = [];
      let at = start;
      for (const m of inside) {
        segments.push({ text: paragraph.text.slice(at, m.end), note: m.n });
        at = m.end;
      }
      if (at < end || !segments.length) segments.push({ text: paragraph.text.slice(at, end) });
      return { block: { anchor: paragraph.anchor, segments, cutBefore: piece.cutBefore, cutAfter: piece.cutAfter }, notes: inside.map((m) => ({ n: m.n, note: m.note })), weight: piece.text.length + ITEM_WEIGHT };
    });
  });
  return pack(units, (u) => u.weight + sum(u.notes.map((x) => x.note.length / 2))).map((group, i) => {
    const notes = group.flatMap((u) => u.notes);
    return {
      kind: 'provision',
      heading: `Nguyên văn Công văn · ${p.label}${i > 0 ? ` ${CONTINUED}` : ''}`,
      ref: p.ref,
      href: p.href,
      citation: p.citation,
      blocks: group.map((u) => u.block),
      notes,
      continued: i > 0,
      fit: fitOf(sum(group.map((u) => u.weight)) + sum(notes.map((x) => x.note.length / 2))),
    };
  });
}

export const OBJECTIVES_LEAD = 'Sau bài học, người học có thể:';

/** Every slide of a module's deck, in order: title, objectives, provisions, discussion, situations, quiz, closing. */
export function deckSlides(input: DeckInput): Slide[] {
  const slides: Slide[] = [];
  slides.push({ kind: 'title', heading: `Bài học thứ ${input.order}/${input.count}`, title: input.title, subtitle: input.subtitle, order: input.order, count: input.count, modulePath: input.modulePath, fit: 'm' });

  const objectiveGroups = pack(input.objectives, (o) => o.length + ITEM_WEIGHT, SLIDE_BUDGET - OBJECTIVES_LEAD.length - ITEM_WEIGHT);
  let start = 1;
  objectiveGroups.forEach((items, i) => {
    const lead = i === 0 ? OBJECTIVES_LEAD : undefined;
    const weight = sum(items.map((o) => o.length + ITEM_WEIGHT)) + (lead ? lead.length + ITEM_WEIGHT : 0);
    slides.push({ kind: 'objectives', heading: `Mục tiêu${i > 0 ? ` ${CONTINUED}` : ''}`, lead, items: [...items], start, continued: i > 0, fit: fitOf(weight) });
    start += items.length;
  });

  for (const p of input.provisions) slides.push(...provisionSlides(p));

  const questions = input.discussion.length;
  input.discussion.forEach((text, i) => {
    slides.push({ kind: 'discussion', heading: `Câu hỏi thảo luận ${i + 1}/${questions}`, n: i + 1, total: questions, text, fit: fitOf(text.length) });
  });

  const cases = input.situations.length;
  input.situations.forEach((s, i) => {
    splitText(s.text, SLIDE_BUDGET - s.title.length).forEach((piece, j) => {
      slides.push({
        kind: 'situation',
        heading: `Tình huống ${i + 1}/${cases}${j > 0 ? ` ${CONTINUED}` : ''}`,
        n: i + 1,
        total: cases,
        title: s.title,
        unit: s.unit,
        piece,
        continued: j > 0,
        fit: fitOf(piece.text.length + s.title.length + ITEM_WEIGHT),
      });
    });
  });

  const items = input.quiz.length;
  input.quiz.forEach((q, i) => {
    const weight = q.question.length + sum(q.options.map((o) => o.length + ITEM_WEIGHT));
    slides.push({ kind: 'quiz', heading: `Câu hỏi trắc nghiệm ${i + 1}/${items}`, n: i + 1, total: items, question: q.question, options: [...q.options], fit: fitOf(weight) });
  });

  slides.push({ kind: 'closing', heading: 'Kết thúc bài học', title: input.title, order: input.order, modulePath: input.modulePath, next: input.next, fit: 'm' });
  return slides;
}

/**
 * Text as runs, words joined by a hyphen or slash kept whole: a document
 * number («84-QĐ/TU», «34/2007/PL-UBTVQH11») never breaks across lines, and
 * on a slide a break after its hyphen is easy to misread.
 */
export function keepWhole(text: string): { text: string; whole: boolean }[] {
  const out: { text: string; whole: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)+/gu)) {
    if (!m[0].includes('-')) continue;
    if (m.index > at) out.push({ text: text.slice(at, m.index), whole: false });
    out.push({ text: m[0], whole: true });
    at = m.index + m[0].length;
  }
  if (at < text.length || !out.length) out.push({ text: text.slice(at), whole: false });
  return out;
}

/** «Trang chiếu 3/17»: each slide's accessible name. */
export const slideLabel = (n: number, total: number) => `Trang chiếu ${n}/${total}`;

/** The slide a URL hash asks for («#3», «#trang-3»), clamped to the deck; 1 when it names none. */
export function slideFromHash(hash: string, total: number): number {
  const match = /^#(?:trang-)?(\d+)$/.exec(hash);
  const n = match ? Number(match[1]) : 1;
  return Math.min(Math.max(n, 1), Math.max(total, 1));
}
