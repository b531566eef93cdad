/**
 * Breaking any gate makes `npm test` fail: each checker the gates use is
 * pointed at a small broken site (a dead link and anchor, an image without
 * alt text, an off-site script, an inline script, a page hidden without
 * JavaScript, a page over its weight budget) and must report exactly that,
 * while reporting nothing on the good page beside them.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIRECTIVE_PATH } from '../../src/lib/page-kinds';
import { measurePage, overBudget } from '../../scripts/lib/page-weight';
import { useBrowser } from '../support/browser';
import { runAxe } from './lib/axe';
import { cspViolations, headerProblems, policyProblems, siteHeaders, watchCsp } from './lib/csp';
import { fixturePage, writeFixtureSite } from './lib/fixture';
import { validateSite } from './lib/html';
import { checkLinks } from './lib/links';
import { checkReadableWithoutJs } from './lib/nojs';
import { scanExternalResources } from './lib/origin';

const PROSE = '<p>Công văn hướng dẫn việc xây dựng và thực hiện Quy chế dân chủ ở cơ sở, nêu nhiệm vụ của từng cơ quan, đơn vị và trách nhiệm của người đứng đầu.</p>';
const OFF_SITE_SCRIPT = 'https://cdn.example.com/thu-vien.js';
/** The site's real policy, from its one home. */
const realHeaders = siteHeaders(join(import.meta.dirname, '..', '..', 'public'));

const root = writeFixtureSite({
  'index.html': fixturePage(
    'Trang tốt',
    `${PROSE}<p><a href="/khong-dau/">Trang không dấu</a>, <a href="#noi-dung">nội dung</a>, <a href="/khong-dau/#doan-1">đoạn 1</a>, <a href="/khong-dau/#v1=trang-thai">liên kết chia sẻ</a>.</p>
     <img src="/hinh.svg" alt="Sơ đồ" width="10" height="10">
     <script src="/ung-dung.js"></script>`,
  ),
  'khong-dau/index.html': fixturePage('Không dấu', `<p id="doan-1">${PROSE}</p>`),
  'link-hong/index.html': fixturePage(
    'Liên kết hỏng',
    `${PROSE}<ul><li><a href="/khong-co/">trang không có</a></li><li><a href="/khong-dau/#khong-co-neo">neo không có</a></li><li><a href="#thieu">neo trên trang</a></li><li><a href="https://example.com/">trang ngoài</a></li></ul>`,
  ),
  'anh-khong-alt/index.html': fixturePage('Ảnh không có chữ thay thế', `${PROSE}<img src="/hinh.svg" width="10" height="10">`),
  'script-ngoai/index.html': fixturePage('Script từ nơi khác', `${PROSE}<script src="${OFF_SITE_SCRIPT}"></script>`),
  'script-trong-trang/index.html': fixturePage('Script viết trong trang', `${PROSE}<script>document.body.dataset.chay = 'co';</script>`),
  'can-javascript/index.html': fixturePage('Cần JavaScript', `<div class="cho-js">${PROSE}${PROSE}</div>`).replace(
    '<main id="noi-dung">',
    '<p class="canh-bao">Trang này cần bật JavaScript để xem.</p><main id="noi-dung">',
  ),
  // A directive page far over its 20 KB budget: 40 KB of random hex compresses to about 20 KB.
  [`${DIRECTIVE_PATH}index.html`]: fixturePage('Công văn nặng', `${PROSE}<script src="/nang.js"></script>`),
  'nang.js': `window.du = "${randomBytes(20_000).toString('hex')}";\n`,
  'kieu.css': 'body { font-family: sans-serif; } .cho-js { display: none; }\n',
  'ung-dung.js': "document.body.dataset.chay = 'co';\n",
  'hinh.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>\n',
  '404.html': fixturePage('Không tìm thấy trang', PROSE),
});

