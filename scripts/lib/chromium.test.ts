import { describe, expect, it } from 'vitest';
import { cacheDir, majorVersion } from './chromium.ts';

describe('the project’s Chromium', () => {
  it('reads the major version from what the binary prints', () => {
    expect(majorVersion('Chromium 153.0.8010.0')).toBe(153);
    expect(majorVersion('Google Chrome 156.0.8078.73 ')).toBe(156);
    expect(majorVersion('not a browser')).toBeNull();
  });

  it('unpacks each package version into a folder of its own, never a shared one', () => {
    expect(cacheDir('153.0.0')).toMatch(/node_modules\/\.cache\/qcdc-chromium\/153\.0\.0$/);
    expect(cacheDir('154.0.0')).not.toBe(cacheDir('153.0.0'));
  });
});
