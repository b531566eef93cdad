import { describe, expect, it } from 'vitest';
import { budget, DEFAULT_BREAK_MINUTES, DEFAULT_LABELS, DEFAULT_SESSION_START, emptyPlan, moduleBlock, type ModuleBlock, type Plan } from './plan';
import { decodeShare, encodeShare } from './plan-codec';
import { moduleIndex } from './plan-catalog';
import {
  addBreak,
  addEvent,
  addModule,
  addSession,
  chooseActivity,
  chooseItem,
  dropBlock,
  moveActivity,
  moveBlock,
  removeBlock,
  setActivityMinutes,
  setBreakMinutes,
  setClassField,
  setLabel,
  setSessionStart,
  showDate,
  type Edit,
  type Refused,
} from './plan-edits';
import { catalog } from './plan.fixture';

const modules = moduleIndex(catalog);
const [m1, m2] = catalog.modules as [NonNullable<(typeof catalog.modules)[0]>, NonNullable<(typeof catalog.modules)[1]>];

/** Học phần 1, a break, Học phần 2. */
const plan: Plan = {
  ...emptyPlan(),
  title: 'Lớp thử',
  blocks: [moduleBlock(m1), { type: 'break', label: 'Giải lao', minutes: 15 }, moduleBlock(m2)],
};
const original = structuredClone(plan);

const saved = (result: Edit | Refused | undefined): Plan => {
  if (!result || 'refused' in result) throw new Error(`not saved: ${JSON.stringify(result)}`);
  return result.plan;
};
const names = (p: Plan) => p.blocks.map((b) => (b.type === 'module' ? b.module : b.label));
const kinds = (p: Plan, index: number) => (p.blocks[index] as ModuleBlock).activities.map((a) => a.kind);

describe('adding blocks', () => {
  it('adds a module at the end with everything chosen, saying where it went without moving focus there', () => {
    const edit = addModule(plan, catalog.modules[2]!);
    expect(names(edit.plan)).toEqual(['muc-1', 'Giải lao', 'muc-2', 'muc-3']);
    expect(edit.plan.blocks[3]).toEqual(moduleBlock(catalog.modules[2]!));
    expect(edit).toMatchObject({ structural: true, added: 3, announce: 'Đã thêm «Học phần 3» vào cuối chương trình, vị trí 4 trên 4.' });
    expect(edit.focus).toBeUndefined();
  });

  it('adds after a chosen block, or at the end when that block is the last or not there', () => {
    const edit = addModule(plan, catalog.modules[2]!, 0, modules);
    expect(names(edit.plan)).toEqual(['muc-1', 'muc-3', 'Giải lao', 'muc-2']);
    expect(edit).toMatchObject({ added: 1, announce: 'Đã thêm «Học phần 3» vào sau «Học phần 1», vị trí 2 trên 4.' });
    expect(addBreak(plan, 1, modules)).toMatchObject({ added: 2, announce: 'Đã thêm giải lao vào sau «Giải lao», vị trí 3 trên 4.' });
    expect(addEvent(plan, 'kiem-tra', 2, modules)).toMatchObject({ added: 3, announce: 'Đã thêm kiểm tra vào cuối chương trình, vị trí 4 trên 4.' });
    expect(addBreak(plan, 9, modules).added).toBe(3);
  });

  it('adds a break with the default name and length', () => {
    const edit = addBreak(emptyPlan());
    expect(edit.plan.blocks).toEqual([{ type: 'break', label: DEFAULT_LABELS.break, minutes: DEFAULT_BREAK_MINUTES }]);
    expect(edit).toMatchObject({ structural: true, added: 0, announce: 'Đã thêm giải lao vào cuối chương trình, vị trí 1 trên 1.' });
  });

  it('numbers new sessions after the first (the plan start) and starts them in the afternoon, or after what comes before ends', () => {
    const first = addSession(plan);
    expect(first.plan.blocks[3]).toEqual({ type: 'session', label: 'Buổi 2', start: DEFAULT_SESSION_START });
    expect(first).toMatchObject({ structural: true, added: 3, announce: 'Đã thêm buổi học mới vào cuối chương trình, vị trí 4 trên 4.' });
    // Buổi 2 at 13:30 holds 60 minutes of teaching: the next starts at 14:30, not 13:30 again.
    const second = addModule(first.plan, m2).plan;
    expect(addSession(second).plan.blocks[5]).toMatchObject({ label: 'Buổi 3', start: '14:30' });
    // Inserted after the first block, it starts after that block ends (07:30 + 90 minutes, before 13:30: the afternoon).
    expect(addSession({ ...plan, start: '12:00' }, 0, modules).plan.blocks[1]).toMatchObject({ start: '13:30' });
  });
});

