/**
 * The session plan an instructor builds: the class's particulars and an
 * agenda of blocks (a module with its chosen activities, a break, or the
 * start of a new session). Pure data and pure functions, shared by the
 * build (ready-made plans), the builder in the browser and the print views.
 */
import type { ReadyPlanInput } from '../schemas/plan';
import { formatDuration } from './modules';
import type { CatalogModule } from './plan-catalog';

import { ACTIVITY_KINDS, EVENT_KINDS, PLAN_LIMITS, type ActivityKind, type EventKind } from '../schemas/values';

export { ACTIVITY_KINDS, EVENT_KINDS, PLAN_LIMITS, type ActivityKind, type EventKind };

/** How long each non-lesson part takes when added. */
export const DEFAULT_EVENT_MINUTES: Record<EventKind, number> = { 'khai-giang': 15, 'on-tap': 30, 'kiem-tra': 45, 'be-giang': 15 };

export interface Activity {
  kind: ActivityKind;
  minutes: number;
  /** Indices into the module's list for this kind, ascending. */
  items: number[];
}

export interface ModuleBlock {
  type: 'module';
  module: string;
  /** Chosen activities, in teaching order; a kind appears at most once. */
  activities: Activity[];
}

export interface BreakBlock {
  type: 'break';
  label: string;
  minutes: number;
}

/** A part of the course that is not a lesson (khai giảng, ôn tập, kiểm tra, bế giảng): its minutes count as class time. */
export interface EventBlock {
  type: 'event';
  event: EventKind;
  label: string;
  minutes: number;
}

/** Starts a new session (a morning, an afternoon, a day): the clock restarts at its time. */
export interface SessionBlock {
  type: 'session';
  label: string;
  start: string;
}

export type Block = ModuleBlock | BreakBlock | EventBlock | SessionBlock;

export interface Plan {
  title: string;
  /** ISO date or ''. */
  date: string;
  place: string;
  audience: string;
  instructor: string;
  /** The instructor's khoa at the school, for the lesson plan's heading ("Xây dựng Đảng"); '' leaves a line to fill by hand. */
  department: string;
  notes: string;
  /** "HH:MM": when the first session starts. */
  start: string;
  /** Planned teaching time in minutes (breaks not counted). */
  planned: number;
  blocks: Block[];
}

/** One tiết (class period) is 45 minutes; a half-day session is four. */
export const PERIOD_MINUTES = 45;
export const DEFAULT_START = '07:30';
/** When a session added in the builder starts: an afternoon. */
export const DEFAULT_SESSION_START = '13:30';
export const DEFAULT_PLANNED = 4 * PERIOD_MINUTES;
export const MAX_MINUTES = PLAN_LIMITS.minutes;
/** The name a break or session gets when none is given. */
export const DEFAULT_LABELS = { break: 'Giải lao', session: 'Buổi học' } as const;
export const DEFAULT_BREAK_MINUTES = 15;

export type WholeInput = { ok: true; value: number } | { ok: false; error: string };

/**
 * What an instructor typed into a minutes field: a whole number within
 * bounds, or the message to show beside the field (the value is not saved).
 */
export function parseWholeInput(text: string, min: number, max: number): WholeInput {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed !== '' && /^\d+$/.test(trimmed) && value >= min && value <= max) return { ok: true, value };
  return { ok: false, error: `Hãy nhập một số nguyên từ ${min} đến ${max}; giá trị này chưa được lưu.` };
}

export type ClockInput = { ok: true; value: string } | { ok: false; error: string };

/**
 * What an instructor typed into a time field: a 24-hour "HH:MM", or the
 * message to show beside the field, with example as the sample time.
 */
export function parseClockInput(text: string, example: string): ClockInput {
  if (parseClock(text) !== null) return { ok: true, value: text };
  return { ok: false, error: `Hãy nhập giờ dạng 24 giờ, ví dụ ${example}; giờ này chưa được lưu.` };
}

export function emptyPlan(): Plan {
  return { title: '', date: '', place: '', audience: '', instructor: '', department: '', notes: '', start: DEFAULT_START, planned: DEFAULT_PLANNED, blocks: [] };
}