// Two hosts of the broken site: plain, and with the site's real headers. The pages provoke errors on purpose (allowErrors).
const site = useBrowser([{ root }, { root, headers: realHeaders }]);
const plain = { get url() { return site.servers[0]!.url; } };
const withPolicy = { get url() { return site.servers[1]!.url; } };
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('each gate catches what it is for', () => {
  it('the link checker reports a dead link, dead anchors and an external link, and nothing on good pages', () => {
    const problems = checkLinks(root);
    expect(problems.filter((p) => p.page === '/link-hong/').map((p) => p.url)).toEqual(['/khong-co/', '/khong-dau/#khong-co-neo', '#thieu', 'https://example.com/']);
    expect(problems.filter((p) => p.page === '/' || p.page === '/khong-dau/')).toEqual([]);
    // The same external link passes once allowed.
    expect(checkLinks(root, { allowExternal: ['https://example.com/'] }).filter((p) => p.page === '/link-hong/')).toHaveLength(3);
  });

  it('html-validate reports an image without alt text, and nothing on the good page', async () => {
    const problems = await validateSite(root);
    expect(problems.filter((p) => p.page === '/anh-khong-alt/').map((p) => p.rule)).toContain('wcag/h37');
    expect(problems.filter((p) => p.page === '/')).toEqual([]);
  });

  it('axe in Chromium reports an image without alt text, and nothing on the good page', async () => {
    const { page, context } = await site.open({}, plain.url);
    await page.goto(`${plain.url}/anh-khong-alt/`);
    expect((await runAxe(page)).map((v) => v.rule)).toEqual(['image-alt']);
    await page.goto(`${plain.url}/`);
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  });

  it('the origin checks report an off-site script, in the files and in Chromium', async () => {
    expect(scanExternalResources(root).map((p) => `${p.file} ${p.url}`)).toEqual([`/script-ngoai/ ${OFF_SITE_SCRIPT}`]);
    const watched = await site.open({ allowErrors: true }, plain.url);
    await watched.page.goto(`${plain.url}/`);
    expect(watched.offOrigin).toEqual([]);
    await watched.page.goto(`${plain.url}/script-ngoai/`);
    expect(watched.offOrigin).toEqual([OFF_SITE_SCRIPT]);
    await watched.context.close();
  });

  it('the policy check rejects inline script and other origins', () => {
    expect(policyProblems(realHeaders['Content-Security-Policy'])).toEqual([]);
    const weak = "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.example.com; style-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types 'none'";
    expect(policyProblems(weak)).toEqual(["script-src cho phép 'unsafe-inline'", 'script-src cho phép https://cdn.example.com', expect.stringMatching(/^script-src phải là/)]);
    expect(policyProblems(undefined)).toHaveLength(1);
    expect(policyProblems(realHeaders['Content-Security-Policy']!.replace("; require-trusted-types-for 'script'", ''))).toEqual([expect.stringMatching(/^require-trusted-types-for phải là 'script'/)]);
    expect(headerProblems({ ...realHeaders, 'Cross-Origin-Opener-Policy': 'unsafe-none' })).toEqual(['Cross-Origin-Opener-Policy: unsafe-none']);
    const { 'Permissions-Policy': _dropped, ...withoutPermissions } = realHeaders;
    expect(headerProblems(withoutPermissions)).toEqual(['Permissions-Policy: không có']);
  });

  it('Chromium under the policy reports an inline script, and runs the good page\'s script file', async () => {
    const watched = await site.open({ allowErrors: true }, withPolicy.url);
    await watchCsp(watched.page);
    await watched.page.goto(`${withPolicy.url}/`);
    expect(await cspViolations(watched.page)).toEqual([]);
    expect(await watched.page.evaluate(() => document.body.dataset.chay)).toBe('co');
    await watched.page.goto(`${withPolicy.url}/script-trong-trang/`);
    expect(await cspViolations(watched.page)).toEqual([expect.stringMatching(/^script-src-elem chặn inline/)]);
    expect(await watched.page.evaluate(() => document.body.dataset.chay)).toBeUndefined();
    await watched.context.close();
  });

  it('the no-JavaScript check reports content hidden until a script runs, and passes a plain page', async () => {
    const { page, context } = await site.open({ javaScriptEnabled: false }, plain.url);
    await page.goto(`${plain.url}/can-javascript/`);
    const problems = (await checkReadableWithoutJs(page)).problems;
    expect(problems.some((p) => p.includes('%'))).toBe(true);
    expect(problems.some((p) => p.includes('cần JavaScript'))).toBe(true);
    await page.goto(`${plain.url}/khong-dau/`);
    expect((await checkReadableWithoutJs(page)).problems).toEqual([]);
    await context.close();
  });

  it('the weight budget reports a directive page over 20 KB gzip, and passes a light one', () => {
    const heavy = measurePage(root, DIRECTIVE_PATH);
    expect(heavy.kind).toBe('directive');
    expect(heavy.js.gzip).toBeGreaterThan(20_000);
    expect(overBudget(heavy)).toMatch(/^\/van-ban\/111-cv-tu-2016\/ \(directive\)/);
    expect(overBudget(measurePage(root, '/'))).toBeNull();
  });
});
