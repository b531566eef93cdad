import { describe, expect, it } from 'vitest';
import {
  budget,
  emptyPlan,
  formatClock,
  formatTeachingTime,
  isEmptyPlan,
  moduleBlock,
  move,
  parseClock,
  parseClockInput,
  readyPlanProblems,
  resolveReadyPlan,
  samePlan,
  schedule,
  teachingMinutes,
  toggleActivity,
  toggleItem,
  type Plan,
} from './plan';
import { catalog } from './plan.fixture';

const [m1, m2] = catalog.modules as [NonNullable<(typeof catalog.modules)[0]>, NonNullable<(typeof catalog.modules)[1]>];

describe('moduleBlock', () => {
  it('chooses every activity and item and splits the duration exactly', () => {
    const block = moduleBlock(m1);
    expect(block.activities.map((a) => a.kind)).toEqual(['provisions', 'discussion', 'situations', 'quiz']);
    expect(block.activities.reduce((s, a) => s + a.minutes, 0)).toBe(90);
    expect(block.activities.find((a) => a.kind === 'quiz')?.items).toEqual([0, 1, 2, 3]);
  });
  it('never gives the presentation under 5 minutes', () => {
    const block = moduleBlock({ ...m1, duration: 10 });
    expect(block.activities[0]?.minutes).toBeGreaterThanOrEqual(5);
  });
});

describe('move', () => {
  it('moves up, down and clamps at the ends', () => {
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 9)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 5, 0)).toEqual(['a', 'b', 'c']);
  });
  it('does not change its input', () => {
    const list = ['a', 'b'];
    move(list, 0, 1);
    expect(list).toEqual(['a', 'b']);
  });
});

describe('time', () => {
  const plan: Plan = {
    ...emptyPlan(),
    start: '07:30',
    planned: 180,
    blocks: [
      moduleBlock(m1),
      { type: 'break', label: 'Giải lao', minutes: 15 },
      moduleBlock(m2),
      { type: 'session', label: 'Buổi chiều', start: '13:30' },
      { type: 'module', module: 'muc-3', activities: [{ kind: 'quiz', minutes: 20, items: [0] }] },
    ],
  };
  it('counts teaching minutes without breaks and reports the overrun', () => {
    expect(teachingMinutes(plan)).toBe(170);
    expect(budget(plan)).toEqual({ total: 170, planned: 180, over: 0, left: 10 });
    expect(budget({ ...plan, planned: 150 })).toMatchObject({ over: 20, left: 0 });
  });
  it('gives clock times, restarting at each session', () => {
    const rows = schedule(plan).map((r) => `${formatClock(r.start)}–${formatClock(r.end)} s${r.session}`);
    expect(rows).toEqual(['07:30–09:00 s0', '09:00–09:15 s0', '09:15–10:15 s0', '13:30–13:30 s1', '13:30–13:50 s1']);
    const first = schedule(plan)[0]!;
    expect(first.activities.map((a) => formatClock(a.start))).toEqual(['07:30', '07:55', '08:15', '08:45']);
  });
  it('parses and formats clock times and durations', () => {
    expect(parseClock('07:05')).toBe(425);
    expect(parseClock('7:05')).toBeNull();
    expect(parseClock('24:00')).toBeNull();
    expect(formatClock(1450)).toBe('00:10');
    expect(formatTeachingTime(45)).toBe('45 phút');
    expect(formatTeachingTime(180)).toBe('180 phút (3 giờ)');
    expect(formatTeachingTime(200)).toBe('200 phút (3 giờ 20 phút)');
  });
  it('takes a typed time only as 24-hour HH:MM, with the example in its message', () => {
    expect(parseClockInput('13:05', '07:30')).toEqual({ ok: true, value: '13:05' });
    expect(parseClockInput('1:05 PM', '07:30')).toEqual({ ok: false, error: 'Hãy nhập giờ dạng 24 giờ, ví dụ 07:30; giờ này chưa được lưu.' });
  });
});

describe('editing', () => {
  it('toggles activities and items', () => {
    let block = toggleActivity(moduleBlock(m2), m2, 'discussion', false);
    expect(block.activities.map((a) => a.kind)).toEqual(['provisions', 'situations', 'quiz']);
    block = toggleActivity(block, m2, 'discussion', true);
    expect(block.activities.at(-1)).toMatchObject({ kind: 'discussion', items: [0, 1, 2] });
    const quiz = block.activities.find((a) => a.kind === 'quiz')!;
    expect(toggleItem(toggleItem(quiz, 1, false), 1, true).items).toEqual([0, 1, 2, 3]);
  });
  it('knows an empty plan and compares plans', () => {
    expect(isEmptyPlan(emptyPlan())).toBe(true);
    expect(isEmptyPlan({ ...emptyPlan(), title: 'Lớp' })).toBe(false);
    expect(samePlan({ ...emptyPlan(), blocks: [moduleBlock(m1)] }, { ...emptyPlan(), blocks: [moduleBlock(m1)] })).toBe(true);
  });
});

describe('ready-made plans', () => {
  const modules = new Map(catalog.modules.map((m) => [m.slug, m]));
  const input = {
    title: 'Buổi sáng',
    place: '',
    audience: '',
    instructor: '',
    notes: '',
    start: '07:30',
    planned: 180,
    blocks: [
      { type: 'module' as const, module: 'muc-2' },
      { type: 'break' as const, label: 'Giải lao', minutes: 15 },
      { type: 'module' as const, module: 'muc-3', activities: [{ kind: 'quiz' as const, minutes: 20, items: [2, 0] }, { kind: 'discussion' as const, minutes: 10 }] },
    ],
  };
  it('resolve to a plan with every item named', () => {
    const plan = resolveReadyPlan(input, modules);
    expect(plan.blocks[0]).toEqual(moduleBlock(m2));
    expect(plan.blocks[2]).toEqual({ type: 'module', module: 'muc-3', activities: [{ kind: 'quiz', minutes: 20, items: [0, 2] }, { kind: 'discussion', minutes: 10, items: [0, 1, 2] }] });
    expect(plan.date).toBe('');
    expect(readyPlanProblems(input, modules)).toEqual([]);
  });
  it('report unknown modules, items past the end, repeats and overruns by field', () => {
    const bad = {
      ...input,
      planned: 60,
      blocks: [...input.blocks, { type: 'module' as const, module: 'khong-co' }, { type: 'module' as const, module: 'muc-2', activities: [{ kind: 'quiz' as const, minutes: 5, items: [9] }] }],
    };
    expect(readyPlanProblems(bad, modules)).toEqual([
      { field: 'plan.blocks[3].module', message: 'không có bài học "khong-co"' },
      { field: 'plan.blocks[4].module', message: 'bài học "muc-2" có hai lần' },
      { field: 'plan.blocks[4].activities[0].items', message: 'bài học "muc-2" không có mục số 9 (chỉ có 4, đếm từ 0)' },
    ]);
    expect(readyPlanProblems({ ...input, planned: 60 }, modules)).toEqual([{ field: 'plan.planned', message: 'các hoạt động cộng lại 90 phút, vượt thời lượng dự kiến 60 phút' }]);
  });
});
