import { describe, expect, it } from 'vitest';
import { FACTS_ANCHOR, pageParts } from './search-sections';

// A held text as Pagefind gives it: its words, and every element with an id at the position of its first word.
const blocks: [string, { element: string; id: string; text: string }?][] = [
  ['Công văn số 111-CV/TU Ban Thường vụ.'],
  ['Mục 4.', { element: 'h2', id: 'muc-4', text: 'Mục 4' }],
  // Each paragraph of a part with several opens with its label, the part's name in it (SourceParagraph.astro).
  ['Mục 4, đoạn 1 4. Coi trọng kiểm tra.', { element: 'p', id: 'muc-4-doan-1', text: 'Mục 4, đoạn 1 4. Coi trọng kiểm tra.' }],
  // A footnote marker at the end: the element's text has it glued ("trấn2."), the index as a word of its own.
  ['Mục 4, đoạn 2 Ủy ban Kiểm tra thị trấn', { element: 'p', id: 'muc-4-doan-2', text: 'Mục 4, đoạn 2 Ủy ban Kiểm tra thị trấn2.' }],
  ['2.', { element: 'a', id: 'ghi-chu-ve-2', text: '2' }],
  ['Ghi chú biên tập: Pháp lệnh hết hiệu lực. ↑', { element: 'li', id: 'ghi-chu-2', text: 'Ghi chú biên tập: Pháp lệnh hết hiệu lực. ↑' }],
  ['Mục 5.', { element: 'h2', id: 'muc-5', text: 'Mục 5' }],
  // …and one inside the paragraph.
  ['5. Mặt trận', { element: 'p', id: 'muc-5-doan-1', text: '5. Mặt trận3 Tổ quốc.' }],
  ['3', { element: 'a', id: 'ghi-chu-ve-3', text: '3' }],
  ['Tổ quốc. Ghi chú của học liệu, cơ quan được giao: Mặt trận.'],
  ['Thuộc tính.', { element: 'h2', id: FACTS_ANCHOR, text: 'Thuộc tính' }],
  ['Số, ký hiệu 111-CV/TU Loại văn bản Công văn'],
  ['Được dẫn chiếu tại.', { element: 'h2', id: 'duoc-dan-chieu-tai', text: 'Được dẫn chiếu tại' }],
  ['Bài học Mục 4.'],
];
const anchors: { element: string; id: string; text: string; location: number }[] = [];
let location = 0;
for (const [text, anchor] of blocks) {
  if (anchor) anchors.push({ ...anchor, location });
  location += text.split(' ').length;
}
const content = blocks.map(([text]) => text).join(' ');

describe('pageParts', () => {
  const parts = pageParts('/van-ban/x/', content, anchors);
  const byUrl = new Map(parts.sections.map((s) => [s.url, s]));

  it('makes each paragraph of a held text a section at its anchor, named as citations name it, with its own words only', () => {
    expect(byUrl.get('/van-ban/x/#muc-4-doan-1')).toEqual({
      url: '/van-ban/x/#muc-4-doan-1',
      title: 'Mục 4, đoạn 1',
      text: '4. Coi trọng kiểm tra.',
      part: { url: '/van-ban/x/#muc-4', title: 'Mục 4' },
    });
    // The footnote marker and the note after it are not the paragraph's words.
    expect(byUrl.get('/van-ban/x/#muc-4-doan-2')?.text).toBe('Ủy ban Kiểm tra thị trấn');
    // A part of one paragraph: named by the part alone, as the site does.
    expect(byUrl.get('/van-ban/x/#muc-5-doan-1')).toMatchObject({ title: 'Mục 5', text: '5. Mặt trận Tổ quốc.' });
  });

  it('keeps headed sections without their heading, leaves the facts out and lists sections in page order', () => {
    expect(byUrl.get('/van-ban/x/#duoc-dan-chieu-tai')?.text).toBe('Bài học Mục 4.');
    expect(byUrl.has(`/van-ban/x/#${FACTS_ANCHOR}`)).toBe(false);
    expect(parts.body).not.toContain('Loại văn bản');
    expect(parts.sections.map((s) => s.url.split('#')[1])).toEqual(['muc-4-doan-1', 'muc-4-doan-2', 'muc-5-doan-1', 'duoc-dan-chieu-tai']);
  });

  it('gives the lead: the words before the first section', () => {
    expect(parts.lead).toBe('Công văn số 111-CV/TU Ban Thường vụ.');
  });

  it('treats ids that only look like paragraphs as plain ids (no part heading, or not a paragraph)', () => {
    const other = pageParts('/bai-hoc/y/', 'Đoạn 1: chung. Nội dung.', [{ element: 'h3', id: 'doan-1-chung', text: 'Đoạn 1: chung', location: 0 }, { element: 'li', id: 'x-doan-1', text: 'Nội dung.', location: 3 }]);
    expect(other.sections).toEqual([{ url: '/bai-hoc/y/#doan-1-chung', title: 'Đoạn 1: chung', text: 'Nội dung.' }]);
  });
});
