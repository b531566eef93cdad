/**
 * What a deployer gets. Without SITE_URL (the build `npm test` makes) no
 * output names the build machine and no page claims an absolute address;
 * with SITE_URL (a second build here) canonical links, og:url, the sitemap
 * (with lastmod, without the tool pages) and robots.txt point at the site.
 * Every page has its preview image and shows when its content last changed.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measurePage, overBudget } from '../scripts/lib/page-weight';
import { listPages } from '../scripts/lib/site/files';
import { isSitemapPage, MOVED_PAGES } from '../src/lib/paths';
import { fixtureBuilds, type FixtureBuild } from './support/build';
import { allPages, distDir, hasPage, loadPage, readPage } from './support/dist';

const SITE = 'https://hoclieu-qcdc.example.vn';

function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html|xml|json|txt|js|css|webmanifest)$|_headers$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('a build without SITE_URL', () => {
  it('names no build machine anywhere in its output', () => {
    const leaks = textFiles(distDir).filter((f) => /127\.0\.0\.1|localhost|:4321\b/.test(readFileSync(f, 'utf8')));
    expect(leaks.map((f) => relative(distDir, f))).toEqual([]);
  });

  it('writes no canonical link, og:url or sitemap, and robots.txt names no sitemap', () => {
    for (const path of allPages()) {
      const doc = loadPage(path);
      expect(doc.querySelector('link[rel="canonical"], meta[property="og:url"], link[rel="sitemap"]'), path).toBeNull();
    }
    expect(() => statSync(join(distDir, 'sitemap-index.xml'))).toThrow();
    expect(readPage('/robots.txt')).not.toContain('Sitemap');
    expect(readPage('/robots.txt')).toContain('Disallow: /giang-vien/in/');
  });

  it('gives every page a title, description and a 1200×630 preview image for shared links', () => {
    for (const path of allPages()) {
      const doc = loadPage(path);
      const meta = (key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
      expect(meta('og:title'), path).toBeTruthy();
      expect(meta('og:description'), path).toBeTruthy();
      expect(meta('og:locale'), path).toBe('vi_VN');
      expect(meta('twitter:card'), path).toBe('summary_large_image');
      const image = meta('og:image')!;
      expect(image, path).toMatch(/^\/anh-xem-truoc\/[a-z-]+\.png$/);
      expect(pngSize(join(distDir, image)), image).toEqual([1200, 630]);
    }
    expect(loadPage('/bai-hoc/').querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe('/anh-xem-truoc/bai-hoc.png');
  });

  it('shows on every page when its content last changed, as dd/mm/yyyy', () => {
    for (const path of allPages()) {
      const updated = loadPage(path).querySelector('.page-updated time');
      expect(updated?.textContent, path).toMatch(/^\d{2}\/\d{1,2}\/\d{4}$/);
      expect(updated?.getAttribute('datetime'), path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('ships none of Pagefind’s UI bundles or its worker, which the site does not load', () => {
    expect(readdirSync(join(distDir, 'pagefind')).filter((f) => /^pagefind-(?:ui|component-ui|modular-ui|highlight|worker)\./.test(f))).toEqual([]);
    expect(statSync(join(distDir, 'pagefind', 'pagefind.js')).isFile()).toBe(true);
  });

  it('keeps every moved address working: a page that sends the reader on, and a 301 for hosts that read _redirects', () => {
    const redirects = readFileSync(join(distDir, '_redirects'), 'utf8');
    for (const [from, to] of Object.entries(MOVED_PAGES)) {
      expect(hasPage(to), to).toBe(true);
      const doc = loadPage(from);
      expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content'), from).toBe(`0; url=${to}`);
      expect(doc.querySelector(`main a[href="${to}"]`), from).not.toBeNull();
      expect(redirects).toContain(`${from} ${to} 301`);
    }
  });

  it('lists the content changes at /thay-doi/, newest first, each with the pages it is on', () => {
    const doc = loadPage('/thay-doi/');
    const entries = [...doc.querySelectorAll('.change-log > li')];
    expect(entries.length).toBeGreaterThan(0);
    const dates = entries.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const li of entries) expect(li.querySelectorAll('.change-log__pages a').length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('.recent-changes tbody tr').length).toBeGreaterThan(0);
  });
});

describe('a build with SITE_URL', () => {
  const builds = fixtureBuilds('qcdc-deploy-');
  let built: FixtureBuild;
  beforeAll(() => {
    built = builds.build(() => {}, { SITE_URL: SITE });
  }, 180_000);
  afterAll(builds.cleanup);
  const read = (path: string) => readFileSync(join(built.dist, path), 'utf8');

  it('builds, and says nothing about a missing address', () => {
    expect(built.status, built.output).toBe(0);
    expect(built.output).not.toContain('SITE_URL chưa đặt');
  });

  it('points canonical links, og:url and JSON-LD at the site', () => {
    const page = read('van-ban/111-cv-tu-2016/index.html');
    expect(page).toContain(`<link rel="canonical" href="${SITE}/van-ban/111-cv-tu-2016/">`);
    expect(page).toContain(`<meta property="og:url" content="${SITE}/van-ban/111-cv-tu-2016/">`);
    expect(page).toContain(`<meta property="og:image" content="${SITE}/anh-xem-truoc/van-ban.png">`);
    expect(page).toContain(`"url":"${SITE}/van-ban/111-cv-tu-2016/"`);
  });

  it('prints the site address of the directive and of each part, the page’s own QR code drawn at build time', async () => {
    const page = read('van-ban/111-cv-tu-2016/index.html');
    const address = `${SITE}/van-ban/111-cv-tu-2016/`;
    const svg = new RegExp(`<svg class="qr"[^>]*data-qr="${address}"[^>]*>.*?</svg>`).exec(page)?.[0];
    expect(svg).toBeDefined();
    // Read back as a phone would: the drawing rasterised, then decoded.
    const image = await loadImage(Buffer.from(svg!.replace('<svg ', '<svg width="400" height="400" ')));
    const context = createCanvas(400, 400).getContext('2d');
    context.drawImage(image, 0, 0, 400, 400);
    const { data } = context.getImageData(0, 0, 400, 400);
    expect(jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), 400, 400)?.data).toBe(address);
    // Each part's address is printed in full; its QR code, one of many, is drawn when printing (tests/paper.test.ts).
    expect(page).toContain(`<span class="print-url">${address}#muc-3</span>`);
  });

  it('keeps every page within the weight budget of its kind, absolute addresses and QR codes included', () => {
    const weights = listPages(built.dist).map((p) => measurePage(built.dist, p));
    expect(weights.map((w) => overBudget(w)).filter(Boolean)).toEqual([]);
  });

  it('has a sitemap of the reading pages, each with lastmod, without print views or the empty search page', () => {
    const index = read('sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(SITE, ''));
    const entries = sitemaps.flatMap((s) => [...read(s.slice(1)).matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)]);
    const paths = entries.map((m) => m[1]!.replace(SITE, ''));
    expect(paths).toContain('/van-ban/111-cv-tu-2016/');
    expect(paths).toContain('/thay-doi/');
    expect(paths.filter((p) => !isSitemapPage(p))).toEqual([]);
    expect(paths.some((p) => p.startsWith('/giang-vien/in/') || p === '/tim-kiem/')).toBe(false);
    for (const m of entries) expect(m[2], m[1]).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });
});
