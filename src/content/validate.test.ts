import { describe, expect, it } from 'vitest';
import { createRegisterIndex } from '../lib/document-mentions';
import { buildParts, indexProvisions } from '../lib/provisions';
import type { BodyData } from '../schemas/body';
import type { ChangeData } from '../schemas/change';
import type { DocumentData } from '../schemas/document';
import type { GlossaryData } from '../schemas/glossary';
import type { ModuleData } from '../schemas/module';
import type { HeldTextData } from '../schemas/provision';
import { UNIT_TYPES } from '../schemas/values';
import { proseLinks, validateSite, type Entry, type SiteInput } from './validate';

const situation = (unitType: (typeof UNIT_TYPES)[number]) => ({ title: 't', text: 'x', hints: [], unitType, rubric: ['a', 'b', 'c'], provisions: ['9-cv-tu-2016#muc-1'] });
const quizItem = (answer: number, level: 'nhớ' | 'hiểu' = 'hiểu', question = `Câu ${answer}?`) => ({ question, options: ['Một', 'Hai', 'Ba', 'Bốn'], answer, explanation: 'Vì.', provision: '9-cv-tu-2016#muc-1', level });

/** A two-document site: a held directive of one point with two paragraphs, one tasked body, one module, one term. */
function site(change: (s: SiteInput) => void = () => {}): SiteInput {
  const text = {
    document: '9-cv-tu-2016',
    parts: [
      {
        anchor: 'muc-1',
        kind: 'point',
        point: 1,
        label: 'Mục 1',
        paragraphs: [
          { text: 'Ban Dân vận chủ trì.', bodies: ['ban-dan-van'], mentions: [], editorialNotes: [] },
          { text: 'Các cấp ủy thực hiện.', bodies: [], mentions: [], editorialNotes: [] },
        ],
      },
    ],
  } as unknown as HeldTextData;
  const parts = buildParts(text);
  const { index, duplicates } = indexProvisions([{ document: text.document, parts }]);
  const doc = (id: string, number: string, date: string, textHeld: boolean): Entry<DocumentData> => ({
    id,
    file: `documents/${id}.md`,
    data: { number, type: 'Công văn', issuer: 'Thành ủy', date, textHeld, relations: [], aliases: [] } as unknown as DocumentData,
    body: '',
  });
  const input: SiteInput = {
    documents: [doc('9-cv-tu-2016', '9-CV/TU', '2016-04-13', true), doc('8-cv-tu-2015', '8-CV/TU', '2015-01-02', false)],
    heldTexts: [{ id: text.document, file: `provisions/${text.document}.yaml`, data: { document: text.document, parts } }],
    bodies: [{ id: 'ban-dan-van', file: 'bodies/ban-dan-van.yaml', data: { name: 'Ban Dân vận', role: 'tasked', summary: 'Chủ trì.', duties: [{ text: 'Chủ trì.', provision: '9-cv-tu-2016#muc-1-doan-1' }] } as BodyData }],
    modules: [
      {
        id: 'bai-1',
        file: 'modules/bai-1.mdx',
        data: { provisions: ['9-cv-tu-2016#muc-1'], quiz: [], situations: UNIT_TYPES.map((unitType) => situation(unitType)), terms: ['cap-uy'] } as unknown as ModuleData,
        body: 'Giảng giải, xem [đoạn 1](/van-ban/9-cv-tu-2016/#muc-1-doan-1).',
      },
    ],
    glossary: [
      { id: 'cap-uy', file: 'glossary/cap-uy.md', data: { term: 'Cấp ủy', aliases: ['cấp uỷ đảng'], definition: 'x', provisions: ['9-cv-tu-2016#muc-1'] } as GlossaryData, body: '' },
      { id: 'ban-dan-van', file: 'glossary/ban-dan-van.md', data: { term: 'Ban Dân vận', aliases: [], definition: 'x', provisions: ['9-cv-tu-2016#muc-1'] } as GlossaryData, body: '' },
    ],
    changes: [{ id: '1', file: 'changes.yaml', data: { date: '2026-11-24', summary: 'x', pages: ['/bai-hoc/bai-1/', '/van-ban/'] } as ChangeData }],
    provisionIndex: index,
    duplicateAnchors: duplicates,
    register: createRegisterIndex([
      { slug: '9-cv-tu-2016', number: '9-CV/TU', aliases: [] },
      { slug: '8-cv-tu-2015', number: '8-CV/TU', aliases: [] },
    ]),
  };
  change(input);
  return input;
}

