/**
 * Gate: the Content-Security-Policy shipped in dist/_headers (from
 * public/_headers, its one home) allows no inline script and no other
 * origin, and the site works under it in Chromium: no page triggers a
 * violation, and the interactive features that exist still work.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DIRECTIVE_PATH, pageKind } from '../../src/lib/page-kinds';
import { useBrowser, type WatchedPage } from '../support/browser';
import { allPages, distDir, readPage } from '../support/dist';
import { cspViolations, headerProblems, policyProblems, REQUIRED_HEADERS, siteHeaders, watchCsp } from './lib/csp';

const BUILDER = '/giang-vien/soan-bai/';
const pages = allPages();
const headers = siteHeaders(distDir);
const site = useBrowser([{ headers }]);
let watched: WatchedPage;

beforeAll(async () => {
  watched = await site.open({ keep: true });
  await watchCsp(watched.page);
});

/** Loads a page under the policy; returns what went wrong (violations, CSP console reports, script errors). */
async function visit(path: string): Promise<string[]> {
  const errorsBefore = watched.consoleErrors.length;
  const response = await watched.page.goto(site.server.url + path, { waitUntil: 'load' });
  expect(response?.headers()['content-security-policy']).toBe(headers['Content-Security-Policy']);
  return [...(await cspViolations(watched.page)), ...watched.consoleErrors.slice(errorsBefore)];
}

describe('Content-Security-Policy', () => {
  it('is shipped in dist/_headers and allows no inline script and no other origin', () => {
    expect(policyProblems(headers['Content-Security-Policy'])).toEqual([]);
    expect(headerProblems(headers)).toEqual([]);
  });

  it('is served with the other security headers, and Trusted Types are enforced in the browser', async () => {
    // A page of its own: the refusal below is an error on purpose, checked here rather than by the fixture.
    const probe = await site.open({ allowErrors: true });
    await watchCsp(probe.page);
    const response = await probe.page.goto(site.server.url + DIRECTIVE_PATH);
    const served = response!.headers();
    for (const name of Object.keys(REQUIRED_HEADERS)) expect(served[name.toLowerCase()], name).toBe(headers[name]);
    // A string into an HTML sink must throw under the policy: proof the browser enforces it, not just that the header is there.
    const refused = await probe.page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
        return false;
      } catch (error) {
        return error instanceof TypeError;
      }
    });
    expect(refused).toBe(true);
    expect((await cspViolations(probe.page)).join(' ')).toContain('require-trusted-types-for');
  });

  for (const path of pages) {
    it(`${path} loads under the policy with no violation`, async () => {
      expect(await visit(path)).toEqual([]);
    });
  }

  it('copy and cite tools on the directive work under the policy', async () => {
    await watched.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    expect(await visit(DIRECTIVE_PATH)).toEqual([]);
    // The buttons exist only if the external script ran.
    const button = watched.page.locator('button[data-copies="link"]').first();
    await expect.poll(() => watched.page.locator('button[data-copies]').count()).toBeGreaterThan(0);
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Đã sao chép liên kết');
    const href = await watched.page.locator('[data-copy-link]').first().evaluate((a) => (a as HTMLAnchorElement).href);
    expect(await watched.page.evaluate(() => navigator.clipboard.readText())).toBe(href);
    // The citation's copy button sits in its <details>, beside the citation.
    const tools = watched.page.locator('.provision-tools').first();
    await tools.locator('summary').click();
    await tools.locator('button[data-copies="citation"]').click();
    const citation = (await tools.locator('[data-citation]').textContent()) ?? '';
    await expect.poll(() => watched.page.evaluate(() => navigator.clipboard.readText())).toBe(`«${citation}»`);
    expect(await cspViolations(watched.page)).toEqual([]);
  });

  // These pages must exist: a missing page fails here rather than skipping its check.
  it('search finds the directive under the policy', async () => {
    expect(pages).toContain('/tim-kiem/');
    const problems = await visit('/tim-kiem/?q=111-CV%2FTU');
    const first = watched.page.locator('#search-results li a').first();
    await first.waitFor({ timeout: 20_000 });
    expect(await first.getAttribute('href')).toContain('/van-ban/111-cv-tu-2016/');
    expect([...problems, ...(await cspViolations(watched.page))]).toEqual([]);
  });

  const quizPage = pages.find((p) => pageKind(p) === 'module' && readPage(p).includes('data-quiz-item'));
  it('a module quiz checks an answer under the policy', async () => {
    expect(quizPage, 'a module page with a quiz').toBeDefined();
    expect(await visit(quizPage!)).toEqual([]);
    const item = watched.page.locator('[data-quiz-item]').first();
    await item.locator('input[type="radio"]').first().check();
    await item.locator('[data-quiz-check]').click();
    await expect.poll(() => item.locator('[data-quiz-feedback]').innerText()).not.toBe('');
    expect(await cspViolations(watched.page)).toEqual([]);
  });

  it('the session builder adds a module under the policy', async () => {
    expect(pages).toContain(BUILDER);
    expect(await visit(BUILDER)).toEqual([]);
    await watched.page.locator('#builder').waitFor({ state: 'visible' });
    await watched.page.getByRole('button', { name: /^Thêm «/ }).first().click();
    await expect.poll(() => watched.page.locator('#agenda > li').count()).toBeGreaterThan(0);
    expect(await cspViolations(watched.page)).toEqual([]);
  });
});
