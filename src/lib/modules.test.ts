import { describe, expect, it } from 'vitest';
import { formatDuration, neighbours, partRef, partsTaught, pointsTaught } from './modules';

describe('partRef / partsTaught', () => {
  it('maps a paragraph reference to its part and keeps part references', () => {
    expect(partRef('111-cv-tu-2016#muc-4-doan-2')).toBe('111-cv-tu-2016#muc-4');
    expect(partRef('111-cv-tu-2016#muc-3')).toBe('111-cv-tu-2016#muc-3');
    expect(partRef('111-cv-tu-2016#to-chuc-thuc-hien-doan-1')).toBe('111-cv-tu-2016#to-chuc-thuc-hien');
  });
  it('lists each part once, in first-referenced order', () => {
    expect(partsTaught(['111-cv-tu-2016#mo-dau', '111-cv-tu-2016#muc-1-doan-1', '111-cv-tu-2016#muc-1-doan-3', '111-cv-tu-2016#mo-dau-doan-1'])).toEqual([
      '111-cv-tu-2016#mo-dau',
      '111-cv-tu-2016#muc-1',
    ]);
  });
});

describe('pointsTaught', () => {
  it('finds point numbers at point or paragraph level, ascending, without duplicates', () => {
    expect(pointsTaught(['111-cv-tu-2016#muc-4-doan-2', '111-cv-tu-2016#muc-1', '111-cv-tu-2016#muc-4', '111-cv-tu-2016#noi-nhan'])).toEqual([1, 4]);
  });
  it('does not take two-digit paragraphs for points', () => {
    expect(pointsTaught(['111-cv-tu-2016#mo-dau-doan-1', '111-cv-tu-2016#to-chuc-thuc-hien'])).toEqual([]);
  });
});

describe('neighbours', () => {
  const list = ['a', 'b', 'c'];
  it('has no previous at the start and no next at the end', () => {
    expect(neighbours(list, 0)).toEqual({ previous: undefined, next: 'b' });
    expect(neighbours(list, 1)).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(list, 2)).toEqual({ previous: 'b', next: undefined });
  });
  it('has neither for an item not in the list', () => {
    expect(neighbours(list, -1)).toEqual({ previous: undefined, next: undefined });
  });
});

describe('formatDuration', () => {
  it('writes minutes and hours the Vietnamese way', () => {
    expect(formatDuration(45)).toBe('45 phút');
    expect(formatDuration(60)).toBe('1 giờ');
    expect(formatDuration(90)).toBe('1 giờ 30 phút');
  });
});
