/**
 * Bad content fails the real build with a message naming the file at fault.
 * Each case copies content/ to a temporary folder, breaks it and runs
 * `astro build` on it (QCDC_CONTENT_DIR), so the whole pipeline is exercised.
 * A build stops at the first stage that fails (file checks, schemas, Markdown,
 * cross-file checks), so breaks of one stage share a build: the cross-file
 * checks report every mistake at once.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureBuilds } from './support/build';

const root = join(import.meta.dirname, '..');
const builds = fixtureBuilds();
afterAll(builds.cleanup);
const buildWith = (breakIt: (content: string) => void) => builds.build(breakIt);

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('the build', () => {
  it('succeeds on the content as it is (so each failure below is the break’s doing)', () => {
    const { status, output } = buildWith(() => {});
    expect(output).not.toMatch(/\[ERROR\]|Nội dung có lỗi/);
    expect(status).toBe(0);
  });

  it('fails on schema mistakes of a file, each named plainly with its field: a misspelt field (so one is missing) and a date the calendar does not have', () => {
    const { status, output } = buildWith((c) =>
      edit(join(c, 'documents', '84-qd-tu-2011.md'), (t) => t.replace(/^issuer: /m, 'isuer: ').replace('date: "2011-03-04"', 'date: "2011-02-30"')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/documents\/84-qd-tu-2011\.md: issuer: thiếu trường bắt buộc/);
    expect(output).toMatch(/documents\/84-qd-tu-2011\.md: isuer: trường không có trong lược đồ/);
    expect(output).toMatch(/documents\/84-qd-tu-2011\.md: date: ngày không có trong lịch/);
    // Not as Astro words them: garbled names ("issuer**: **issuer: Required") and a hint about browser APIs.
    expect(output).not.toMatch(/\*\*|Unrecognized key|Browser APIs/);
  });

  it('fails on a component a lesson cannot use, naming the file and line, not only the page', () => {
    const { status, output } = buildWith((c) => edit(join(c, 'modules', 'muc-3-hdnd-ubnd.mdx'), (t) => `${t}\n<KhongCo />\n`));
    expect(status).not.toBe(0);
    expect(output).toContain('thành phần <KhongCo> không có; bài học chỉ dùng được: <Timeline>, <ProvisionQuote>');
    expect(output).toMatch(/modules\/muc-3-hdnd-ubnd\.mdx:\d+:\d+/);
    expect(output).not.toContain('runtime errors');
  });

  it('fails on an unknown document number in prose', () => {
    const { status, output } = buildWith((c) => edit(join(c, 'documents', '84-qd-tu-2011.md'), (t) => `${t}\nXem thêm Chỉ thị số 99-CT/TW.\n`));
    expect(status).not.toBe(0);
    expect(output).toContain('84-qd-tu-2011.md');
    expect(output).toContain('Số hiệu "99-CT/TW" không có trong danh mục');
  });

  it('checks files before parsing them: text not in NFC, a file name that is not a slug, and a YAML mistake named once, in its own file, with line and column, without a stack trace', () => {
    const { status, output } = buildWith((c) => {
      edit(join(c, 'documents', '120-kl-tw-2016.md'), (t) => t.normalize('NFD'));
      edit(join(c, 'documents', '84-qd-tu-2011.md'), (t) => t.replace('status: unknown\n', 'status: unknown\n  bad: : indent\n'));
      renameSync(join(c, 'documents', '29-ct-tu-2010.md'), join(c, 'documents', '29-CT-TU-2010.md'));
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/documents\/120-kl-tw-2016\.md:3: chữ không ở dạng Unicode NFC/);
    expect(output).toContain('documents/29-CT-TU-2010.md: tên tệp phải là slug');
    // The parser places the slip on the key it breaks ("status:") or on the line added under it.
    const key = readFileSync(join(root, 'content', 'documents', '84-qd-tu-2011.md'), 'utf8').split('\n').findIndex((l) => l === 'status: unknown') + 1;
    expect(output).toMatch(new RegExp(`documents/84-qd-tu-2011\\.md:(${key}|${key + 1}):\\d+: YAML không đọc được`));
    expect(output.match(/YAML không đọc được/g)).toHaveLength(1);
    // No file but the three broken ones is blamed, no misleading hint is added, and no stack trace buries the message.
    const named = new Set(output.match(/content\/[a-z-]+\/[^\s:]+\.(?:md|mdx|yaml)/g) ?? []);
    expect([...named].map((f) => f.split('/').pop()).sort()).toEqual(['120-kl-tw-2016.md', '29-CT-TU-2010.md', '84-qd-tu-2011.md']);
    expect(output).not.toContain('Browser APIs');
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('checks the abbreviations file like the others: text not in NFC is named with its line', () => {
    const { status, output } = buildWith((c) => edit(join(c, 'abbreviations.yaml'), (t) => t.replace('"Hội đồng nhân dân"', '"Hội đồng nhân dân"'.normalize('NFD'))));
    expect(status).not.toBe(0);
    const line = readFileSync(join(root, 'content', 'abbreviations.yaml'), 'utf8').split('\n').findIndex((l) => l.includes('"Hội đồng nhân dân"')) + 1;
    expect(output).toMatch(new RegExp(`abbreviations\\.yaml:${line}: chữ không ở dạng Unicode NFC`));
  });

  it('reports every cross-file mistake of one build at once, each with its file and field', () => {
    const { status, output } = buildWith((c) => {
      edit(join(c, 'documents', '37-kl-tu-2015.md'), (t) => t.replace('target: 29-ct-tu-2010', 'target: 29-ct-tu-2099'));
      edit(join(c, 'bodies', 'ban-dan-van-thanh-uy.yaml'), (t) => t.replace('summary: "', 'summary: "Theo Quyết định 999-QĐ/TU. '));
      edit(join(c, 'provisions', '111-cv-tu-2016.yaml'), (t) => t.replace('  - anchor: muc-3\n', '  - anchor: muc-2\n').replace('bodies: [ban-tuyen-giao-thanh-uy]', 'bodies: [ban-khong-co]'));
      edit(join(c, 'documents', '30-ct-tw-1998.md'), (t) => t.replace('date: "1998-02-18"', 'date: "1999-02-18"'));
      // A module with no explanation, a duplicate alias, prose links to a missing anchor and a missing term, a tasked body with no duties, a change log naming no page.
      edit(join(c, 'modules', 'muc-5-mat-tran-doan-the.mdx'), (t) => t.replace(/^(---\n[\s\S]*?\n---\n)[\s\S]*$/, '$1\n'));
      edit(join(c, 'glossary', 'ban-thuong-vu.md'), (t) => t.replace('aliases: ["Ban Thường vụ Thành ủy"]', 'aliases: ["cấp uỷ", "Ban Thường vụ Thành ủy"]'));
      edit(join(c, 'modules', 'muc-1-quan-triet-trien-khai.mdx'), (t) => `${t}\nXem [đoạn 9](/van-ban/111-cv-tu-2016/#muc-3-doan-9).\n`);
      edit(join(c, 'glossary', 'cap-uy.md'), (t) => `${t}\nXem [thuật ngữ khác](/thuat-ngu/khong-co/).\n`);
      edit(join(c, 'bodies', 'bao-hai-phong.yaml'), (t) => t.replace(/duties:[\s\S]*$/, 'duties: []\n'));
      edit(join(c, 'changes.yaml'), (t) => t.replace('pages: ["/giang-vien/"]', 'pages: ["/bai-hoc/khong-co/"]'));
      // Abbreviations: a missing term and body, and one written twice (case and đ aside).
      edit(join(c, 'abbreviations.yaml'), (t) =>
        t.replace('term: mat-tran-to-quoc', 'term: mat-tran-khong-co').replace('bodies: [uy-ban-kiem-tra-thanh-uy]', 'bodies: [ubkt-khong-co]').replace('abbreviation: "CV"', 'abbreviation: "Hđnd"'),
      );
      // A quiz whose keys all sit in one place: the balance check of the course must catch it.
      edit(join(c, 'modules', 'muc-3-hdnd-ubnd.mdx'), (t) => t.replace(/^(\s+answer: )\d+$/gm, '$10'));
    });
    expect(status).not.toBe(0);
    for (const expected of [
      /documents\/37-kl-tu-2015\.md: relations\[1\]\.target: không có văn bản "29-ct-tu-2099"/,
      /bodies\/ban-dan-van-thanh-uy\.yaml: summary: số hiệu "999-QĐ\/TU" không có trong danh mục/,
      /provisions\/111-cv-tu-2016\.yaml: anchor: neo "muc-2" bị trùng/,
      /provisions\/111-cv-tu-2016\.yaml: parts\[1\]\.paragraphs\[1\]: không có cơ quan "ban-khong-co"/,
      /documents\/30-ct-tw-1998\.md: number: tên tệp phải là "30-ct-tw-1999"/,
      /modules\/muc-5-mat-tran-doan-the\.mdx: \(nội dung\): bài học chưa có phần giảng giải/,
      /glossary\/cap-uy\.md: aliases\[1\]: "cấp uỷ" đã là tên hoặc tên khác của thuật ngữ "ban-thuong-vu"/,
      /modules\/muc-1-quan-triet-trien-khai\.mdx: \(nội dung\): liên kết "\/van-ban\/111-cv-tu-2016\/#muc-3-doan-9": văn bản "111-cv-tu-2016" không có neo "#muc-3-doan-9"/,
      /glossary\/cap-uy\.md: \(nội dung\): liên kết "\/thuat-ngu\/khong-co\/": không có trang "khong-co"/,
      /bodies\/bao-hai-phong\.yaml: duties: đoạn "111-cv-tu-2016#muc-1-doan-3" giao việc cho cơ quan này nhưng không có trong duties/,
      /changes\.yaml: pages\[0\]: không có trang "\/bai-hoc\/khong-co\/"/,
      /abbreviations\.yaml: "MTTQ"\.term: không có thuật ngữ "mat-tran-khong-co"/,
      /abbreviations\.yaml: "UBKT"\.bodies\[0\]: không có cơ quan "ubkt-khong-co"/,
      /abbreviations\.yaml: "Hđnd"\.abbreviation: trùng với "HĐND" \(không kể hoa thường và dấu\)/,
      /quiz: câu tự kiểm tra của các bài học: \S*modules\/muc-3-hdnd-ubnd\.mdx: thứ tự đáp án theo một vòng cố định \(A, A, A, A, A, A/,
    ]) {
      expect(output).toMatch(expected);
    }
  });
});
