/** Gate: reading pages (documents, modules, glossary, bodies and their lists) are fully usable with JavaScript off. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageKind, READING_KINDS } from '../../scripts/lib/page-kinds';
import { launchBrowser } from '../support/browser';
import { allPages } from '../support/dist';
import { startServer, type RunningServer } from '../support/server';
import { checkReadableWithoutJs } from './lib/nojs';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const reading = allPages().filter((p) => READING_KINDS.includes(pageKind(p)));

describe('reading pages with JavaScript off', () => {
  it('there are reading pages to check', () => {
    expect(reading.length).toBeGreaterThan(0);
  });
  for (const path of reading) {
    it(`${path} shows its content`, async () => {
      await page.goto(server.url + path);
      const report = await checkReadableWithoutJs(page);
      expect(report.problems).toEqual([]);
    });
  }
});
