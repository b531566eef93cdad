import { describe, expect, it } from 'vitest';
import { excerptText, holdsAny, markWords, repairSeparators, SNIPPET_WORDS, snippetOf, withoutLead } from './excerpt';
import { prepareQuery } from './search-text';

describe('markWords', () => {
  const q = (text: string) => prepareQuery(text);
  it('marks whole folded words only: "dan chu" marks «dân chủ», never «Đảng», «đảng», «danh» or «chức»', () => {
    const pieces = markWords('Dân chủ trong Đảng, đảng viên, danh nghĩa, tổ chức dân chủ.', q('dan chu'));
    expect(pieces.filter((p) => p.marked).map((p) => p.text)).toEqual(['Dân', 'chủ', 'dân', 'chủ']);
    expect(excerptText(pieces)).toBe('Dân chủ trong Đảng, đảng viên, danh nghĩa, tổ chức dân chủ.');
  });
  it('marks the spelling typed when the reader typed diacritics, tone placement aside', () => {
    const marked = (text: string, query: string) => markWords(text, q(query)).filter((p) => p.marked).map((p) => p.text);
    expect(marked('lợi dụng, lời nói, lôi kéo', 'lợi dụng')).toEqual(['lợi', 'dụng']);
    expect(marked('Uỷ ban và Ủy ban, úy', 'Ủy ban')).toEqual(['Uỷ', 'ban', 'Ủy', 'ban']);
    expect(marked('dân chủ và dần chú', 'dân chu')).toEqual(['dân', 'chủ', 'chú']);
  });

  it('marks a number as one run, and only the number asked for, never its parts elsewhere', () => {
    expect(markWords('Số 120-KL/TW và 37-KL/TU, 30-CT/TW, 120 người', q('120-KL/TW')).filter((p) => p.marked).map((p) => p.text)).toEqual(['120-KL/TW']);
    expect(markWords('Kết luận 120-KL/TW', q('kết luận 120')).filter((p) => p.marked).map((p) => p.text)).toEqual(['Kết', 'luận', '120']);
    expect(markWords('Quyết định 1737-QĐ/TU, 1738-QĐ/TU', q('1738')).filter((p) => p.marked).map((p) => p.text)).toEqual(['1738']);
  });
  it('keeps punctuation and spaces outside the marks', () => {
    expect(markWords('(đảng ủy, “dân chủ”)', q('dan chu'))).toEqual([
      { text: '(đảng ủy, “', marked: false },
      { text: 'dân', marked: true },
      { text: ' ', marked: false },
      { text: 'chủ', marked: true },
      { text: '”)', marked: false },
    ]);
  });
});

describe('repairSeparators', () => {
  it('puts back the space lost where two blocks meet', () => {
    expect(repairSeparators('Mục 4, đoạn 1«…tổ chức»Mục 5')).toBe('Mục 4, đoạn 1 «…tổ chức» Mục 5');
    expect(repairSeparators('Căn cứ Mục 2Xem nguyên văn')).toBe('Căn cứ Mục 2 Xem nguyên văn');
    expect(repairSeparators('cơ sởXem')).toBe('cơ sở Xem');
  });
  it('leaves numbers, abbreviations and ordinary text alone', () => {
    for (const text of ['Số 10/2022/QH15 và 34/2007/PL-UBTVQH11', 'HĐND, UBND, QCDC', 'thực hiện “Dân biết, dân bàn”.', 'Ủy ban Kiểm tra']) expect(repairSeparators(text)).toBe(text);
  });
});

describe('snippetOf', () => {
  const words = (n: number, w = 'khác') => Array.from({ length: n }, () => w).join(' ');
  const q = (text: string) => prepareQuery(text);

  it('shows a short text whole, marked', () => {
    expect(excerptText(snippetOf('Quyết định số 1738-QĐ/TU của Ban Thường vụ.', q('1738')))).toBe('Quyết định số 1738-QĐ/TU của Ban Thường vụ.');
  });

  it('starts a long text at the sentence holding the match, never inside it, and ends with … when cut', () => {
    const text = `${words(40)}. Quyết định số 1738-QĐ/TU về đối thoại. ${words(40)}.`;
    const out = excerptText(snippetOf(text, q('1738')));
    expect(out.startsWith('Quyết định số 1738-QĐ/TU')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out.split(' ').length).toBeLessThanOrEqual(SNIPPET_WORDS + 1);
  });

  it('starts after … when the sentence begins too far back', () => {
    const text = `${words(60)} Quyết định số 1738-QĐ/TU ${words(60)}`;
    const out = excerptText(snippetOf(text, q('1738')));
    expect(out.startsWith('…khác Quyết định số 1738')).toBe(true);
  });

  it('picks the window holding the most of the query words', () => {
    const text = `Dân ở đây. ${words(50)}. Dân chủ đại diện là thế. ${words(50)}.`;
    const pieces = snippetOf(text, q('dan chu dai dien'));
    expect(pieces.filter((p) => p.marked).map((p) => p.text)).toEqual(['Dân', 'chủ', 'đại', 'diện']);
  });

  it('repairs lost separators before cutting', () => {
    expect(excerptText(snippetOf('Mục 5«…nhân dân»Mục 4', q('nhan dan')))).toBe('Mục 5 «…nhân dân» Mục 4');
  });
});

describe('withoutLead and holdsAny', () => {
  it('drops a heading the text opens with, compared folded and without punctuation', () => {
    expect(withoutLead('Giải thích thêm. Phát huy dân chủ', 'Giải thích thêm')).toBe('Phát huy dân chủ');
    expect(withoutLead('Ban Thường vụ Thành ủy Hải Phòng, ngày 27/01/2015. Một trong hai', 'Ban Thường vụ Thành ủy Hải Phòng, ngày 27/01/2015')).toBe('Một trong hai');
    expect(withoutLead('Giải thích khác', 'Giải thích thêm')).toBe('Giải thích khác');
  });
  it('finds whole folded words only', () => {
    expect(holdsAny('Đảng viên, tổ chức', prepareQuery('dan chu').words)).toBe(false);
    expect(holdsAny('quyền dân chủ', prepareQuery('dan').words)).toBe(true);
  });
});
