import { describe, expect, it } from 'vitest';
import { feedbackLead, optionLetter, scoreText, verdict } from './quiz';

describe('optionLetter', () => {
  it('labels options A, B, C…', () => {
    expect([0, 1, 2, 5].map(optionLetter)).toEqual(['A', 'B', 'C', 'F']);
  });
  it('rejects an index with no letter', () => {
    expect(() => optionLetter(-1)).toThrow(RangeError);
    expect(() => optionLetter(1.5)).toThrow(RangeError);
  });
});

describe('verdict and feedback', () => {
  it('tells right, wrong and unanswered apart', () => {
    expect(verdict(null, 0)).toBe('unanswered');
    expect(verdict(0, 0)).toBe('right');
    expect(verdict(2, 0)).toBe('wrong');
  });
  it('names the right answer by letter, also when the reader was wrong', () => {
    expect(feedbackLead('right', 1, 'Ban Dân vận Thành ủy')).toBe('Đúng. Đáp án là B: Ban Dân vận Thành ủy.');
    expect(feedbackLead('wrong', 0, 'Ban Tuyên giáo Thành ủy')).toBe('Chưa đúng. Đáp án đúng là A: Ban Tuyên giáo Thành ủy.');
    expect(feedbackLead('unanswered', 0, 'x')).toMatch(/^Chưa chọn/);
  });
});

describe('scoreText', () => {
  it('counts checked and right items, and gives the result once all are checked', () => {
    expect(scoreText(['right', 'wrong'], 6)).toBe('Đã kiểm tra 2/6 câu, đúng 1 câu.');
    expect(scoreText(['right', 'unanswered'], 2)).toBe('Đã kiểm tra 1/2 câu, đúng 1 câu.');
    expect(scoreText(['right', 'wrong', 'right'], 3)).toBe('Kết quả: đúng 2/3 câu. Có thể xem lại giải thích ở từng câu, hoặc bấm «Làm lại».');
    expect(scoreText(['right', 'right'], 2)).toBe('Kết quả: đúng 2/2 câu. Đồng chí đã trả lời đúng tất cả các câu.');
  });
});
