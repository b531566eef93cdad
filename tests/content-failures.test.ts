/**
 * Bad content fails the real build with a message naming the file at fault.
 * Each case copies content/ to a temporary folder, breaks one thing and runs
 * `astro build` on it (QCDC_CONTENT_DIR), so the whole pipeline is exercised.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const work = mkdtempSync(join(tmpdir(), 'qcdc-fixture-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let counter = 0;
/** Builds a copy of content/ after `breakIt` has changed it; returns the exit code and everything printed. */
function buildWith(breakIt: (content: string) => void): { status: number | null; output: string } {
  const dir = join(work, String(counter++));
  const content = join(dir, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  breakIt(content);
  const result = spawnSync(process.execPath, [astro, 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, QCDC_CONTENT_DIR: content, QCDC_DIST: join(dir, 'dist'), QCDC_CACHE: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('the build', () => {
  it('succeeds on the content as it is (so each failure below is the break’s doing)', () => {
    const { status, output } = buildWith(() => {});
    expect(output).not.toMatch(/\[ERROR\]|Nội dung có lỗi/);
    expect(status).toBe(0);
  });

  it('fails on a missing field, naming the file and the field', () => {
    const { status, output } = buildWith((c) => edit(join(c, 'documents', '84-qd-tu-2011.md'), (t) => t.replace(/^issuer: .*\n/m, '')));
    expect(status).not.toBe(0);
    expect(output).toContain('documents/84-qd-tu-2011.md');
    expect(output).toMatch(/issuer/);
  });

  it('fails on a relation to an unknown document', () => {
    const { status, output } = buildWith((c) =>
      edit(join(c, 'documents', '37-kl-tu-2015.md'), (t) => t.replace('target: 29-ct-tu-2010', 'target: 29-ct-tu-2099')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/documents\/37-kl-tu-2015\.md: relations\[1\]\.target: không có văn bản "29-ct-tu-2099"/);
  });

  it('fails on an unknown document number in prose', () => {
    const { status, output } = buildWith((c) => edit(join(c, 'documents', '84-qd-tu-2011.md'), (t) => `${t}\nXem thêm Chỉ thị số 99-CT/TW.\n`));
    expect(status).not.toBe(0);
    expect(output).toContain('84-qd-tu-2011.md');
    expect(output).toContain('Số hiệu "99-CT/TW" không có trong danh mục');
  });

  it('fails on an unknown document number in structured text', () => {
    const { status, output } = buildWith((c) =>
      edit(join(c, 'bodies', 'ban-dan-van-thanh-uy.yaml'), (t) => t.replace('summary: "', 'summary: "Theo Quyết định 999-QĐ/TU. ')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/bodies\/ban-dan-van-thanh-uy\.yaml: summary: số hiệu "999-QĐ\/TU" không có trong danh mục/);
  });

  it('fails on text that is not NFC', () => {
    const { status, output } = buildWith((c) => edit(join(c, 'documents', '120-kl-tw-2016.md'), (t) => t.normalize('NFD')));
    expect(status).not.toBe(0);
    expect(output).toMatch(/documents\/120-kl-tw-2016\.md:3: chữ không ở dạng Unicode NFC/);
  });

  it('fails on a duplicate anchor and on a body that does not exist', () => {
    const { status, output } = buildWith((c) =>
      edit(join(c, 'provisions', '111-cv-tu-2016.yaml'), (t) =>
        t.replace('  - anchor: muc-3\n', '  - anchor: muc-2\n').replace('bodies: [ban-tuyen-giao-thanh-uy]', 'bodies: [ban-khong-co]'),
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/provisions\/111-cv-tu-2016\.yaml: anchor: neo "muc-2" bị trùng/);
    expect(output).toMatch(/provisions\/111-cv-tu-2016\.yaml: parts\[1\]\.paragraphs\[1\]: không có cơ quan "ban-khong-co"/);
  });

  it('fails on a file name that does not match the number and date', () => {
    const { status, output } = buildWith((c) => edit(join(c, 'documents', '30-ct-tw-1998.md'), (t) => t.replace('date: "1998-02-18"', 'date: "1999-02-18"')));
    expect(status).not.toBe(0);
    expect(output).toMatch(/documents\/30-ct-tw-1998\.md: number: tên tệp phải là "30-ct-tw-1999"/);
  });
});
