import { describe, expect, it } from 'vitest';
import { matchText, mergeByUrl, rankCandidates, rankSections, textWords } from './search-rank';
import { prepareQuery } from './search-text';

const match = (query: string, text: string) => matchText(prepareQuery(query), textWords(text));

describe('matchText', () => {
  it('finds words and phrases with or without diacritics, đ and d alike', () => {
    expect(match('dang uy', 'các đảng ủy trực thuộc')).toMatchObject({ coverage: 1, phrase: true });
    expect(match('đảng ủy', 'các đảng ủy trực thuộc')).toMatchObject({ exactCoverage: 1, exactPhrase: true });
    expect(match('dang uy', 'ủy ban và đảng')).toMatchObject({ coverage: 1, phrase: false });
  });

  it('treats old and new tone placement as the same spelling', () => {
    expect(match('Uỷ ban kiểm tra', 'Ủy ban Kiểm tra Thành ủy')).toMatchObject({ exactPhrase: true, startsWithPhrase: true });
  });

  it('tells a spelling with other diacritics apart when the reader typed them', () => {
    const m = match('đảng', 'đang dạng');
    expect(m.coverage).toBe(1);
    expect(m.exactCoverage).toBe(0);
  });

  it('lets the last word be a prefix, for results as you type', () => {
    expect(match('dan chu dai die', 'dân chủ đại diện')).toMatchObject({ phrase: true });
    expect(match('dan chu dai die', 'dân chủ đại')).toMatchObject({ phrase: false });
  });
});

describe('rankCandidates', () => {
  const page = (url: string, title: string, content: string, pagefindScore: number, pagefindRank: number) => ({ url, title, content, pagefindScore, pagefindRank });

  it('puts the page holding the phrase and the title ahead of higher Pagefind scores', () => {
    const ranked = rankCandidates(prepareQuery('Tô Hiệu'), [
      page('/a/', 'Tổng kết', 'tổng kết hiệu quả', 5, 0),
      page('/b/', 'Trường Chính trị Tô Hiệu', 'Trường Chính trị Tô Hiệu phối hợp', 1, 1),
    ]);
    expect(ranked.map((r) => r.url)).toEqual(['/b/', '/a/']);
  });

  it('tells how much of the query each candidate holds', () => {
    const ranked = rankCandidates(prepareQuery('ban dan van'), [page('/a/', 'Ban Dân vận', 'x', 1, 0), page('/b/', 'B', 'ban và dân', 2, 1)]);
    expect(ranked.map((r) => [r.url, r.coverage])).toEqual([['/a/', 1], ['/b/', 2 / 3]]);
  });

  it('prefers the exact spelling when the query carries diacritics, and not otherwise', () => {
    const pages = [page('/dang/', 'A', 'đang làm', 2, 0), page('/dang-uy/', 'B', 'đảng viên', 1, 1)];
    expect(rankCandidates(prepareQuery('đảng'), pages)[0]!.url).toBe('/dang-uy/');
    expect(rankCandidates(prepareQuery('dang'), pages)[0]!.url).toBe('/dang/');
  });

  it('puts the official text holding every word ahead of a lesson quoting it, but not one holding only some', () => {
    const lesson = page('/bai-hoc/', 'Bài', 'dân bàn trong quản lý nhà nước', 3, 0);
    const directive = { ...page('/van-ban/', 'Công văn', 'dân biết, dân bàn, dân làm trong hoạt động quản lý nhà nước', 1, 1), primary: true };
    expect(rankCandidates(prepareQuery('dân bàn quản lý nhà nước'), [lesson, directive])[0]!.url).toBe('/van-ban/');
    expect(rankCandidates(prepareQuery('dân bàn quản lý tiếp công dân'), [{ ...lesson, content: `${lesson.content} tiếp công dân` }, directive])[0]!.url).toBe('/bai-hoc/');
  });
});

describe('rankSections', () => {
  it('lists the parts that hold the query, best first', () => {
    const sections = [
      { url: '#muc-1', title: 'Mục 1', text: 'quán triệt triển khai' },
      { url: '#muc-3', title: 'Mục 3', text: 'đối thoại trực tiếp với nhân dân' },
      { url: '#muc-5', title: 'Mục 5', text: 'đối thoại và trực tiếp' },
    ];
    expect(rankSections(prepareQuery('doi thoai truc tiep'), sections).map((s) => s.url)).toEqual(['#muc-3', '#muc-5']);
  });

  it('leaves out parts holding less than half of the words', () => {
    const sections = [
      { url: '#muc-1', title: 'Mục 1', text: 'báo chí định hướng' },
      { url: '#ket', title: 'Phần tổ chức thực hiện', text: 'chế độ báo cáo theo định kỳ (6 tháng, một năm)' },
    ];
    expect(rankSections(prepareQuery('báo cáo định kỳ 6 tháng'), sections).map((s) => s.url)).toEqual(['#ket']);
  });
});

describe('mergeByUrl', () => {
  it('keeps the first of each page', () => {
    expect(mergeByUrl([{ url: '/a/' }], [{ url: '/b/' }, { url: '/a/#x' }]).map((x) => x.url)).toEqual(['/a/', '/b/']);
  });
});
