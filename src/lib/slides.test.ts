import { describe, expect, it } from 'vitest';
import { deckSlides, fitOf, keepWhole, pack, slideFromHash, slideLabel, splitText, SLIDE_BUDGET, type DeckInput, type Slide } from './slides';

const sentence = (n: number, words = 12) => `Câu thứ ${n} ${Array.from({ length: words }, (_, i) => `chữ${i}`).join(' ')}.`;

describe('splitText', () => {
  it('keeps a text that fits in one piece', () => {
    expect(splitText('Một đoạn ngắn.', 100)).toEqual([{ text: 'Một đoạn ngắn.', cutBefore: false, cutAfter: false }]);
  });

  it('breaks at sentence ends when it can, and says nothing was cut', () => {
    const text = [1, 2, 3, 4, 5, 6].map((n) => sentence(n)).join(' ');
    const pieces = splitText(text, 200);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.text.length).toBeLessThanOrEqual(200);
      expect(p.text).toMatch(/^Câu thứ \d.*\.$/);
      expect(p.cutBefore || p.cutAfter).toBe(false);
    }
    expect(pieces.map((p) => p.text).join(' ')).toBe(text);
  });

  it('breaks one long sentence at a clause, marking the cut on both sides, never inside a word', () => {
    const text = `3. Ủy ban ${'làm việc này '.repeat(20)}trên các lĩnh vực; triển khai ${'thực hiện nghiêm '.repeat(20)}của nhân dân.`;
    const pieces = splitText(text, 400);
    expect(pieces.length).toBe(2);
    expect(pieces[0]!.text.endsWith('lĩnh vực;')).toBe(true);
    expect(pieces[0]).toMatchObject({ cutBefore: false, cutAfter: true });
    expect(pieces[1]).toMatchObject({ cutBefore: true, cutAfter: false });
    expect(pieces.map((p) => p.text).join(' ')).toBe(text);
  });

  it('falls back to a space between words when a sentence has no clause break', () => {
    const text = Array.from({ length: 120 }, (_, i) => `từ${i}`).join(' ') + '.';
    const pieces = splitText(text, 250);
    expect(pieces.every((p) => p.text.length <= 250)).toBe(true);
    expect(pieces.map((p) => p.text).join(' ')).toBe(text);
    expect(pieces.slice(0, -1).every((p) => p.cutAfter)).toBe(true);
  });
});

describe('pack and fitOf', () => {
  it('packs in order without passing the budget, a heavy unit alone', () => {
    expect(pack([100, 200, 300, 700, 50], (x) => x, 600)).toEqual([[100, 200, 300], [700], [50]]);
  });
  it('gives larger type to lighter slides', () => {
    expect([100, 300, 500, 900].map(fitOf)).toEqual(['l', 'm', 's', 'xs']);
  });
  it('keeps hyphenated words and document numbers whole, the text unchanged', () => {
    const text = 'Quyết định số 1737-QĐ/TU, ngày 27/01/2015 và Luật 34/2007/PL-UBTVQH11 của tổ chức chính trị-xã hội.';
    const runs = keepWhole(text);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.whole).map((r) => r.text)).toEqual(['1737-QĐ/TU', '34/2007/PL-UBTVQH11', 'trị-xã']);
    expect(keepWhole('')).toEqual([{ text: '', whole: false }]);
  });
});

const input: DeckInput = {
  title: 'Mục 3: Hội đồng nhân dân',
  subtitle: 'Tóm tắt của bài.',
  order: 4,
  count: 7,
  modulePath: '/bai-hoc/muc-3/',
  objectives: ['Mục tiêu một.', 'Mục tiêu hai.', 'x'.repeat(500), 'Mục tiêu bốn.'],
  provisions: [
    {
      ref: 'd#muc-1',
      href: '/van-ban/d/#muc-1',
      label: 'Mục 1',
      citation: 'Mục 1, Công văn số 1',
      paragraphs: [
        { anchor: 'muc-1-doan-1', text: 'Đoạn một ngắn.', editorialNotes: [] },
        { anchor: 'muc-1-doan-2', text: `Đoạn hai nói về Pháp lệnh ở xã, phường, thị trấn; ${'và nhiều việc khác nữa '.repeat(30)}cho nhân dân.`, editorialNotes: [{ word: 'trấn', note: 'Ghi chú biên tập: đã thay thế.' }] },
      ],
    },
  ],
  discussion: ['Hỏi một?', 'Hỏi hai?', 'Hỏi ba?'],
  situations: [{ title: 'Tình huống ở phường', text: [1, 2, 3, 4, 5, 6, 7, 8].map((n) => sentence(n, 14)).join(' '), unit: 'Xã, phường, đặc khu' }],
  quiz: [
    { question: 'Câu một?', options: ['A', 'B', 'C', 'D'] },
    { question: 'Câu hai?', options: ['A', 'B'] },
  ],
  next: { title: 'Mục 4', order: 5, href: '/bai-hoc/muc-4/' },
};

