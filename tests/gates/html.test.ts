/** Gate: html-validate, recommended preset (.htmlvalidate.json), reports nothing on any page. */
import { describe, expect, it } from 'vitest';
import { allPages, distDir } from '../support/dist';
import { validateSite } from './lib/html';

describe('html-validate', () => {
  it('every page is valid HTML under the recommended preset', async () => {
    expect(allPages().length).toBeGreaterThan(0);
    const problems = await validateSite(distDir);
    expect(problems.map((p) => `${p.page}:${p.line} ${p.rule}: ${p.message}`)).toEqual([]);
  });
});
