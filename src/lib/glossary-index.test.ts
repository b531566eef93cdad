import { describe, expect, it } from 'vitest';
import { appearancesOf, groupByLetter, initialLetter, letterId, usesTerm, VIETNAMESE_LETTERS } from './glossary-index';

describe('initialLetter', () => {
  it('drops the tone but keeps the letter’s own mark', () => {
    expect(initialLetter('Ủy ban')).toBe('U');
    expect(initialLetter('ưu tiên')).toBe('Ư');
    expect(initialLetter('Ấn định')).toBe('Â');
    expect(initialLetter('ắc')).toBe('Ă');
    expect(initialLetter('Đảng đoàn')).toBe('Đ');
    expect(initialLetter('ổn định')).toBe('Ô');
    expect(initialLetter('Dân chủ')).toBe('D');
  });
});

describe('groupByLetter', () => {
  const terms = ['Đảng đoàn', 'Dân chủ đại diện', 'ăn', 'Ân', 'an', 'Cấp ủy', 'Chương trình', 'Ủy ban', 'Ưu', 'Bàn'];
  const groups = groupByLetter(terms, (t) => t);

  it('lists the whole alphabet in order, with empty letters kept', () => {
    expect(groups.map((g) => g.letter)).toEqual([...VIETNAMESE_LETTERS]);
    expect(groups.find((g) => g.letter === 'E')!.items).toEqual([]);
  });

  it('files Đ after D and Ă, Â after A', () => {
    const flat = groups.flatMap((g) => g.items);
    expect(flat).toEqual(['an', 'ăn', 'Ân', 'Bàn', 'Cấp ủy', 'Chương trình', 'Dân chủ đại diện', 'Đảng đoàn', 'Ủy ban', 'Ưu']);
    expect(groups.find((g) => g.letter === 'Đ')!.items).toEqual(['Đảng đoàn']);
  });

  it('gives each letter a stable ASCII id', () => {
    expect(letterId('Đ')).toBe('chu-dd');
    expect(letterId('Ă')).toBe('chu-aw');
    expect(letterId('Q')).toBe('chu-q');
    expect(new Set(VIETNAMESE_LETTERS.map(letterId)).size).toBe(VIETNAMESE_LETTERS.length);
  });

  it('puts what files under no Vietnamese letter last', () => {
    expect(groupByLetter(['QCDC', '5 mục'], (t) => t).at(-1)).toMatchObject({ letter: '#', items: ['5 mục'] });
  });
});

describe('appearancesOf', () => {
  const term = { slug: 'cap-uy', term: 'Cấp ủy', aliases: ['cấp ủy đảng'] };
  it('finds paragraphs that use the term or an alias, with an excerpt', () => {
    const found = appearancesOf(term, [
      { anchor: 'a', label: 'A', text: 'Các cấp ủy đảng chú trọng kiểm tra; cấp uỷ cấp trên' },
      { anchor: 'b', label: 'B', text: 'Không nhắc tới.' },
    ]);
    expect(found).toEqual([{ anchor: 'a', label: 'A', count: 2, excerpt: { before: 'Các ', match: 'cấp ủy đảng', after: ' chú trọng kiểm tra; cấp uỷ cấp trên' } }]);
  });
  it('answers whether a text uses the term', () => {
    expect(usesTerm(term, 'vai trò của cấp ủy')).toBe(true);
    expect(usesTerm(term, 'cap uy')).toBe(false);
  });
});
