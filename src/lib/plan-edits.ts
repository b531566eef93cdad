/**
 * Every change the session builder makes to a plan, as pure functions: the
 * new plan, plus what the interface then says (announce, in Vietnamese) and
 * where focus goes (the data-key of a control in the redrawn agenda). The
 * browser only reads the event, calls one of these and commits the result.
 *
 * An edit aimed at nothing (a move past an end, a block or activity that is
 * not there) is undefined, so nothing is saved or said.
 */
import {
  DEFAULT_BREAK_MINUTES,
  DEFAULT_EVENT_MINUTES,
  DEFAULT_LABELS,
  DEFAULT_SESSION_START,
  DEFAULT_START,
  MAX_MINUTES,
  PLAN_LIMITS,
  formatTeachingTime,
  moduleBlock,
  move,
  parseClock,
  parseWholeInput,
  toggleActivity,
  toggleItem,
  type ActivityKind,
  type Block,
  type EventKind,
  type ModuleBlock,
  type ModuleLists,
  type Plan,
} from './plan';
import { formatDate } from './dates';
import { isRealDate } from '../schemas/values';
import { blockTitle, type ModuleTitles } from './plan-views';
import { nextSessionStart } from './plan-timing';
import { ACTIVITY_LABELS, EVENT_LABELS } from '../ui/builder';

export interface Edit {
  plan: Plan;
  /** Blocks or activities were added, removed or moved: the agenda is drawn again. */
  structural?: boolean;
  /** data-key of the control to focus once the agenda is drawn again. */
  focus?: string;
  /** What a screen reader is told. */
  announce?: string;
  /** Shown beside the field typed into although the value was saved (an emptied name became the default). */
  note?: string;
  /** The index of a block just added: the interface offers to go to it rather than jumping there. */
  added?: number;
}

/** A typed value that cannot be saved: the message to show beside its field. The plan is left as it was. */
export interface Refused {
  refused: string;
}

export type Direction = 'up' | 'down';

const direction = { up: { step: -1, word: 'lên' }, down: { step: 1, word: 'xuống' } } as const;

const withBlock = (plan: Plan, index: number, block: Block): Plan => ({ ...plan, blocks: plan.blocks.map((b, i) => (i === index ? block : b)) });

/**
 * Where a new block goes: after the block at index `after`, or at the end
 * (undefined, or an index past the end). Focus is not moved: on a phone the
 * agenda is far below the catalogue, and a jump there loses the reader's
 * place; `added` lets the interface offer a way to it.
 */
function inserted(plan: Plan, block: Block, name: string, after: number | undefined, modules: ModuleTitles): Edit {
  const at = after === undefined || after < 0 || after >= plan.blocks.length - 1 ? plan.blocks.length : after + 1;
  const blocks = [...plan.blocks.slice(0, at), block, ...plan.blocks.slice(at)];
  const where = at === plan.blocks.length ? 'vào cuối chương trình' : `vào sau «${blockTitle(plan.blocks[at - 1]!, modules)}»`;
  return { plan: { ...plan, blocks }, structural: true, added: at, announce: `Đã thêm ${name} ${where}, vị trí ${at + 1} trên ${blocks.length}.` };
}

const noTitles: ModuleTitles = new Map();

/** A module, every activity and item chosen, at the end or after the block at `after`. */
export function addModule(plan: Plan, mod: ModuleLists, after?: number, modules: ModuleTitles = noTitles): Edit {
  return inserted(plan, moduleBlock(mod), `«${mod.title}»`, after, modules);
}

export function addBreak(plan: Plan, after?: number, modules: ModuleTitles = noTitles): Edit {
  return inserted(plan, { type: 'break', label: DEFAULT_LABELS.break, minutes: DEFAULT_BREAK_MINUTES }, 'giải lao', after, modules);
}

/** A part of the course that is not a lesson (khai giảng, ôn tập, kiểm tra, bế giảng), with its usual minutes. */
export function addEvent(plan: Plan, event: EventKind, after?: number, modules: ModuleTitles = noTitles): Edit {
  const label = EVENT_LABELS[event];
  return inserted(plan, { type: 'event', event, label, minutes: DEFAULT_EVENT_MINUTES[event] }, label.toLowerCase(), after, modules);
}

/**
 * A new session named after its place (the plan's start is session 1, so the
 * first added is "Buổi 2"), starting after what comes before it has ended
 * (nextSessionStart), not at a fixed hour that may overlap it.
 */
export function addSession(plan: Plan, after?: number, modules: ModuleTitles = noTitles): Edit {
  const sessions = plan.blocks.filter((b) => b.type === 'session').length;
  const before = after === undefined ? plan : { ...plan, blocks: plan.blocks.slice(0, after + 1) };
  return inserted(plan, { type: 'session', label: `Buổi ${sessions + 2}`, start: nextSessionStart(before, DEFAULT_SESSION_START) }, 'buổi học mới', after, modules);
}