describe('removing blocks', () => {
  it('keeps focus at the same place, or on the new last block', () => {
    const middle = removeBlock(plan, 1, modules);
    expect(names(middle!.plan)).toEqual(['muc-1', 'muc-2']);
    expect(middle).toMatchObject({ structural: true, focus: 'b1-title', announce: 'Đã bỏ «Giải lao» khỏi chương trình.' });
    expect(removeBlock(plan, 2, modules)).toMatchObject({ focus: 'b1-title', announce: 'Đã bỏ «Học phần 2» khỏi chương trình.' });
  });

  it('leaves focus to the page when the agenda becomes empty, and names a module gone from the catalogue by its slug', () => {
    const lone: Plan = { ...emptyPlan(), blocks: [{ type: 'module', module: 'da-xoa', activities: [] }] };
    const edit = removeBlock(lone, 0, modules);
    expect(edit?.plan.blocks).toEqual([]);
    expect(edit?.focus).toBeUndefined();
    expect(edit?.announce).toBe('Đã bỏ «da-xoa» khỏi chương trình.');
  });

  it('does nothing for a block that is not there', () => {
    expect(removeBlock(plan, 3, modules)).toBeUndefined();
  });
});

describe('moving blocks', () => {
  it('moves one place with the buttons, focus following the button', () => {
    const down = moveBlock(plan, 0, 'down', modules);
    expect(names(down!.plan)).toEqual(['Giải lao', 'muc-1', 'muc-2']);
    expect(down).toMatchObject({ structural: true, focus: 'b1-down', announce: 'Đã chuyển «Học phần 1» xuống: nay ở vị trí 2 trên 3.' });
    const up = moveBlock(plan, 2, 'up', modules);
    expect(names(up!.plan)).toEqual(['muc-1', 'muc-2', 'Giải lao']);
    expect(up).toMatchObject({ focus: 'b1-up', announce: 'Đã chuyển «Học phần 2» lên: nay ở vị trí 2 trên 3.' });
  });

  it('does nothing past either end', () => {
    expect(moveBlock(plan, 0, 'up', modules)).toBeUndefined();
    expect(moveBlock(plan, 2, 'down', modules)).toBeUndefined();
  });

  it('drops a dragged block at another place, focusing its heading', () => {
    const edit = dropBlock(plan, 0, 2, modules);
    expect(names(edit!.plan)).toEqual(['Giải lao', 'muc-2', 'muc-1']);
    expect(edit).toMatchObject({ structural: true, focus: 'b2-title', announce: 'Đã chuyển «Học phần 1» đến vị trí 3 trên 3.' });
    expect(dropBlock(plan, 1, 1, modules)).toBeUndefined();
    expect(dropBlock(plan, 1, 3, modules)).toBeUndefined();
  });
});

describe('activities', () => {
  it('moves an activity within its module', () => {
    const edit = moveActivity(plan, 0, 'quiz', 'up', modules);
    expect(kinds(edit!.plan, 0)).toEqual(['provisions', 'discussion', 'quiz', 'situations']);
    expect(edit).toMatchObject({
      structural: true,
      focus: 'b0-a-quiz-up',
      announce: 'Đã chuyển Trắc nghiệm lên: nay là hoạt động 3 trên 4 của «Học phần 1».',
    });
    expect(moveActivity(plan, 0, 'provisions', 'down', modules)?.announce).toBe('Đã chuyển Giảng nội dung Công văn xuống: nay là hoạt động 2 trên 4 của «Học phần 1».');
  });

  it('does not move past the ends, an activity not chosen, or in a block that is not a module', () => {
    expect(moveActivity(plan, 0, 'provisions', 'up', modules)).toBeUndefined();
    expect(moveActivity(plan, 0, 'quiz', 'down', modules)).toBeUndefined();
    const without = chooseActivity(plan, 0, m1, 'quiz', false)!.plan;
    expect(moveActivity(without, 0, 'quiz', 'up', modules)).toBeUndefined();
    expect(moveActivity(plan, 1, 'quiz', 'up', modules)).toBeUndefined();
  });

  it('drops an activity and chooses it again at the end, with every item and its default minutes', () => {
    const dropped = chooseActivity(plan, 0, m1, 'situations', false)!;
    expect(kinds(dropped.plan, 0)).toEqual(['provisions', 'discussion', 'quiz']);
    expect(dropped).toMatchObject({ structural: true, focus: 'b0-a-situations-toggle', announce: 'Đã bỏ hoạt động Tình huống của «Học phần 1».' });
    const chosen = chooseActivity(dropped.plan, 0, m1, 'situations', true)!;
    expect(kinds(chosen.plan, 0)).toEqual(['provisions', 'discussion', 'quiz', 'situations']);
    expect((chosen.plan.blocks[0] as ModuleBlock).activities[3]).toEqual(moduleBlock(m1).activities.find((a) => a.kind === 'situations'));
    expect(chosen.announce).toBe('Đã chọn hoạt động Tình huống của «Học phần 1».');
  });

  it('chooses and drops items, keeping them in order, without redrawing or announcing', () => {
    const dropped = chooseItem(plan, 2, 'quiz', 1, false)!;
    const quiz = (p: Plan) => (p.blocks[2] as ModuleBlock).activities.find((a) => a.kind === 'quiz')?.items;
    expect(quiz(dropped.plan)).toEqual([0, 2, 3]);
    expect(dropped).toEqual({ plan: dropped.plan });
    expect(quiz(chooseItem(dropped.plan, 2, 'quiz', 1, true)!.plan)).toEqual([0, 1, 2, 3]);
    expect(chooseItem(plan, 1, 'quiz', 0, false)).toBeUndefined();
  });
});

