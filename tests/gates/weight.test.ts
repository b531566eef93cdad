/**
 * Gate: page-weight budgets per kind of page (bytes gzip of HTML + CSS + JS
 * on first view; scripts/lib/page-weight.ts says what counts and holds the budgets).
 */
import { describe, expect, it } from 'vitest';
import { DIRECTIVE_PATH } from '../../src/lib/page-kinds';
import { BUDGETS, measurePage, overBudget } from '../../scripts/lib/page-weight';
import { allPages, distDir } from '../support/dist';

describe('page weight', () => {
  it('the directive page is within 20 KB gzip', () => {
    const w = measurePage(distDir, DIRECTIVE_PATH);
    expect(w.kind).toBe('directive');
    expect(BUDGETS.directive).toBeLessThanOrEqual(20_000);
    expect(w.total.gzip).toBeLessThanOrEqual(BUDGETS.directive);
  });

  it('every page is within the budget of its kind, and every resource it links is built', () => {
    const weights = allPages().map((p) => measurePage(distDir, p));
    expect(weights.flatMap((w) => w.missing.map((m) => `${w.path}: thiếu ${m}`))).toEqual([]);
    expect(weights.map((w) => overBudget(w)).filter(Boolean)).toEqual([]);
  });
});
