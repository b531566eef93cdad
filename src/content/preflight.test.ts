import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError, fileProblems, yamlProblems } from './preflight';

const dir = mkdtempSync(join(tmpdir(), 'qcdc-preflight-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe('fileProblems', () => {
  it('passes a clean file', () => {
    expect(fileProblems(write('cap-uy.md', '---\nterm: "Cấp ủy"\n---\n\nNội dung.\n'))).toEqual([]);
  });

  it('names text that is not NFC with its line', () => {
    const file = write('nfd.md', `---\nterm: "x"\n---\n${'Cấp ủy'.normalize('NFD')}\n`);
    expect(fileProblems(file)).toEqual([`${file}:4: chữ không ở dạng Unicode NFC`]);
  });

  it('names a file name that is not a slug', () => {
    const file = write('Cap_Uy.md', '---\nterm: "x"\n---\n');
    expect(fileProblems(file)).toEqual([`${file}: tên tệp phải là slug (chữ thường không dấu, số và "-"), ví dụ "to-chuc-thuc-hien"`]);
  });

  it('names broken YAML once, with line and column, in front matter and in data files', () => {
    const front = write('hong.md', '---\nnumber: "84-QĐ/TU"\nstatus: unknown\n  bad: : indent\n---\n');
    expect(fileProblems(front)).toEqual([expect.stringMatching(new RegExp(`^${front}:[34]:\\d+: YAML không đọc được \\(`))]);
    const data = write('mentioned-documents.yaml', '- number: [\n');
    expect(fileProblems(data)).toEqual([expect.stringMatching(new RegExp(`^${data}:\\d+:\\d+: YAML không đọc được \\(`))]);
  });
});

describe('yamlProblems', () => {
  it('counts lines from the top of a Markdown file, past the opening ---', () => {
    expect(yamlProblems('a.md', '---\na: 1\nb:\n\tc: 2\n---\n')).toEqual(['a.md:4:1: YAML không đọc được (Tabs are not allowed as indentation)']);
  });
});

describe('ContentError', () => {
  it('carries the whole report as message and stack, and a short name for Astro’s hints', () => {
    const error = new ContentError(['content/documents/a.md: number: sai']);
    expect(error.message).toBe('Nội dung có lỗi (1):\ncontent/documents/a.md: number: sai');
    expect(error.stack).toBe(error.message);
    expect(String(error)).not.toContain('document');
  });
});
