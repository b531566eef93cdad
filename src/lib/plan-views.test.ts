import { expect, it } from 'vitest';
import { emptyPlan, moduleBlock, type Plan } from './plan';
import { catalog } from './plan.fixture';
import { agendaRows, answerKey, handout, optionLetter, provisionsToRead, quizSheet, testPaper } from './plan-views';

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

it('numbers quiz items across modules in agenda order', () => {
  expect(quizSheet(plan, catalog).map((q) => `${q.number}:${q.item.question}`)).toEqual([
    '1:Câu hỏi 2.4?',
    '2:Câu hỏi 2.1?',
    '3:Câu hỏi 1.1?',
    '4:Câu hỏi 1.2?',
    '5:Câu hỏi 1.3?',
    '6:Câu hỏi 1.4?',
  ]);
});

it('keeps answers out of the test paper and puts them in the key', () => {
  const paper = testPaper(plan, catalog);
  expect(Object.keys(paper[0]!).sort()).toEqual(['module', 'number', 'options', 'question']);
  const key = answerKey(plan, catalog);
  expect(key[0]).toMatchObject({ number: 1, letter: 'A', answer: 'Phương án một', explanation: 'Giải thích 2.4', provision: '111-cv-tu-2016#muc-2' });
  expect(key[3]).toMatchObject({ number: 4, letter: 'B' });
  expect(optionLetter(2)).toBe('C');
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
  expect(rows[2]?.type === 'module' && rows[2].activities[0]).toBe('08:10 Trình bày điều khoản (30 phút)');
});
