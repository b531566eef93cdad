/**
 * The one Chromium fixture of the browser tests. `useBrowser()` in a test
 * file starts a server for the built site (unless told not to) and, when a
 * test first opens a page, the Chromium that tests/support/global-setup.ts
 * resolved and checked. Every page opened through it records console
 * errors, uncaught page errors and requests that leave the site's origin;
 * after each test, any of these fails that test.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { startServer, type RunningServer, type ServerOptions } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}

/** The Chromium global-setup.ts resolved and checked once for the whole run. */
export function launchBrowser(): Promise<Browser> {
  return launchChromium(inject('chromiumPath'));
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions, in order. */
  consoleErrors: string[];
  offOrigin: string[];
}

export interface OpenOptions extends BrowserContextOptions {
  /** For tests that provoke errors on purpose (a gate shown failing): they check the page's errors themselves. */
  allowErrors?: boolean;
  /** A page kept across the file's tests (closed after the last); still checked after each test. */
  keep?: boolean;
}

/** A fresh context (own storage) and page; requests to any other origin are blocked and recorded. */
export async function watchPage(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ locale: 'vi-VN', ...options });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const offOrigin: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    offOrigin.push(url);
    return route.abort();
  });
  return { page, context, consoleErrors, offOrigin };
}

export interface BrowserSuite {
  /** The site's server (the first one, when several were asked for). */
  readonly server: RunningServer;
  readonly servers: RunningServer[];
  /** Chromium, launched on first use. */
  browser(): Promise<Browser>;
  /** A watched page on `origin` (default: the first server). */
  open(options?: OpenOptions, origin?: string): Promise<WatchedPage>;
}

interface Tracked {
  watched: WatchedPage;
  options: OpenOptions;
  seenErrors: number;
  seenOffOrigin: number;
}

/** Registers the hooks of a browser test file; `servers` lists the servers to start (default: one for dist/). */
export function useBrowser(servers: ServerOptions[] = [{}]): BrowserSuite {
  let launched: Promise<Browser> | undefined;
  const running: RunningServer[] = [];
  const tracked: Tracked[] = [];

  beforeAll(async () => {
    for (const options of servers) running.push(await startServer(options));
  });
  afterEach(async () => {
    const problems: string[] = [];
    for (const t of tracked.splice(0)) {
      const { watched, options } = t;
      if (!options.allowErrors) {
        problems.push(...watched.consoleErrors.slice(t.seenErrors).map((e) => `console: ${e}`));
        problems.push(...watched.offOrigin.slice(t.seenOffOrigin).map((u) => `off-site request: ${u}`));
      }
      t.seenErrors = watched.consoleErrors.length;
      t.seenOffOrigin = watched.offOrigin.length;
      if (options.keep) tracked.push(t);
      else await watched.context.close().catch(() => undefined);
    }
    expect(problems, 'page errors during the test').toEqual([]);
  });
  afterAll(async () => {
    for (const t of tracked.splice(0)) await t.watched.context.close().catch(() => undefined);
    if (launched) await (await launched).close();
    for (const server of running.splice(0)) await server.close();
  });

  const suite: BrowserSuite = {
    get server() {
      const first = running[0];
      if (!first) throw new Error('useBrowser(): no server was started');
      return first;
    },
    servers: running,
    browser: () => (launched ??= launchBrowser()),
    async open(options = {}, origin) {
      const { allowErrors: _a, keep: _k, ...contextOptions } = options;
      const watched = await watchPage(await suite.browser(), origin ?? suite.server.url, contextOptions);
      tracked.push({ watched, options, seenErrors: 0, seenOffOrigin: 0 });
      return watched;
    },
  };
  return suite;
}