const kinds = (slides: Slide[]) => slides.map((s) => s.kind);

describe('deckSlides', () => {
  const slides = deckSlides(input);

  it('runs title, objectives, provisions, each question, each situation, each quiz item, closing', () => {
    const k = kinds(slides);
    expect(k[0]).toBe('title');
    expect(k.at(-1)).toBe('closing');
    expect(k.filter((x) => x === 'discussion')).toHaveLength(3);
    expect(k.filter((x) => x === 'quiz')).toHaveLength(2);
    const order = ['title', 'objectives', 'provision', 'discussion', 'situation', 'quiz', 'closing'];
    expect([...new Set(k)]).toEqual(order);
    expect(k.map((x) => order.indexOf(x))).toEqual([...k.map((x) => order.indexOf(x))].sort((a, b) => a - b));
  });

  it('spreads long objectives over slides, numbered on, «(tiếp)» after the first', () => {
    const objectives = slides.filter((s) => s.kind === 'objectives');
    expect(objectives.length).toBe(2);
    expect(objectives.flatMap((s) => s.items)).toEqual(input.objectives);
    expect(objectives.map((s) => s.heading)).toEqual(['Mục tiêu', 'Mục tiêu (tiếp)']);
    expect(objectives[1]!.start).toBe(objectives[0]!.items.length + 1);
    expect(objectives[0]!.lead).toBeDefined();
    expect(objectives[1]!.lead).toBeUndefined();
  });

  it('keeps every word of a provision, in order, split at paragraphs then clauses, the note after its word', () => {
    const provision = slides.filter((s) => s.kind === 'provision');
    expect(provision.length).toBeGreaterThan(1);
    expect(provision.slice(1).every((s) => s.heading.endsWith('(tiếp)') && s.continued)).toBe(true);
    const byAnchor = new Map<string, string[]>();
    for (const s of provision) for (const b of s.blocks) byAnchor.set(b.anchor, [...(byAnchor.get(b.anchor) ?? []), b.segments.map((x) => x.text).join('')]);
    for (const p of input.provisions[0]!.paragraphs) expect(byAnchor.get(p.anchor)!.join(' ')).toBe(p.text);
    const noted = provision.flatMap((s) => s.blocks.flatMap((b) => b.segments)).filter((x) => x.note);
    expect(noted).toHaveLength(1);
    expect(noted[0]!.text.endsWith('thị trấn')).toBe(true);
    expect(provision.flatMap((s) => s.notes)).toEqual([{ n: 1, note: 'Ghi chú biên tập: đã thay thế.' }]);
    const cut = provision.flatMap((s) => s.blocks).filter((b) => b.cutAfter);
    expect(cut.length).toBeGreaterThan(0);
  });

  it('splits a long situation at sentence ends, without its hints, «(tiếp)» on continuations', () => {
    const situation = slides.filter((s) => s.kind === 'situation');
    expect(situation.length).toBeGreaterThan(1);
    expect(situation.map((s) => s.piece.text).join(' ')).toBe(input.situations[0]!.text);
    expect(situation.every((s) => !s.piece.cutAfter && !s.piece.cutBefore)).toBe(true);
    expect(situation[1]!.heading).toBe('Tình huống 1/1 (tiếp)');
  });

  it('carries quiz items as question and options only', () => {
    const quiz = slides.filter((s) => s.kind === 'quiz');
    expect(quiz[1]).toEqual({ kind: 'quiz', heading: 'Câu hỏi trắc nghiệm 2/2', n: 2, total: 2, question: 'Câu hai?', options: ['A', 'B'], fit: 'l' });
  });

  it('keeps every text slide within the budget', () => {
    for (const s of slides) if (s.kind === 'provision' || s.kind === 'situation') expect(s.fit).not.toBe('xs');
    expect(SLIDE_BUDGET).toBeGreaterThan(0);
  });
});

describe('slide numbers', () => {
  it('names slides and reads the hash, clamped', () => {
    expect(slideLabel(3, 17)).toBe('Trang chiếu 3/17');
    expect([slideFromHash('#3', 17), slideFromHash('#trang-5', 17), slideFromHash('#99', 17), slideFromHash('#0', 17), slideFromHash('', 17), slideFromHash('#muc-1', 17)]).toEqual([3, 5, 17, 1, 1, 1]);
  });
});