describe('validateSite', () => {
  it('finds nothing wrong with consistent content', () => {
    expect(validateSite(site())).toEqual([]);
  });

  it('names a module with no explanation', () => {
    expect(validateSite(site((s) => (s.modules[0]!.body = '\n  \n')))).toEqual(['modules/bai-1.mdx: (nội dung): bài học chưa có phần giảng giải (sau phần đầu --- … --- của tệp)']);
  });

  it('names a term or alias that already stands for another term, folded (uỷ = ủy)', () => {
    const errors = validateSite(site((s) => s.glossary[1]!.data.aliases.push('Cấp uỷ')));
    expect(errors).toEqual(['glossary/cap-uy.md: term: "Cấp ủy" đã là tên hoặc tên khác của thuật ngữ "ban-dan-van"']);
  });

  it('names prose links to a page or an anchor that does not exist', () => {
    const errors = validateSite(
      site((s) => {
        s.modules[0]!.body += ' Xem [đoạn 9](/van-ban/9-cv-tu-2016/#muc-1-doan-9) và <a href="/thuat-ngu/khong-co/">đây</a>, cả [danh mục](/van-ban/loai/cong-van/).';
      }),
    );
    expect(errors).toEqual([
      'modules/bai-1.mdx: (nội dung): liên kết "/van-ban/9-cv-tu-2016/#muc-1-doan-9": văn bản "9-cv-tu-2016" không có neo "#muc-1-doan-9"',
      'modules/bai-1.mdx: (nội dung): liên kết "/thuat-ngu/khong-co/": không có trang "khong-co"',
    ]);
  });

  it('holds bodies to the held text: each tasking paragraph is a duty, each duty rests on one', () => {
    expect(validateSite(site((s) => (s.bodies[0]!.data.duties = [])))).toEqual([
      'bodies/ban-dan-van.yaml: duties: đoạn "9-cv-tu-2016#muc-1-doan-1" giao việc cho cơ quan này nhưng không có trong duties',
    ]);
    expect(validateSite(site((s) => s.bodies[0]!.data.duties.push({ text: 'Khác.', provision: '9-cv-tu-2016#muc-1-doan-2' })))).toEqual([
      'bodies/ban-dan-van.yaml: duties[1].provision: "9-cv-tu-2016#muc-1-doan-2" không giao việc cho cơ quan này',
    ]);
    // A duty on the whole point covers the paragraphs of that point.
    expect(validateSite(site((s) => (s.bodies[0]!.data.duties = [{ text: 'Cả mục.', provision: '9-cv-tu-2016#muc-1' }])))).toEqual([]);
  });

  it('names a document a module’s <Timeline only> lists but the register lacks', () => {
    const errors = validateSite(site((s) => (s.modules[0]!.body += '\n<Timeline only={["9-cv-tu-2016", "99-cv-tu-2099"]} />\n')));
    expect(errors).toEqual(['modules/bai-1.mdx: (nội dung): <Timeline only>: không có văn bản "99-cv-tu-2099"']);
  });

  it('names a change-log page that does not exist', () => {
    expect(validateSite(site((s) => s.changes![0]!.data.pages.push('/co-quan/khong-co/', '/khong-co/')))).toEqual([
      'changes.yaml: pages[2]: không có trang "/co-quan/khong-co/"',
      'changes.yaml: pages[3]: không có trang "/khong-co/"',
    ]);
  });

  it('takes a prototype word in a change-log page for an unknown page, without throwing', () => {
    expect(validateSite(site((s) => s.changes![0]!.data.pages.push('/constructor/x/', '/__proto__/toString/')))).toEqual([
      'changes.yaml: pages[2]: không có trang "/constructor/x/"',
      'changes.yaml: pages[3]: không có trang "/__proto__/toString/"',
    ]);
  });
});

