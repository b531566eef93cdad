/** Gate (static half): no built file asks for a script, stylesheet, image or frame from another origin. The browser half is in browser.test.ts. */
import { describe, expect, it } from 'vitest';
import { distDir } from '../support/dist';
import { SITE_ORIGINS } from './lib/config';
import { scanExternalResources } from './lib/origin';

describe('same origin, in the files', () => {
  it('no page or stylesheet names an off-origin resource', () => {
    expect(scanExternalResources(distDir, SITE_ORIGINS).map((p) => `${p.file}: ${p.what} ${p.url}`)).toEqual([]);
  });
});
