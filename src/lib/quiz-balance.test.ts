import { describe, expect, it } from 'vitest';
import { balanceProblems, isRotation, keyIsLongest, quizBalance, type BalanceItem } from './quiz-balance';

const item = (answer: number, options = ['một hai', 'ba bốn', 'năm sáu', 'bảy tám']): BalanceItem => ({ options, answer, where: 'x' });
const groups = (...sets: BalanceItem[][]) => new Map(sets.map((s, i) => [`bai-${i + 1}`, s]));

describe('keyIsLongest', () => {
  it('is true only when the key is strictly longer than every other option', () => {
    expect(keyIsLongest(item(1, ['a', 'dài nhất', 'b', 'c']))).toBe(true);
    expect(keyIsLongest(item(1, ['bằng', 'bằng', 'b', 'c']))).toBe(false);
    expect(keyIsLongest(item(0, ['ngắn', 'dài hơn nhiều', 'b', 'c']))).toBe(false);
  });
});

describe('isRotation', () => {
  it('finds keys that step by a constant amount, modulo the options', () => {
    expect(isRotation([1, 0, 3, 2, 1], 4)).toBe(true);
    expect(isRotation([2, 2, 2, 2], 4)).toBe(true);
    expect(isRotation([0, 1, 2, 3, 0], 4)).toBe(true);
    expect(isRotation([0, 2, 1, 3, 1, 0], 4)).toBe(false);
    expect(isRotation([1, 0, 3], 4)).toBe(false);
  });
});

describe('balanceProblems', () => {
  it('passes a balanced set', () => {
    const balanced = groups([item(0), item(2), item(1), item(3), item(1), item(0)], [item(3), item(0), item(2), item(2), item(1), item(3)]);
    expect(balanceProblems(balanced)).toEqual([]);
  });

  it('fails a biased fixture on each of the three numbers', () => {
    const long = ['a', 'b', 'đáp án dài nhất trong số các phương án', 'c'];
    const biased = groups(
      [item(2, long), item(2, long), item(2, long), item(2, long), item(2, long), item(2, long)],
      [item(1), item(0), item(3), item(2), item(1), item(0)],
    );
    const problems = balanceProblems(biased);
    expect(problems).toEqual([
      expect.stringMatching(/^phương án đúng là phương án dài nhất ở 50 %/),
      expect.stringMatching(/^đáp án ở vị trí C chiếm 58 %/),
      'bai-1: thứ tự đáp án theo một vòng cố định (C, C, C, C, C, C)',
      'bai-2: thứ tự đáp án theo một vòng cố định (B, A, D, C, B, A)',
    ]);
    expect(quizBalance(biased).items).toBe(12);
  });
});
