import { describe, expect, it } from 'vitest';
import { compileTerms, excerptAround, findTermMentions, linkFirstMentions, termsIn } from './term-mentions';

const matcher = compileTerms([
  { slug: 'quy-che-dan-chu-o-co-so', term: 'Quy chế dân chủ ở cơ sở', aliases: ['QCDC', 'Quy chế dân chủ'] },
  { slug: 'cap-uy', term: 'Cấp ủy', aliases: ['cấp ủy đảng'] },
  { slug: 'to-chuc-chinh-tri-xa-hoi', term: 'Tổ chức chính trị - xã hội', aliases: [] },
  { slug: 'dan-biet', term: 'Dân biết, dân bàn, dân làm, dân kiểm tra', aliases: [] },
  { slug: 'ban-chi-dao', term: 'Ban Chỉ đạo', aliases: [] },
  { slug: 'ban-thuong-vu', term: 'Ban Thường vụ', aliases: ['Ban Thường vụ Thành ủy'] },
]);

const slugs = (text: string) => findTermMentions(text, matcher).map((m) => m.slug);

describe('findTermMentions', () => {
  it('ignores letter case and finds the words as written', () => {
    const [m] = findTermMentions('Các cấp ủy đảng chú trọng', matcher);
    expect(m).toMatchObject({ slug: 'cap-uy', text: 'cấp ủy đảng', start: 4 });
  });

  it('treats old and new tone placement as the same word (Uỷ = Ủy)', () => {
    expect(slugs('các cấp uỷ')).toEqual(['cap-uy']);
    expect(slugs('Ban Thường vụ Thành uỷ')).toEqual(['ban-thuong-vu']);
  });

  it('keeps every other diacritic: a word without its marks is another word', () => {
    expect(slugs('cap uy')).toEqual([]);
    expect(slugs('Bàn chỉ đạo')).toEqual([]);
    expect(slugs('cấp úy')).toEqual([]);
  });

  it('matches a needle written without diacritics against folded text', () => {
    expect(slugs('Ban Chỉ đạo xây dựng và thực hiện QCDC thành phố')).toEqual(['ban-chi-dao', 'quy-che-dan-chu-o-co-so']);
    expect(slugs('qcdc')).toEqual(['quy-che-dan-chu-o-co-so']);
  });

  it('needs whole words (Unicode-aware boundaries)', () => {
    expect(slugs('cấp ủyđ')).toEqual([]);
    expect(slugs('phâncấp ủy')).toEqual([]);
    expect(slugs('QCDCs')).toEqual([]);
  });

  it('ignores spacing around hyphens and dashes', () => {
    expect(slugs('các tổ chức chính trị-xã hội')).toEqual(['to-chuc-chinh-tri-xa-hoi']);
    expect(slugs('các tổ chức chính trị – xã hội')).toEqual(['to-chuc-chinh-tri-xa-hoi']);
    expect(slugs('tổ chức chính trị xã hội')).toEqual([]);
  });

  it('prefers the longest name at a position and never overlaps', () => {
    expect(slugs('xây dựng và thực hiện Quy chế dân chủ ở cơ sở')).toEqual(['quy-che-dan-chu-o-co-so']);
    expect(findTermMentions('Quy chế dân chủ ở cơ sở', matcher)[0]!.text).toBe('Quy chế dân chủ ở cơ sở');
    expect(findTermMentions('Quy chế dân chủ trong', matcher)[0]!.text).toBe('Quy chế dân chủ');
  });

  it('matches a phrase with commas and a line break inside', () => {
    expect(slugs('phương châm “Dân biết, dân bàn,\ndân làm, dân kiểm tra” trong')).toEqual(['dan-biet']);
  });

  it('reads NFD text like NFC text', () => {
    expect(slugs('Các cấp ủy đảng'.normalize('NFD'))).toEqual(['cap-uy']);
  });

  it('lists distinct terms', () => {
    expect([...termsIn('cấp ủy, cấp uỷ và QCDC', matcher)].sort()).toEqual(['cap-uy', 'quy-che-dan-chu-o-co-so']);
  });
});

describe('linkFirstMentions', () => {
  it('links only the first mention of each term, across calls', () => {
    const linked = new Set<string>();
    expect(linkFirstMentions('Cấp ủy và cấp ủy.', matcher, linked)).toEqual([{ slug: 'cap-uy', text: 'Cấp ủy' }, ' và cấp ủy.']);
    expect(linkFirstMentions('Các cấp ủy đảng và QCDC', matcher, linked)).toEqual(['Các cấp ủy đảng và ', { slug: 'quy-che-dan-chu-o-co-so', text: 'QCDC' }]);
    expect(linkFirstMentions('Không có gì', matcher, linked)).toEqual(['Không có gì']);
  });
});

describe('excerptAround', () => {
  it('cuts at spaces and marks the cut', () => {
    const text = 'một hai ba bốn năm sáu bảy tám chín mười cấp ủy một hai ba bốn năm sáu bảy tám chín mười';
    const [m] = findTermMentions(text, matcher);
    const e = excerptAround(text, m!, 12);
    expect(e.match).toBe('cấp ủy');
    expect(e.before.startsWith('…')).toBe(true);
    expect(e.after.endsWith('…')).toBe(true);
    expect(e.before).toBe('…chín mười ');
  });
});
