import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeUpdates, pageUpdated } from './updated';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function contentFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'qcdc-updated-'));
  roots.push(root);
  for (const dir of ['documents', 'provisions', 'modules', 'glossary']) mkdirSync(join(root, 'content', dir), { recursive: true });
  return root;
}
const put = (root: string, path: string, text = 'x\n') => writeFileSync(join(root, 'content', path), text);

describe('computeUpdates', () => {
  it('dates each page by the newest commit of its files, and lists by their newest page', () => {
    const root = contentFolder();
    const git = (args: string[], date?: string) =>
      execFileSync('git', args, { cwd: root, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t', ...(date && { GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date }) } });
    git(['init', '-q']);
    put(root, 'documents/111-cv-tu-2016.md');
    put(root, 'modules/bai-1.mdx');
    git(['add', '.']);
    git(['commit', '-qm', 'first'], '2026-11-24T10:00:00Z');
    put(root, 'provisions/111-cv-tu-2016.yaml');
    git(['add', '.']);
    git(['commit', '-qm', 'second'], '2026-11-30T10:00:00Z');
    const updates = computeUpdates(join(root, 'content'));
    expect(updates.pages.get('/van-ban/111-cv-tu-2016/')).toBe('2026-11-30');
    expect(updates.pages.get('/bai-hoc/bai-1/')).toBe('2026-11-24');
    expect(updates.pages.get('/bai-hoc/')).toBe('2026-11-24');
    expect(updates.latest).toBe('2026-11-30');
    expect(pageUpdated('/bai-hoc/bai-1/trinh-chieu/', updates)).toBe('2026-11-24');
    expect(pageUpdated('/van-ban/loai/cong-van/', updates)).toBe('2026-11-30');
    expect(pageUpdated('/giang-vien/', updates)).toBe('2026-11-30');

    // An uncommitted change is newer than any commit: the file's own time stands.
    put(root, 'modules/bai-1.mdx', 'changed\n');
    utimesSync(join(root, 'content', 'modules', 'bai-1.mdx'), new Date('2026-12-01T08:00:00Z'), new Date('2026-12-01T08:00:00Z'));
    expect(computeUpdates(join(root, 'content')).pages.get('/bai-hoc/bai-1/')).toBe('2026-12-01');
  });

  it('falls back to file times outside git', () => {
    const root = contentFolder();
    put(root, 'glossary/cap-uy.md');
    utimesSync(join(root, 'content', 'glossary', 'cap-uy.md'), new Date('2025-05-06T12:00:00Z'), new Date('2025-05-06T12:00:00Z'));
    const updates = computeUpdates(join(root, 'content'));
    expect(updates.pages.get('/thuat-ngu/cap-uy/')).toBe('2025-05-06');
    expect(updates.pages.get('/thuat-ngu/')).toBe('2025-05-06');
  });
});