/** Focus stays at the same place (the new last block when the last went), or nowhere when the agenda is empty. */
export function removeBlock(plan: Plan, index: number, modules: ModuleTitles): Edit | undefined {
  const block = plan.blocks[index];
  if (!block) return undefined;
  const blocks = plan.blocks.filter((_, i) => i !== index);
  return {
    plan: { ...plan, blocks },
    structural: true,
    focus: blocks.length ? `b${Math.min(index, blocks.length - 1)}-title` : undefined,
    announce: `Đã bỏ «${blockTitle(block, modules)}» khỏi chương trình.`,
  };
}

/** One place up or down (the buttons); focus follows the button to the block's new place. */
export function moveBlock(plan: Plan, index: number, way: Direction, modules: ModuleTitles): Edit | undefined {
  const block = plan.blocks[index];
  const to = index + direction[way].step;
  if (!block || to < 0 || to >= plan.blocks.length) return undefined;
  return {
    plan: { ...plan, blocks: move(plan.blocks, index, to) },
    structural: true,
    focus: `b${to}-${way}`,
    announce: `Đã chuyển «${blockTitle(block, modules)}» ${direction[way].word}: nay ở vị trí ${to + 1} trên ${plan.blocks.length}.`,
  };
}

/** A block dragged from one place to another; focus goes to its heading. */
export function dropBlock(plan: Plan, from: number, to: number, modules: ModuleTitles): Edit | undefined {
  const block = plan.blocks[from];
  if (!block || to === from || to < 0 || to >= plan.blocks.length) return undefined;
  return {
    plan: { ...plan, blocks: move(plan.blocks, from, to) },
    structural: true,
    focus: `b${to}-title`,
    announce: `Đã chuyển «${blockTitle(block, modules)}» đến vị trí ${to + 1} trên ${plan.blocks.length}.`,
  };
}

const moduleAt = (plan: Plan, index: number): ModuleBlock | undefined => {
  const block = plan.blocks[index];
  return block?.type === 'module' ? block : undefined;
};

/** An activity one place earlier or later in its module's teaching order. */
export function moveActivity(plan: Plan, index: number, kind: ActivityKind, way: Direction, modules: ModuleTitles): Edit | undefined {
  const block = moduleAt(plan, index);
  const from = block ? block.activities.findIndex((a) => a.kind === kind) : -1;
  const to = from + direction[way].step;
  if (!block || from < 0 || to < 0 || to >= block.activities.length) return undefined;
  return {
    plan: withBlock(plan, index, { ...block, activities: move(block.activities, from, to) }),
    structural: true,
    focus: `b${index}-a-${kind}-${way}`,
    announce: `Đã chuyển ${ACTIVITY_LABELS[kind].name} ${direction[way].word}: nay là hoạt động ${to + 1} trên ${block.activities.length} của «${blockTitle(block, modules)}».`,
  };
}

/** Chooses an activity (appended, every item chosen, its default minutes) or drops it. */
export function chooseActivity(plan: Plan, index: number, mod: ModuleLists, kind: ActivityKind, on: boolean): Edit | undefined {
  const block = moduleAt(plan, index);
  if (!block || block.module !== mod.slug) return undefined;
  return {
    plan: withBlock(plan, index, toggleActivity(block, mod, kind, on)),
    structural: true,
    focus: `b${index}-a-${kind}-toggle`,
    announce: `${on ? 'Đã chọn' : 'Đã bỏ'} hoạt động ${ACTIVITY_LABELS[kind].name} của «${mod.title}».`,
  };
}

/** Chooses or drops one item (a provision, question, situation or quiz item) of a chosen activity. */
export function chooseItem(plan: Plan, index: number, kind: ActivityKind, item: number, on: boolean): Edit | undefined {
  const block = moduleAt(plan, index);
  if (!block?.activities.some((a) => a.kind === kind)) return undefined;
  return { plan: withBlock(plan, index, { ...block, activities: block.activities.map((a) => (a.kind === kind ? toggleItem(a, item, on) : a)) }) };
}

/** The fewest minutes a typed activity or break may have: a part of zero minutes is one to drop, not to keep. */
export const MIN_TYPED_MINUTES = 1;

/** Typed minutes, or the message for beside the field naming the value the plan keeps. */
function minutesOf(typed: string, kept: number): { ok: true; value: number } | Refused {
  const parsed = parseWholeInput(typed, MIN_TYPED_MINUTES, MAX_MINUTES);
  return parsed.ok ? parsed : { refused: `Số phút phải là số nguyên từ ${MIN_TYPED_MINUTES} đến ${MAX_MINUTES}. Kế hoạch vẫn dùng ${kept} phút.` };
}

