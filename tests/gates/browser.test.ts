/**
 * Gates in Chromium, one visit per page: axe-core finds no WCAG 2.0/2.1/2.2
 * A or AA violation; no request leaves the site's origin; and a reading page
 * fetches nothing on first view beyond what its weight budget counts (no
 * prefetching or search index loaded while idle).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pageKind, READING_KINDS } from '../../src/lib/page-kinds';
import { measurePage } from '../../scripts/lib/page-weight';
import { useBrowser, type WatchedPage } from '../support/browser';
import { allPages, distDir } from '../support/dist';
import { runAxe } from './lib/axe';

/** Fetched by the browser on its own, not by the page. */
const BROWSER_FETCHES = new Set(['/favicon.svg', '/favicon.ico']);

const site = useBrowser();
let watched: WatchedPage;

beforeAll(async () => {
  watched = await site.open({ keep: true });
});

describe('every page in Chromium', () => {
  for (const path of allPages()) {
    it(`${path}: no axe violation, nothing off-origin`, async () => {
      const offBefore = watched.offOrigin.length;
      const requestsBefore = site.server.requests.length;
      const response = await watched.page.goto(site.server.url + path, { waitUntil: 'load' });
      expect(response?.ok(), 'trang tải được').toBe(true);
      const violations = await runAxe(watched.page);
      expect.soft(violations.map((v) => `${v.rule} (${v.impact}): ${v.help} — ${v.targets.join(' | ')}`), 'axe WCAG A/AA').toEqual([]);
      expect.soft(watched.offOrigin.slice(offBefore), 'yêu cầu ra ngoài trang').toEqual([]);
      if ([...READING_KINDS, 'home'].includes(pageKind(path))) {
        const counted = new Set(measurePage(distDir, path).files);
        const fetched = site.server.requests.slice(requestsBefore).map((r) => r.path);
        const extra = fetched.filter((p) => !counted.has(p) && !BROWSER_FETCHES.has(p));
        expect.soft(extra, 'tải thêm ngoài khối lượng trang đã tính').toEqual([]);
      }
    });
  }
});
