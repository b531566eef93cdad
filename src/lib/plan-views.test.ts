import { describe, expect, it } from 'vitest';
import { emptyPlan, moduleBlock, type Plan } from './plan';
import { catalog } from './plan.fixture';
import type { TestItem } from '../schemas/module';
import { agendaRows, answerKey, classifyAim, departmentLine, examMinutes, handout, lessonAims, optionLetter, provisionsToRead, teachingMethods, testMinutes, testPaper, testVersions, timetable, type TestVersion } from './plan-views';

const [m1, m2] = catalog.modules as [typeof catalog.modules[0] & {}, typeof catalog.modules[0] & {}];

const plan: Plan = {
  ...emptyPlan(),
  blocks: [
    { type: 'module', module: 'muc-2', activities: [{ kind: 'quiz', minutes: 10, items: [3, 0] }, { kind: 'situations', minutes: 15, items: [1] }] },
    { type: 'break', label: 'Giải lao', minutes: 15 },
    moduleBlock(m1),
    { type: 'module', module: 'da-xoa', activities: [{ kind: 'quiz', minutes: 10, items: [0] }] },
  ],
};

const bank = (module: string, n: number): TestItem[] =>
  Array.from({ length: n }, (_, i) => ({ module, question: `Câu ngân hàng ${module}.${i + 1}?`, options: ['Một', 'Hai', 'Ba', 'Bốn'], answer: i % 4, explanation: `Vì ${i + 1}`, provision: '111-cv-tu-2016#muc-1', level: 'hiểu' as const }));
const withBank = { ...catalog, testBank: [...bank('muc-1', 3), ...bank('muc-2', 2), ...bank('muc-9', 2)] };

describe('the printed test', () => {
  it('draws on the test bank of the planned modules only, never the self-check items', () => {
    const [first] = testVersions(plan, withBank);
    expect(first!.code).toBe('01');
    expect(first!.questions.map((q) => q.question)).toEqual(['Câu ngân hàng muc-2.1?', 'Câu ngân hàng muc-2.2?', 'Câu ngân hàng muc-1.1?', 'Câu ngân hàng muc-1.2?', 'Câu ngân hàng muc-1.3?']);
    expect(testVersions(plan, catalog)).toEqual([]);
  });

  it('comes in versions shuffled from a seed, each with its own key, the same every time', () => {
    const versions = testVersions(plan, withBank);
    expect(versions.map((v) => v.code)).toEqual(['01', '02']);
    expect(testVersions(plan, withBank)).toEqual(versions);
    const [a, b] = versions as [TestVersion, TestVersion];
    expect(b.questions.map((q) => q.question).sort()).toEqual(a.questions.map((q) => q.question).sort());
    expect(JSON.stringify(b.questions.map((q) => [q.question, q.options]))).not.toBe(JSON.stringify(a.questions.map((q) => [q.question, q.options])));
    // The key of each version points at the same right text as the bank.
    for (const v of versions) {
      for (const q of v.questions) {
        const source = withBank.testBank.find((t) => t.question === q.question)!;
        expect(q.options[q.answer]).toBe(source.options[source.answer]);
        expect(answerKey(v).find((k) => k.number === q.number)).toMatchObject({ letter: optionLetter(q.answer), answer: source.options[source.answer] });
      }
    }
  });

  it('keeps the key out of the paper, and gives time to answer', () => {
    const [first] = testVersions(plan, withBank);
    expect(Object.keys(testPaper(first!)[0]!).sort()).toEqual(['module', 'number', 'options', 'question']);
    expect([testMinutes(5), testMinutes(30)]).toEqual([15, 45]);
  });
});

it('builds the handout from chosen provisions, questions and situations, without hints or quiz', () => {
  const sections = handout(plan, catalog);
  expect(sections.map((s) => s.module.slug)).toEqual(['muc-2', 'muc-1']);
  expect(sections[0]).toEqual({ module: { slug: 'muc-2', title: m2.title, summary: m2.summary, url: m2.url, objectives: m2.objectives }, provisions: [], discussion: [], situations: [{ title: 'Tình huống 2.2', text: 'Nội dung tình huống 2.2' }] });
  expect(sections[1]?.provisions).toEqual(['111-cv-tu-2016#muc-1', '111-cv-tu-2016#muc-1-doan-1']);
  expect(JSON.stringify(sections)).not.toMatch(/Gợi ý|Câu hỏi|Giải thích/);
});

it('lists provisions to read once each, in teaching order', () => {
  const twice: Plan = { ...plan, blocks: [...plan.blocks, { type: 'module', module: 'muc-3', activities: [{ kind: 'provisions', minutes: 5, items: [0] }] }] };
  expect(provisionsToRead(twice, catalog)).toEqual(['111-cv-tu-2016#muc-1', '111-cv-tu-2016#muc-1-doan-1', '111-cv-tu-2016#muc-3']);
});