describe('the course as a whole', () => {
  const withQuiz = (answers: number[], levels: ('nhớ' | 'hiểu')[] = answers.map(() => 'hiểu')) =>
    site((s) => (s.modules[0]!.data.quiz = answers.map((a, i) => quizItem(a, levels[i], `Câu ${i + 1}?`))));

  it('passes quizzes that spread their keys and go beyond recall', () => {
    expect(validateSite(withQuiz([0, 2, 1, 3, 1, 0]))).toEqual([]);
  });

  it('names quizzes whose keys follow a rotation, or that only test recall', () => {
    expect(validateSite(withQuiz([1, 0, 3, 2, 1, 0]))).toEqual(['modules/bai-1.mdx: quiz: câu tự kiểm tra của các bài học: modules/bai-1.mdx: thứ tự đáp án theo một vòng cố định (B, A, D, C, B, A)']);
    expect(validateSite(withQuiz([0, 2, 1, 3, 1, 0], ['nhớ', 'nhớ', 'nhớ', 'nhớ', 'hiểu', 'hiểu']))).toEqual(['modules/bai-1.mdx: quiz: chỉ 2/6 câu tự kiểm tra ở mức «hiểu» hoặc «vận dụng»; cần ít nhất một nửa']);
  });

  it('names a kind of unit no case is set in', () => {
    expect(validateSite(site((s) => (s.modules[0]!.data.situations = [situation('xa-phuong')])))).toEqual([
      'modules/bai-1.mdx: situations: chưa có tình huống nào cho loại đơn vị: co-quan, doanh-nghiep-nha-nuoc, doanh-nghiep-ngoai-nha-nuoc, don-vi-su-nghiep-ngoai-cong-lap, co-so-dich-vu',
    ]);
  });

  it('holds the test bank to its size, its modules, and questions of its own', () => {
    const bank = (n: number, question?: (i: number) => string) =>
      Array.from({ length: n }, (_, i) => ({ id: `bai-1-${i + 1}`, file: 'test-bank.yaml', data: { ...quizItem([0, 2, 1, 3][i % 4]!, 'hiểu', question?.(i) ?? `Ngân hàng ${i}?`), module: i === 3 ? 'bai-9' : 'bai-1' } }));
    const errors = validateSite(
      site((s) => {
        s.modules[0]!.data.quiz = [quizItem(0, 'hiểu', 'Trùng?')];
        s.testBank = bank(5, (i) => (i === 0 ? 'Trùng?' : `Ngân hàng ${i}?`));
      }),
    );
    expect(errors).toContain('test-bank.yaml: (tệp): ngân hàng câu hỏi có 5 câu; cần ít nhất 40');
    expect(errors).toContain('test-bank.yaml: module: không có bài học "bai-9"');
    expect(errors).toContain('test-bank.yaml: question: trùng với một câu tự kiểm tra của bài học; ngân hàng câu hỏi phải có câu riêng');
  });

  it('checks test-bank items like every other content: their provision and the numbers they cite', () => {
    const item = { ...quizItem(1), provision: '9-cv-tu-2016#muc-9', explanation: 'Theo Chỉ thị 99-CT/TW.', module: 'bai-1' };
    const errors = validateSite(site((s) => void (s.testBank = [{ id: 'bai-1-1', file: 'test-bank.yaml', data: item }])));
    expect(errors).toContain('test-bank.yaml: provision: không có điều khoản "9-cv-tu-2016#muc-9"');
    expect(errors.some((e) => e.startsWith('test-bank.yaml: explanation: số hiệu "99-CT/TW"'))).toBe(true);
  });
});

describe('proseLinks', () => {
  it('finds Markdown and HTML links to the four content families, with their anchors', () => {
    expect(proseLinks('[a](/van-ban/x/#muc-1) <a href="/co-quan/y/">b</a> [c](/bai-hoc/) [d](https://example.com/van-ban/z/)')).toEqual([
      { href: '/van-ban/x/#muc-1', section: 'van-ban', slug: 'x', anchor: 'muc-1' },
      { href: '/co-quan/y/', section: 'co-quan', slug: 'y' },
    ]);
  });
});