export function isEmptyPlan(plan: Plan): boolean {
  return samePlan(plan, emptyPlan());
}

/** Plans are plain data in a fixed key order, so their JSON is a fair comparison. */
export function samePlan(a: Plan, b: Plan): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What plan logic needs of a module: its slug, duration and the lists activities pick from. */
export type ModuleLists = Pick<CatalogModule, 'slug' | 'title' | 'duration' | ActivityKind>;

const round5 = (n: number) => Math.round(n / 5) * 5;

/** A group case with its report-back takes at least this long (groups of 5–7 read, discuss and report). */
export const MIN_CASE_MINUTES = 30;

/**
 * A module with every activity and every item chosen, its minutes split from
 * the module's duration: the presentation takes what discussion (20%),
 * situations (25%, never under MIN_CASE_MINUTES) and quiz (15%) leave, never under 5 minutes.
 */
export function moduleBlock(mod: ModuleLists): ModuleBlock {
  const cases = mod.situations.length ? Math.max(MIN_CASE_MINUTES, round5(mod.duration * 0.25)) : round5(mod.duration * 0.25);
  const share = { discussion: round5(mod.duration * 0.2), situations: cases, quiz: round5(mod.duration * 0.15) };
  const provisions = Math.max(5, mod.duration - share.discussion - share.situations - share.quiz);
  const minutes: Record<ActivityKind, number> = { provisions, ...share };
  return { type: 'module', module: mod.slug, activities: ACTIVITY_KINDS.map((kind) => defaultActivity(mod, kind, minutes[kind])) };
}

export function defaultActivity(mod: ModuleLists, kind: ActivityKind, minutes = 10): Activity {
  return { kind, minutes: Math.max(0, Math.min(MAX_MINUTES, Math.round(minutes))), items: mod[kind].map((_, i) => i) };
}

/** A copy of list with the element at from moved to to (both clamped). */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [item] = out.splice(from, 1);
  out.splice(target, 0, item as T);
  return out;
}

export const activityMinutes = (block: ModuleBlock) => block.activities.reduce((sum, a) => sum + a.minutes, 0);

/** Teaching time: every activity's minutes, and the course's other parts (opening, review, test, closing). Breaks are not teaching time. */
export function teachingMinutes(plan: Plan): number {
  return plan.blocks.reduce((sum, b) => sum + (b.type === 'module' ? activityMinutes(b) : b.type === 'event' ? b.minutes : 0), 0);
}

export function breakMinutes(plan: Plan): number {
  return plan.blocks.reduce((sum, b) => sum + (b.type === 'break' ? b.minutes : 0), 0);
}

export interface Budget {
  total: number;
  planned: number;
  /** Minutes over the planned length (0 when it fits). */
  over: number;
  /** Minutes left (0 when over). */
  left: number;
}

export function budget(plan: Plan): Budget {
  const total = teachingMinutes(plan);
  return { total, planned: plan.planned, over: Math.max(0, total - plan.planned), left: Math.max(0, plan.planned - total) };
}