it('lays out the agenda table as text: times, titles (the slug of a module gone), minutes and activities', () => {
  const rows = agendaRows({ ...plan, blocks: [...plan.blocks, { type: 'session', label: 'Buổi chiều', start: '13:30' }, { type: 'break', label: 'Nghỉ', minutes: 10 }] }, catalog);
  expect(rows).toEqual([
    { type: 'module', time: '07:30–07:55', label: m2.title, minutes: '25', module: 'muc-2', activities: ['07:30 Trắc nghiệm (10 phút)', '07:40 Tình huống (15 phút)'] },
    { type: 'break', time: '07:55–08:10', label: 'Giải lao', minutes: '15' },
    expect.objectContaining({ type: 'module', time: '08:10–09:40', label: m1.title, minutes: '90', module: 'muc-1' }),
    { type: 'module', time: '09:40–09:50', label: 'da-xoa', minutes: '10', module: 'da-xoa', activities: ['09:40 Trắc nghiệm (10 phút)'] },
    { type: 'session', heading: 'Buổi chiều — bắt đầu 13:30' },
    { type: 'break', time: '13:30–13:40', label: 'Nghỉ', minutes: '10' },
  ]);
  expect(rows[2]?.type === 'module' && rows[2].activities[0]).toBe('08:10 Giảng nội dung Công văn (25 phút)');
});

describe('the lesson plan', () => {
  it('sorts objectives into kiến thức, kỹ năng, thái độ: by their label, else by the verb they open with', () => {
    expect(classifyAim('Kỹ năng: lập được kế hoạch kiểm tra.')).toEqual({ kind: 'skills', text: 'Lập được kế hoạch kiểm tra.' });
    expect(classifyAim('Thái độ: tôn trọng ý kiến.')).toEqual({ kind: 'attitudes', text: 'Tôn trọng ý kiến.' });
    expect(classifyAim('Kiến thức: trình bày được mục 4.').kind).toBe('knowledge');
    expect(classifyAim('Có ý thức trung thực trong tuyên truyền.').kind).toBe('attitudes');
    expect(classifyAim('Vận dụng được phương châm vào một việc cụ thể.').kind).toBe('skills');
    expect(classifyAim('Nêu được ba nhóm nhiệm vụ của mục 1.').kind).toBe('knowledge');
    const aims = lessonAims(plan, { modules: [...catalog.modules, { ...m1, slug: 'muc-2', objectives: ['Thái độ: cầu thị.', 'Mục tiêu 1.1'] }] });
    // muc-2 is taught first; an objective two modules share is listed once.
    expect(aims).toEqual({ knowledge: ['Mục tiêu 1.1', 'Mục tiêu 1.2'], skills: [], attitudes: ['Cầu thị.'] });
  });

  it('names its methods after the activities the plan has, with their minutes, and the written test', () => {
    const withTest: Plan = { ...plan, blocks: [...plan.blocks, { type: 'event', event: 'kiem-tra', label: 'Kiểm tra', minutes: 30 }] };
    const methods = teachingMethods(withTest);
    expect(methods.map((m) => [m.kind, m.minutes])).toEqual([
      ['provisions', 25],
      ['discussion', 20],
      ['situations', 45],
      ['quiz', 35],
      ['test', 30],
    ]);
    expect(methods[0]!.name).toMatch(/^Thuyết trình/);
    expect(teachingMethods({ ...emptyPlan(), blocks: [{ type: 'module', module: 'muc-1', activities: [{ kind: 'situations', minutes: 30, items: [0] }] }] }).map((m) => m.name)).toEqual([expect.stringContaining('tình huống')]);
  });

  it('prints the khoa upper case, once', () => {
    expect(departmentLine({ department: 'Lý luận cơ sở' })).toBe('KHOA LÝ LUẬN CƠ SỞ');
    expect(departmentLine({ department: 'khoa Lý luận cơ sở ' })).toBe('KHOA LÝ LUẬN CƠ SỞ');
    expect(departmentLine({ department: '  ' })).toBe('');
  });

  it('gives the test the minutes of the plan’s own test, else about a minute and a half a question', () => {
    expect(examMinutes(plan, 20)).toBe(30);
    expect(examMinutes({ ...plan, blocks: [{ type: 'event', event: 'kiem-tra', label: 'Kiểm tra', minutes: 45 }] }, 20)).toBe(45);
  });

  it('groups the timetable by session, every session headed alike, with teaching minutes and a total', () => {
    const table = timetable({ ...plan, blocks: [...plan.blocks, { type: 'session', label: 'Buổi học', start: '13:30' }, { type: 'event', event: 'on-tap', label: 'Ôn tập', minutes: 30 }] }, catalog);
    expect(table.sessions.map((s) => s.heading)).toEqual(['Buổi 1 — bắt đầu 07:30', 'Buổi 2 — bắt đầu 13:30']);
    expect(table.sessions.map((s) => s.rows.length)).toEqual([4, 1]);
    expect(table.sessions.map((s) => s.teaching)).toEqual([25 + 90 + 10, 30]);
    expect([table.teaching, table.breaks]).toEqual([25 + 90 + 10 + 30, 15]);
    const named = timetable({ ...plan, blocks: [{ type: 'session', label: 'Buổi sáng', start: '08:00' }, ...plan.blocks] }, catalog);
    expect(named.sessions.map((s) => s.heading)).toEqual(['Buổi sáng — bắt đầu 08:00']);
  });
});