export function setActivityMinutes(plan: Plan, index: number, kind: ActivityKind, typed: string): Edit | Refused | undefined {
  const block = moduleAt(plan, index);
  const activity = block?.activities.find((a) => a.kind === kind);
  if (!block || !activity) return undefined;
  const parsed = minutesOf(typed, activity.minutes);
  if ('refused' in parsed) return parsed;
  return { plan: withBlock(plan, index, { ...block, activities: block.activities.map((a) => (a.kind === kind ? { ...a, minutes: parsed.value } : a)) }) };
}

/** The minutes of a break or of a non-lesson part. */
export function setBreakMinutes(plan: Plan, index: number, typed: string): Edit | Refused | undefined {
  const block = plan.blocks[index];
  if (block?.type !== 'break' && block?.type !== 'event') return undefined;
  const parsed = minutesOf(typed, block.minutes);
  if ('refused' in parsed) return parsed;
  return { plan: withBlock(plan, index, { ...block, minutes: parsed.value }) };
}

/**
 * A typed time of day as "HH:MM", 24-hour: "13:30", "7:30", "13.30", "13h30",
 * "13h" and "1330" all read as such (a phone's numeric keypad may have no
 * colon); null for anything else, AM/PM included.
 */
export function readClock(typed: string): string | null {
  const t = typed.trim().toLowerCase();
  const m = /^(\d{1,2})(?:[:.h](\d{2})?)?$/.exec(t) ?? /^(\d{1,2})(\d{2})$/.exec(t);
  if (!m) return null;
  const text = `${m[1]!.padStart(2, '0')}:${m[2] ?? '00'}`;
  return parseClock(text) === null ? null : text;
}

const clockRefused = (example: string, kept: string): Refused => ({ refused: `Hãy nhập giờ dạng 24 giờ (giờ:phút), ví dụ ${example}. Kế hoạch vẫn dùng giờ ${kept}.` });

/**
 * A typed date as the plan stores it (ISO), from "14/3/2025" or "14/03/2025"
 * (day first, as Vietnamese write it; "." or "-" also separate) or an ISO
 * date; '' for an empty field; null for anything else or a day the calendar lacks.
 */
export function readDate(typed: string): string | null {
  const t = typed.trim();
  if (!t) return '';
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = vn ? `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}` : t;
  return isRealDate(iso) ? iso : null;
}

/** How the date field shows the plan's ISO date: as Vietnamese write dates ("14/03/2025"). */
export const showDate = (iso: string): string => (iso && isRealDate(iso) ? formatDate(iso) : '');

/** A break's or session's name. An emptied one is saved as the default name, and the note says so. */
export function setLabel(plan: Plan, index: number, typed: string): Edit | undefined {
  const block = plan.blocks[index];
  if (!block || block.type === 'module') return undefined;
  const text = typed.normalize('NFC');
  const fallback = block.type === 'event' ? EVENT_LABELS[block.event] : DEFAULT_LABELS[block.type];
  const empty = !text.trim();
  return {
    plan: withBlock(plan, index, { ...block, label: empty ? fallback : text }),
    note: empty ? `Tên để trống nên kế hoạch dùng tên «${fallback}».` : undefined,
  };
}

export function setSessionStart(plan: Plan, index: number, typed: string): Edit | Refused | undefined {
  const block = plan.blocks[index];
  if (block?.type !== 'session') return undefined;
  const start = readClock(typed);
  if (start === null) return clockRefused(DEFAULT_SESSION_START, block.start);
  return { plan: withBlock(plan, index, { ...block, start }) };
}

/** The class's particulars, by the form field's name; undefined for a name that is not one. */
export function setClassField(plan: Plan, field: string, typed: string): Edit | Refused | undefined {
  switch (field) {
    case 'planned': {
      const { min, max } = PLAN_LIMITS.planned;
      const parsed = parseWholeInput(typed, min, max);
      return parsed.ok ? { plan: { ...plan, planned: parsed.value } } : { refused: `Thời lượng dự kiến phải là số nguyên từ ${min} đến ${max}. Kế hoạch vẫn dùng ${formatTeachingTime(plan.planned)}.` };
    }
    case 'start': {
      const start = readClock(typed);
      return start === null ? clockRefused(DEFAULT_START, plan.start) : { plan: { ...plan, start } };
    }
    case 'date': {
      const date = readDate(typed);
      if (date !== null) return { plan: { ...plan, date } };
      return { refused: `Hãy nhập ngày dạng ngày/tháng/năm, ví dụ 14/03/2025. ${plan.date ? `Kế hoạch vẫn dùng ngày ${showDate(plan.date)}.` : 'Kế hoạch chưa ghi ngày.'}` };
    }
    case 'title':
    case 'place':
    case 'audience':
    case 'instructor':
    case 'department':
    case 'notes':
      return { plan: { ...plan, [field]: typed.normalize('NFC') } };
    default:
      return undefined;
  }
}
