import { describe, expect, it } from 'vitest';
import { emptyPlan, moduleBlock, type Block, type Plan } from './plan';
import { MAX_UNBROKEN_MINUTES, nextSessionStart, problemLine, timingProblems } from './plan-timing';
import { catalog } from './plan.fixture';

const [m1, m2, m3] = catalog.modules as [NonNullable<(typeof catalog.modules)[0]>, NonNullable<(typeof catalog.modules)[1]>, NonNullable<(typeof catalog.modules)[2]>];
const rest = (minutes = 15): Block => ({ type: 'break', label: 'Giải lao', minutes });
const session = (label: string, start: string): Block => ({ type: 'session', label, start });
const planOf = (...blocks: Block[]): Plan => ({ ...emptyPlan(), blocks });

describe('timingProblems', () => {
  it('finds nothing wrong with a sound one-day plan and a two-day plan whose second morning starts at 07:30 again', () => {
    expect(timingProblems(planOf(moduleBlock(m1), rest(), moduleBlock(m2), session('Buổi chiều', '13:30'), moduleBlock(m3)), catalog)).toEqual([]);
    const twoDays = planOf(session('Ngày 1, sáng', '07:30'), moduleBlock(m1), session('Ngày 1, chiều', '13:30'), moduleBlock(m2), session('Ngày 2, sáng', '07:30'), moduleBlock(m3));
    expect(timingProblems(twoDays, catalog)).toEqual([]);
    expect(timingProblems(emptyPlan(), catalog)).toEqual([]);
  });

  it('flags a session that starts before the previous part has ended, on that session, with both times', () => {
    // 07:30 + 90 + 60 (break) + 60 + 180 (a long lunch break) = 14:00.
    const plan = planOf(moduleBlock(m1), rest(60), moduleBlock(m2), rest(180), session('Buổi 2', '13:30'), moduleBlock(m3));
    expect(timingProblems(plan, catalog)).toEqual([{ blockIndex: 4, message: '«Buổi 2» bắt đầu lúc 13:30, trước khi phần trước kết thúc (14:00): giờ hai buổi chồng lên nhau.' }]);
    expect(problemLine(timingProblems(plan, catalog)[0]!)).toMatch(/^Vị trí 5: «Buổi 2» bắt đầu lúc 13:30/);
  });

  it('flags teaching longer than four periods without a break, once, on the block that passes the limit', () => {
    expect(MAX_UNBROKEN_MINUTES).toBe(180);
    // 90 + 60 = 150, then + 50 (a module block never gives a case under 30 minutes) = 200 at the third block; the fourth (still unbroken) is not flagged again.
    const plan = planOf(moduleBlock(m1), moduleBlock(m2), moduleBlock(m3), { type: 'event', event: 'on-tap', label: 'Ôn tập', minutes: 30 });
    expect(timingProblems(plan, catalog)).toEqual([
      { blockIndex: 2, message: 'Dạy liền 200 phút (07:30–10:50) không có giải lao, quá 180 phút (4 tiết): hãy thêm giải lao trước «Học phần 3».' },
    ]);
    // A break or a new session starts the count again.
    expect(timingProblems(planOf(moduleBlock(m1), moduleBlock(m2), rest(), moduleBlock(m3)), catalog)).toEqual([]);
    expect(timingProblems(planOf(moduleBlock(m1), moduleBlock(m2), session('Chiều', '13:30'), moduleBlock(m3)), catalog)).toEqual([]);
  });

  it('counts the course’s other parts (khai giảng, kiểm tra …) as teaching in the stretch', () => {
    const plan = planOf({ type: 'event', event: 'khai-giang', label: 'Khai giảng', minutes: 100 }, moduleBlock(m1));
    expect(timingProblems(plan, catalog).map((p) => p.blockIndex)).toEqual([1]);
  });

  it('flags a block that runs past midnight', () => {
    const plan = planOf(session('Buổi tối', '23:00'), moduleBlock(m1));
    expect(timingProblems(plan, catalog)).toEqual([{ blockIndex: 1, message: '«Học phần 1» kết thúc sau 24:00 (23:00 + 90 phút): hãy bớt thời gian hoặc chuyển sang buổi khác.' }]);
  });

  it('flags impossible clock values on the plan and on a session', () => {
    const plan: Plan = { ...planOf(moduleBlock(m2), session('Buổi 2', '25:00'), moduleBlock(m3)), start: '7:30 AM' };
    expect(timingProblems(plan, catalog)).toEqual([
      { blockIndex: -1, message: 'Giờ bắt đầu «7:30 AM» không phải giờ hợp lệ (dạng 24 giờ, ví dụ 07:30).' },
      { blockIndex: 1, message: '«Buổi 2»: giờ bắt đầu «25:00» không phải giờ hợp lệ (dạng 24 giờ, ví dụ 13:30).' },
    ]);
  });

  it('flags a session with nothing in it (a break alone is not content)', () => {
    const plan = planOf(moduleBlock(m1), session('Buổi 2', '13:30'), rest(), session('Buổi 3', '15:00'), moduleBlock(m2), session('Buổi 4', '18:00'));
    const problems = timingProblems(plan, catalog);
    expect(problems.map((p) => p.blockIndex)).toEqual([1, 5]);
    expect(problems[0]!.message).toBe('«Buổi 2» chưa có bài học hay hoạt động nào: hãy thêm nội dung vào sau buổi này hoặc bỏ buổi này.');
  });
});

describe('nextSessionStart', () => {
  it('is the afternoon when the plan ends by then, else the quarter hour after its end, else the next morning', () => {
    expect(nextSessionStart(emptyPlan(), '13:30')).toBe('13:30');
    expect(nextSessionStart(planOf(moduleBlock(m1)), '13:30')).toBe('13:30');
    // 07:30 + 90 + 240 + 60 = 14:00: the new session may start at 14:00.
    expect(nextSessionStart(planOf(moduleBlock(m1), rest(240), moduleBlock(m2)), '13:30')).toBe('14:00');
    expect(nextSessionStart(planOf(moduleBlock(m1), rest(241), moduleBlock(m2)), '13:30')).toBe('14:15');
    expect(nextSessionStart(planOf(session('Tối', '23:00'), moduleBlock(m2)), '13:30')).toBe('07:30');
  });
});