/** "07:30" → 450; null when not a time of day. */
export function parseClock(text: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** 450 → "07:30"; past midnight wraps. */
export function formatClock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Teaching time as a plan counts it: "45 phút" or, from an hour up, "200 phút (3 giờ 20 phút)". */
export function formatTeachingTime(minutes: number): string {
  return minutes < 60 ? `${minutes} phút` : `${minutes} phút (${formatDuration(minutes)})`;
}

export interface TimedActivity {
  activity: Activity;
  start: number;
  end: number;
}

export interface TimedBlock {
  block: Block;
  index: number;
  start: number;
  end: number;
  /** For module blocks, each activity's slot. */
  activities: TimedActivity[];
  /** The session this block belongs to (0 before any session block). */
  session: number;
}

/** Clock times for every block and activity; a session block restarts the clock at its own time. */
export function schedule(plan: Plan): TimedBlock[] {
  let clock = parseClock(plan.start) ?? parseClock(DEFAULT_START)!;
  let session = 0;
  return plan.blocks.map((block, index) => {
    if (block.type === 'session') {
      session += 1;
      clock = parseClock(block.start) ?? clock;
      return { block, index, start: clock, end: clock, activities: [], session };
    }
    const start = clock;
    const activities: TimedActivity[] = [];
    if (block.type === 'module') {
      for (const activity of block.activities) {
        activities.push({ activity, start: clock, end: clock + activity.minutes });
        clock += activity.minutes;
      }
    } else clock += block.minutes;
    return { block, index, start, end: clock, activities, session };
  });
}

export const moduleBlocks = (plan: Plan): ModuleBlock[] => plan.blocks.filter((b): b is ModuleBlock => b.type === 'module');

/** Toggles an activity: adds it (with every item) at the end, or removes it. */
export function toggleActivity(block: ModuleBlock, mod: ModuleLists, kind: ActivityKind, on: boolean, minutes?: number): ModuleBlock {
  const has = block.activities.some((a) => a.kind === kind);
  if (on === has) return block;
  const activities = on ? [...block.activities, defaultActivity(mod, kind, minutes ?? moduleBlock(mod).activities.find((a) => a.kind === kind)?.minutes)] : block.activities.filter((a) => a.kind !== kind);
  return { ...block, activities };
}

/** Chooses or drops one item of an activity, keeping items ascending. */
export function toggleItem(activity: Activity, item: number, on: boolean): Activity {
  const set = new Set(activity.items);
  if (on) set.add(item);
  else set.delete(item);
  return { ...activity, items: [...set].sort((a, b) => a - b) };
}


/** What is wrong with a ready-made plan, by field, for the build to report. */
export function readyPlanProblems(input: ReadyPlanInput, modules: ReadonlyMap<string, ModuleLists>): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const seen = new Set<string>();
  input.blocks.forEach((block, i) => {
    if (block.type !== 'module') return;
    const field = `plan.blocks[${i}]`;
    const mod = modules.get(block.module);
    if (!mod) return void problems.push({ field: `${field}.module`, message: `không có bài học "${block.module}"` });
    if (seen.has(block.module)) problems.push({ field: `${field}.module`, message: `bài học "${block.module}" có hai lần` });
    seen.add(block.module);
    const kinds = new Set<string>();
    (block.activities ?? []).forEach((a, j) => {
      if (kinds.has(a.kind)) problems.push({ field: `${field}.activities[${j}].kind`, message: `hoạt động "${a.kind}" có hai lần` });
      kinds.add(a.kind);
      for (const item of a.items ?? []) {
        if (item >= mod[a.kind].length) problems.push({ field: `${field}.activities[${j}].items`, message: `bài học "${block.module}" không có mục số ${item} (chỉ có ${mod[a.kind].length}, đếm từ 0)` });
      }
    });
  });
  if (!problems.length) {
    const total = teachingMinutes(resolveReadyPlan(input, modules));
    if (total > input.planned) problems.push({ field: 'plan.planned', message: `các hoạt động cộng lại ${total} phút, vượt thời lượng dự kiến ${input.planned} phút` });
  }
  return problems;
}

/** The plan the builder opens: defaults filled in, every item named, so the link means the same later. */
export function resolveReadyPlan(input: ReadyPlanInput, modules: ReadonlyMap<string, ModuleLists>): Plan {
  const blocks: Block[] = input.blocks.map((block) => {
    if (block.type !== 'module') return block;
    const mod = modules.get(block.module);
    if (!mod) throw new Error(`Không có bài học "${block.module}"`);
    if (!block.activities) return moduleBlock(mod);
    return {
      type: 'module',
      module: block.module,
      activities: block.activities.map((a) => ({ kind: a.kind, minutes: a.minutes, items: a.items ? [...new Set(a.items)].sort((x, y) => x - y) : mod[a.kind].map((_, i) => i) })),
    };
  });
  return {
    title: input.title,
    date: input.date ?? '',
    place: input.place,
    audience: input.audience,
    instructor: input.instructor,
    department: '',
    notes: input.notes,
    start: input.start,
    planned: input.planned,
    blocks,
  };
}
