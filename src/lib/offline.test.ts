import { describe, expect, it } from 'vitest';
import { copyKeyText, countText, fillControlFigures, isOfflineCache, isPrecache, sizeText } from './offline';

describe('sizeText', () => {
  it('gives decimal megabytes with a comma, one decimal under 10 MB', () => {
    expect(sizeText(2_069_963)).toBe('khoảng 2,1 MB');
    expect(sizeText(1_800_000)).toBe('khoảng 1,8 MB');
    expect(sizeText(2_000_000)).toBe('khoảng 2 MB');
    expect(sizeText(9_960_000)).toBe('khoảng 10 MB');
    expect(sizeText(12_400_000)).toBe('khoảng 12 MB');
    expect(sizeText(150_000)).toBe('khoảng 0,2 MB');
  });

  it('does not round a small copy down to nothing, and refuses a size that is not one', () => {
    expect(sizeText(40_000)).toBe('dưới 0,1 MB');
    expect(sizeText(0)).toBe('dưới 0,1 MB');
    expect(() => sizeText(-1)).toThrow(RangeError);
    expect(() => sizeText(Number.NaN)).toThrow(RangeError);
  });
});

describe('countText', () => {
  it('groups thousands as Vietnamese readers do', () => {
    expect(countText(219)).toBe('219');
    expect(countText(1234)).toBe('1.234');
  });
});

describe('fillControlFigures', () => {
  const page = '<section data-offline-control data-offline-files="0"><p>Bản lưu gồm <span data-offline-count></span> tệp, <span data-offline-size></span>.</p></section>';

  it('writes the size and the file count into the marked places', () => {
    const filled = fillControlFigures(page, { files: 1234, bytes: 2_069_963 });
    expect(filled).toBe('<section data-offline-control data-offline-files="1234"><p>Bản lưu gồm <span data-offline-count>1.234</span> tệp, <span data-offline-size>khoảng 2,1 MB</span>.</p></section>');
  });

  it('rewrites figures already written (a rebuilt copy), leaving the rest alone', () => {
    const once = fillControlFigures(page, { files: 219, bytes: 2_069_963 });
    const twice = fillControlFigures(once, { files: 230, bytes: 3_500_000 });
    expect(twice).toBe(fillControlFigures(page, { files: 230, bytes: 3_500_000 }));
    expect(twice).toContain('<span data-offline-size>khoảng 3,5 MB</span>');
    expect(twice).not.toContain('219');
  });

  it('fails when the page lacks a marker, naming it', () => {
    expect(() => fillControlFigures('<p>không có nút</p>', { files: 1, bytes: 1 })).toThrow(/data-offline-size/);
    expect(() => fillControlFigures(page.replace(' data-offline-files="0"', ''), { files: 1, bytes: 1 })).toThrow(/data-offline-files/);
  });
});

describe('caches and copies', () => {
  it('knows the worker’s caches by their prefix, and the precache among them', () => {
    expect(isOfflineCache('qcdc-precache-v2-https://example.vn/')).toBe(true);
    expect(isPrecache('qcdc-precache-v2-https://example.vn/')).toBe(true);
    expect(isOfflineCache('qcdc-runtime-https://example.vn/')).toBe(true);
    expect(isPrecache('qcdc-runtime-https://example.vn/')).toBe(false);
    expect(isOfflineCache('workbox-precache-v2-https://example.vn/')).toBe(false);
    expect(isOfflineCache('qcdcx-precache')).toBe(false);
  });

  it('identifies a copy by its keys whatever order the cache lists them in', () => {
    const a = ['/b/index.html?__WB_REVISION__=2', '/a/index.html?__WB_REVISION__=1', '/_astro/x.js'];
    expect(copyKeyText(a)).toBe(copyKeyText([...a].reverse()));
    expect(copyKeyText(a)).not.toBe(copyKeyText(['/b/index.html?__WB_REVISION__=3', '/a/index.html?__WB_REVISION__=1', '/_astro/x.js']));
  });
});
