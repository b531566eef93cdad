import { describe, expect, it } from 'vitest';
import { buildParts, findWord, indexProvisions, paragraphAnchor, paragraphLabel, parseParagraphAnchor, withEditorialNotes } from './provisions';

const text = {
  document: 'x',
  header: { issuer: '', star: '*', number: '', subject: [], motto: '', placeDate: '', addresseeLabel: '', addressees: [] },
  parts: [
    { anchor: 'mo-dau', kind: 'preamble' as const, label: 'Phần mở đầu', paragraphs: [{ text: 'A', bodies: [], mentions: [], editorialNotes: [] }] },
    {
      anchor: 'muc-4',
      kind: 'point' as const,
      point: 4,
      label: 'Mục 4',
      paragraphs: [
        { text: 'B', bodies: [], mentions: [], editorialNotes: [] },
        { text: 'C', bodies: [], mentions: [], editorialNotes: [] },
      ],
    },
  ],
};

describe('buildParts and indexProvisions', () => {
  it('gives each paragraph its fixed anchor and a citation label', () => {
    const parts = buildParts(text);
    expect(parts[1]?.paragraphs.map((p) => [p.anchor, p.label])).toEqual([
      ['muc-4-doan-1', 'Mục 4, đoạn 1'],
      ['muc-4-doan-2', 'Mục 4, đoạn 2'],
    ]);
    expect(parts[0]?.paragraphs[0]?.label).toBe('Phần mở đầu');
  });
  it('resolves a part to all its paragraphs and a paragraph to itself', () => {
    const { index, duplicates } = indexProvisions([{ document: 'x', parts: buildParts(text) }]);
    expect(index.get('x#muc-4')?.paragraphs.map((p) => p.text)).toEqual(['B', 'C']);
    expect(index.get('x#muc-4-doan-2')?.paragraphs.map((p) => p.text)).toEqual(['C']);
    expect(duplicates).toEqual([]);
  });
  it('reports a duplicate anchor', () => {
    const twice = { ...text, parts: [...text.parts, { ...text.parts[0]! }] };
    expect(indexProvisions([{ document: 'x', parts: buildParts(twice) }]).duplicates).toContain('x#mo-dau');
  });
});

describe('withEditorialNotes', () => {
  it('puts the note right after the source word and keeps every character', () => {
    const pieces = withEditorialNotes({ text: 'nhân dân hiếu và phát huy', editorialNotes: [{ word: 'hiếu', note: 'hiểu?' }] });
    expect(pieces).toEqual([{ text: 'nhân dân hiếu', note: 'hiểu?' }, { text: ' và phát huy' }]);
    expect(pieces.map((p) => p.text).join('')).toBe('nhân dân hiếu và phát huy');
  });
  it('matches whole words only', () => {
    expect(findWord('PHÓ Bí THƯ', 'Bí')).toBe(4);
    expect(findWord('Bína', 'Bí')).toBe(-1);
  });
});

describe('paragraph names and anchors', () => {
  it('names a paragraph as citations do, and reads its anchor back', () => {
    expect(paragraphLabel('Mục 4', 1, 3)).toBe('Mục 4, đoạn 2');
    expect(paragraphLabel('Phần mở đầu', 0, 1)).toBe('Phần mở đầu');
    expect(parseParagraphAnchor(paragraphAnchor('muc-4', 1))).toEqual({ part: 'muc-4', index: 1 });
    expect(parseParagraphAnchor('to-chuc-thuc-hien-doan-1')).toEqual({ part: 'to-chuc-thuc-hien', index: 0 });
    for (const id of ['muc-4', 'doan-1-yeu-cau', 'muc-4-doan-0', 'muc-4-doan-']) expect(parseParagraphAnchor(id)).toBeNull();
  });
});
