/**
 * What is wrong with a plan's clock, block by block: the builder shows each
 * problem beside its block and the lesson plan prints them. The times are the
 * agenda's own (schedule() in plan.ts), never worked out a second way.
 */
import { DEFAULT_START, formatClock, parseClock, schedule, PERIOD_MINUTES, type Plan, type TimedBlock } from './plan';
import { moduleIndex, type Catalog } from './plan-catalog';
import { blockTitle } from './plan-views';

export interface TimingProblem {
  /** The block the problem is about (its index in plan.blocks); -1 for the plan's own start time. */
  blockIndex: number;
  message: string;
}

/**
 * The longest teaching the plan accepts without a break: four tiết (180
 * minutes), a whole half-day session. A half-day is four periods (PERIOD_MINUTES)
 * and schools pause within it; teaching past a full half-day with no pause at
 * all is past what a class of adults can follow, so the plan says so. The
 * threshold is loose on purpose: a single 100-minute lesson is normal and not flagged.
 */
export const MAX_UNBROKEN_MINUTES = 4 * PERIOD_MINUTES;

const DAY = 24 * 60;

/**
 * Problems with the plan's times, in agenda order:
 * - a start time that is not a 24-hour clock time;
 * - a session that starts after the previous session started but before it
 *   ended (an overlap; both times are given). A session that starts earlier
 *   than the previous one started is read as the next day ("Ngày thứ hai,
 *   buổi sáng" at 07:30 after an afternoon), since a plan has no date per session;
 * - a block that ends past 24:00;
 * - teaching (lessons and the course's other parts) longer than
 *   MAX_UNBROKEN_MINUTES with no break or new session;
 * - a session with nothing in it.
 */
export function timingProblems(plan: Plan, catalog: Pick<Catalog, 'modules'>): TimingProblem[] {
  const modules = moduleIndex(catalog);
  const problems: TimingProblem[] = [];
  if (parseClock(plan.start) === null) problems.push({ blockIndex: -1, message: `Giờ bắt đầu «${plan.start}» không phải giờ hợp lệ (dạng 24 giờ, ví dụ ${DEFAULT_START}).` });
  const rows = schedule(plan);
  /** Where the session under way started and where the agenda has got to. */
  let sessionStart = rows.length ? (parseClock(plan.start) ?? parseClock(DEFAULT_START)!) : 0;
  let end = sessionStart;
  /** The unbroken teaching stretch: when it started, and whether it was already reported. */
  let stretch: { start: number; reported: boolean } | undefined;
  let midnightReported = false;
  rows.forEach((row: TimedBlock, i) => {
    const { block } = row;
    if (block.type === 'session') {
      const name = block.label;
      if (parseClock(block.start) === null) problems.push({ blockIndex: i, message: `«${name}»: giờ bắt đầu «${block.start}» không phải giờ hợp lệ (dạng 24 giờ, ví dụ 13:30).` });
      else if (i > 0 && row.start >= sessionStart && row.start < end) {
        problems.push({ blockIndex: i, message: `«${name}» bắt đầu lúc ${formatClock(row.start)}, trước khi phần trước kết thúc (${formatClock(end)}): giờ hai buổi chồng lên nhau.` });
      }
      const following = rows.slice(i + 1);
      const until = following.findIndex((r) => r.block.type === 'session');
      const content = (until < 0 ? following : following.slice(0, until)).some((r) => r.block.type === 'module' || r.block.type === 'event');
      if (!content) problems.push({ blockIndex: i, message: `«${name}» chưa có bài học hay hoạt động nào: hãy thêm nội dung vào sau buổi này hoặc bỏ buổi này.` });
      sessionStart = row.start;
      end = row.start;
      stretch = undefined;
      midnightReported = false;
      return;
    }
    if (row.end > DAY && !midnightReported) {
      midnightReported = true;
      problems.push({ blockIndex: i, message: `«${blockTitle(block, modules)}» kết thúc sau 24:00 (${formatClock(row.start)} + ${row.end - row.start} phút): hãy bớt thời gian hoặc chuyển sang buổi khác.` });
    }
    end = row.end;
    if (block.type === 'break') {
      stretch = undefined;
      return;
    }
    stretch ??= { start: row.start, reported: false };
    const length = row.end - stretch.start;
    if (length > MAX_UNBROKEN_MINUTES && !stretch.reported) {
      stretch.reported = true;
      problems.push({
        blockIndex: i,
        message: `Dạy liền ${length} phút (${formatClock(stretch.start)}–${formatClock(row.end)}) không có giải lao, quá ${MAX_UNBROKEN_MINUTES} phút (${MAX_UNBROKEN_MINUTES / PERIOD_MINUTES} tiết): hãy thêm giải lao trước «${blockTitle(block, modules)}».`,
      });
    }
  });
  return problems;
}

/**
 * When a session added after the plan's last block should start: 13:30 (an
 * afternoon) if the plan ends by then; otherwise the quarter hour after it
 * ends; and the plan's usual morning start (the next day) when that would pass midnight.
 */
export function nextSessionStart(plan: Plan, afternoon: string): string {
  const rows = schedule(plan);
  const last = rows.at(-1);
  const end = last ? last.end : (parseClock(plan.start) ?? parseClock(DEFAULT_START)!);
  const usual = parseClock(afternoon)!;
  if (end <= usual) return afternoon;
  const next = Math.ceil(end / 15) * 15;
  return next < DAY ? formatClock(next) : (parseClock(plan.start) !== null ? plan.start : DEFAULT_START);
}

/** A problem as one line of a list: where it is («Vị trí 3») and what is wrong. */
export const problemLine = (p: TimingProblem) => (p.blockIndex < 0 ? p.message : `Vị trí ${p.blockIndex + 1}: ${p.message}`);
