import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gzipBytes, measurePage, overBudget } from './page-weight';

const root = mkdtempSync(join(tmpdir(), 'qcdc-weight-'));
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
write('van-ban/111-cv-tu-2016/index.html', '<!DOCTYPE html><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/main.js"></script><p>x</p>');
write('_astro/a.css', '@import "/_astro/b.css"; body { color: black }');
write('_astro/b.css', 'p { margin: 0 }');
write('_astro/main.js', 'import{a}from"./chunk.js";import"./side.js";document.querySelector("input")?.addEventListener("focus",()=>import("/pagefind/pagefind.js"));const later=()=>import("./later.js");');
write('_astro/chunk.js', 'export const a=1;');
write('_astro/side.js', 'console.log(1);');
write('_astro/later.js', 'x'.repeat(50_000));
write('index.html', '<!DOCTYPE html><script src="/_astro/missing.js"></script>');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('measurePage', () => {
  it('counts the HTML, its stylesheets with their @imports, and scripts with their static imports', () => {
    const w = measurePage(root, '/van-ban/111-cv-tu-2016/');
    expect(w.files.sort()).toEqual(['/_astro/a.css', '/_astro/b.css', '/_astro/chunk.js', '/_astro/main.js', '/_astro/side.js', '/van-ban/111-cv-tu-2016/'].sort());
    expect(w.css.raw).toBe('@import "/_astro/b.css"; body { color: black }'.length + 'p { margin: 0 }'.length);
    expect(w.total.raw).toBe(w.html.raw + w.css.raw + w.js.raw);
    expect(w.total.gzip).toBe(w.html.gzip + w.css.gzip + w.js.gzip);
    expect(w.kind).toBe('directive');
  });

  it('leaves out what is fetched only on interaction: dynamic import() and /pagefind/', () => {
    const w = measurePage(root, '/van-ban/111-cv-tu-2016/');
    expect(w.files).not.toContain('/_astro/later.js');
    expect(w.files.some((f) => f.startsWith('/pagefind/'))).toBe(false);
    expect(overBudget(w)).toBeNull();
  });

  it('names a linked resource that is not built', () => {
    expect(measurePage(root, '/').missing).toEqual(['/_astro/missing.js']);
  });

  it('gzips as a host would', () => {
    expect(gzipBytes('a'.repeat(10_000))).toBeLessThan(100);
  });
});
