/** Gate: every internal link and #anchor in the built site resolves; no link leaves the site unless allowed. */
import { describe, expect, it } from 'vitest';
import { allPages, distDir } from '../support/dist';
import { ALLOWED_EXTERNAL_LINKS, SITE_ORIGINS } from './lib/config';
import { checkLinks } from './lib/links';

describe('links', () => {
  it('every internal link, asset and #anchor on every page resolves', () => {
    expect(allPages().length).toBeGreaterThan(0);
    const problems = checkLinks(distDir, { siteOrigins: SITE_ORIGINS, allowExternal: ALLOWED_EXTERNAL_LINKS });
    expect(problems.map((p) => `${p.page} → ${p.url}: ${p.problem}`)).toEqual([]);
  });
});