describe('typed minutes', () => {
  it('saves a whole number of minutes from 1 to the limit', () => {
    const edited = saved(setActivityMinutes(plan, 2, 'provisions', '25'));
    expect((edited.blocks[2] as ModuleBlock).activities.find((a) => a.kind === 'provisions')?.minutes).toBe(25);
    expect(setActivityMinutes(plan, 2, 'provisions', '25')).not.toHaveProperty('structural');
    expect((saved(setActivityMinutes(plan, 2, 'quiz', ' 1 ')).blocks[2] as ModuleBlock).activities.find((a) => a.kind === 'quiz')?.minutes).toBe(1);
    expect(saved(setBreakMinutes(plan, 1, '600')).blocks[1]).toEqual({ type: 'break', label: 'Giải lao', minutes: 600 });
  });

  it('refuses anything else with the message for beside the field, naming the minutes the plan keeps', () => {
    const kept = (plan.blocks[2] as ModuleBlock).activities.find((a) => a.kind === 'provisions')!.minutes;
    for (const typed of ['601', '-5', '92.5', '', '0', 'mười']) {
      expect(setActivityMinutes(plan, 2, 'provisions', typed), typed).toEqual({ refused: `Số phút phải là số nguyên từ 1 đến 600. Kế hoạch vẫn dùng ${kept} phút.` });
      expect(setBreakMinutes(plan, 1, typed), typed).toEqual({ refused: 'Số phút phải là số nguyên từ 1 đến 600. Kế hoạch vẫn dùng 15 phút.' });
    }
  });

  it('ignores minutes aimed at the wrong kind of block', () => {
    expect(setBreakMinutes(plan, 0, '10')).toBeUndefined();
    expect(setActivityMinutes(plan, 1, 'quiz', '10')).toBeUndefined();
  });
});

describe('names and start times', () => {
  const withSession = addSession(plan).plan;

  it('saves a typed name, composed (NFC)', () => {
    const decomposed = 'Nghỉ giữa giờ'.normalize('NFD');
    const edit = setLabel(plan, 1, decomposed);
    expect(edit?.plan.blocks[1]).toMatchObject({ label: 'Nghỉ giữa giờ'.normalize('NFC') });
    expect(edit?.note).toBeUndefined();
  });

  it('saves an emptied name as the default, and says so beside the field', () => {
    expect(setLabel(plan, 1, '  ')).toEqual({
      plan: { ...plan, blocks: [plan.blocks[0], { type: 'break', label: 'Giải lao', minutes: 15 }, plan.blocks[2]] },
      note: 'Tên để trống nên kế hoạch dùng tên «Giải lao».',
    });
    expect(setLabel(withSession, 3, '')?.plan.blocks[3]).toMatchObject({ label: DEFAULT_LABELS.session });
    expect(setLabel(withSession, 3, '')?.note).toBe('Tên để trống nên kế hoạch dùng tên «Buổi học».');
    expect(setLabel(plan, 0, 'Tên')).toBeUndefined();
  });

  it('saves a session start only as a 24-hour time', () => {
    expect(saved(setSessionStart(withSession, 3, '14:05')).blocks[3]).toMatchObject({ start: '14:05' });
    for (const [typed, read] of [['1405', '14:05'], ['7:30', '07:30'], ['13h30', '13:30'], ['13h', '13:00'], ['13.30', '13:30'], [' 08:00 ', '08:00']]) {
      expect(saved(setSessionStart(withSession, 3, typed!)).blocks[3], typed).toMatchObject({ start: read });
    }
    expect(setSessionStart(withSession, 3, '2:05 PM')).toEqual({ refused: 'Hãy nhập giờ dạng 24 giờ (giờ:phút), ví dụ 13:30. Kế hoạch vẫn dùng giờ 13:30.' });
    expect(setSessionStart(withSession, 3, '13:60')).toHaveProperty('refused');
    expect(setSessionStart(withSession, 3, '24:00')).toHaveProperty('refused');
    expect(setSessionStart(plan, 1, '14:05')).toBeUndefined();
  });
});

