import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isInside } from './files.ts';
import { resolveRequest, serveSite } from './server.ts';

const base = mkdtempSync(join(tmpdir(), 'qcdc-server-'));
const root = join(base, 'dist');
mkdirSync(join(root, 'van-ban'), { recursive: true });
mkdirSync(join(base, 'dist-secret'));
writeFileSync(join(root, 'index.html'), '<p>trang chủ</p>');
writeFileSync(join(root, '404.html'), '<p>không có</p>');
writeFileSync(join(root, 'van-ban', 'index.html'), '<p>văn bản</p>');
writeFileSync(join(base, 'dist-secret', 'x.txt'), 'bí mật');
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveRequest', () => {
  it('maps folders to their index.html and missing files to the 404 page', () => {
    expect(resolveRequest(root, '/van-ban/')).toEqual({ file: join(root, 'van-ban', 'index.html'), found: true });
    expect(resolveRequest(root, '/van-ban')).toEqual({ file: join(root, 'van-ban', 'index.html'), found: true });
    expect(resolveRequest(root, '/khong-co/')).toEqual({ file: join(root, '404.html'), found: false });
  });

  it('refuses paths that leave the root, however they are spelled', () => {
    expect(resolveRequest(root, '/..%2Fdist-secret/x.txt')).toBeNull();
    for (const url of ['/..%2Fdist-secret/x.txt', '/../dist-secret/x.txt', '/%2e%2e/dist-secret/x.txt', '/van-ban/..%2F..%2Fdist-secret%2Fx.txt', '/%E0%A4%A']) {
      // Either refused, or (where the URL parser already folded the "..") a missing file inside the root: never the file outside.
      const resolved = resolveRequest(root, url);
      if (resolved) expect([isInside(root, resolved.file), resolved.found], url).toEqual([true, false]);
    }
  });

  it('isInside tells a sibling folder whose name starts like the root from the root', () => {
    expect(isInside(root, join(base, 'dist-secret', 'x.txt'))).toBe(false);
    expect(isInside(root, join(root, 'a', 'b'))).toBe(true);
    expect(isInside(root, root)).toBe(true);
  });
});

describe('serveSite', () => {
  it('serves pages, a 404 with the site’s page, 403 for escapes, and logs bytes', async () => {
    const server = await serveSite(root, { headers: { 'X-Test': '1' } });
    try {
      const ok = await fetch(`${server.url}/van-ban/`);
      expect([ok.status, ok.headers.get('x-test'), await ok.text()]).toEqual([200, '1', '<p>văn bản</p>']);
      const missing = await fetch(`${server.url}/khong-co/`);
      expect([missing.status, await missing.text()]).toEqual([404, '<p>không có</p>']);
      expect((await fetch(`${server.url}/..%2Fdist-secret/x.txt`)).status).toBe(403);
      expect(server.requests.map((r) => [r.path, r.status])).toEqual([
        ['/van-ban/', 200],
        ['/khong-co/', 404],
      ]);
    } finally {
      await server.close();
    }
  });
});
