/** Gate: reading pages (documents, modules, glossary, bodies and their lists) are fully usable with JavaScript off. */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageKind, READING_KINDS } from '../../src/lib/page-kinds';
import { useBrowser } from '../support/browser';
import { allPages } from '../support/dist';
import { checkReadableWithoutJs } from './lib/nojs';

const site = useBrowser();
let page: Page;

beforeAll(async () => {
  page = (await site.open({ javaScriptEnabled: false, keep: true })).page;
});

const reading = allPages().filter((p) => READING_KINDS.includes(pageKind(p)));

describe('reading pages with JavaScript off', () => {
  it('there are reading pages to check', () => {
    expect(reading.length).toBeGreaterThan(0);
  });
  for (const path of reading) {
    it(`${path} shows its content`, async () => {
      await page.goto(site.server.url + path);
      const report = await checkReadableWithoutJs(page);
      expect(report.problems).toEqual([]);
    });
  }
});