describe('the class particulars', () => {
  it('saves the planned length within its bounds and refuses the rest', () => {
    expect(saved(setClassField(plan, 'planned', '240')).planned).toBe(240);
    for (const typed of ['0', '10005', '92.5']) {
      expect(setClassField(plan, 'planned', typed)).toEqual({ refused: 'Thời lượng dự kiến phải là số nguyên từ 1 đến 10000. Kế hoạch vẫn dùng 180 phút (3 giờ).' });
    }
  });

  it('saves the start as a 24-hour time, with the plan default as the example', () => {
    expect(saved(setClassField(plan, 'start', '08:00')).start).toBe('08:00');
    expect(saved(setClassField(plan, 'start', '8h')).start).toBe('08:00');
    expect(setClassField(plan, 'start', '8 giờ sáng')).toEqual({ refused: 'Hãy nhập giờ dạng 24 giờ (giờ:phút), ví dụ 07:30. Kế hoạch vẫn dùng giờ 07:30.' });
  });

  it('reads a date written day first (or ISO), stores it ISO, and refuses the rest naming the date kept', () => {
    expect(saved(setClassField(plan, 'date', '2025-03-14')).date).toBe('2025-03-14');
    expect(saved(setClassField(plan, 'date', '14/03/2025')).date).toBe('2025-03-14');
    expect(saved(setClassField(plan, 'date', '4.3.2025')).date).toBe('2025-03-04');
    expect(saved(setClassField({ ...plan, date: '2025-03-14' }, 'date', ' ')).date).toBe('');
    expect(setClassField({ ...plan, date: '2025-03-14' }, 'date', '03/14/2025')).toEqual({ refused: 'Hãy nhập ngày dạng ngày/tháng/năm, ví dụ 14/03/2025. Kế hoạch vẫn dùng ngày 14/3/2025.' });
    expect(setClassField(plan, 'date', '30/02/2025')).toEqual({ refused: 'Hãy nhập ngày dạng ngày/tháng/năm, ví dụ 14/03/2025. Kế hoạch chưa ghi ngày.' });
    expect(showDate('2025-01-04')).toBe('04/01/2025');
    expect(showDate('')).toBe('');
  });

  it('saves text fields composed (NFC), and ignores names that are not fields', () => {
    for (const field of ['title', 'place', 'audience', 'instructor', 'notes'] as const) {
      expect(saved(setClassField(plan, field, 'Hội trường xã'.normalize('NFD')))[field]).toBe('Hội trường xã'.normalize('NFC'));
    }
    expect(setClassField(plan, 'blocks', '[]')).toBeUndefined();
    expect(setClassField(plan, '', 'x')).toBeUndefined();
  });
});

it('never changes the plan it is given', () => {
  addModule(plan, m2);
  addBreak(plan);
  addSession(plan);
  removeBlock(plan, 0, modules);
  moveBlock(plan, 0, 'down', modules);
  dropBlock(plan, 0, 2, modules);
  moveActivity(plan, 0, 'quiz', 'up', modules);
  chooseActivity(plan, 0, m1, 'quiz', false);
  chooseItem(plan, 0, 'quiz', 0, false);
  setActivityMinutes(plan, 0, 'quiz', '5');
  setBreakMinutes(plan, 1, '5');
  setLabel(plan, 1, '');
  setClassField(plan, 'title', 'Khác');
  expect(plan).toEqual(original);
});

describe('non-lesson parts of a course', () => {
  it('adds khai giảng, ôn tập, kiểm tra and bế giảng with their usual minutes, counted as class time, and they travel by link', async () => {
    let p = emptyPlan();
    for (const event of ['khai-giang', 'on-tap', 'kiem-tra', 'be-giang'] as const) p = addEvent(p, event).plan;
    expect(p.blocks.map((b) => (b.type === 'event' ? `${b.label} ${b.minutes}` : b.type))).toEqual(['Khai giảng 15', 'Ôn tập 30', 'Kiểm tra 45', 'Bế giảng 15']);
    expect(addEvent(emptyPlan(), 'on-tap').announce).toBe('Đã thêm ôn tập vào cuối chương trình, vị trí 1 trên 1.');
    expect(budget(p).total).toBe(105);
    const longer = setBreakMinutes(p, 2, '60');
    expect(longer && 'plan' in longer ? longer.plan.blocks[2] : undefined).toMatchObject({ type: 'event', minutes: 60 });
    expect(setLabel(p, 0, '')?.plan.blocks[0]).toMatchObject({ label: 'Khai giảng' });
    const decoded = await decodeShare(await encodeShare(p), catalog);
    expect(decoded.ok && decoded.plan).toEqual(p);
  });
});
