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
  moduleBlock,
  move,
  parseClockInput,
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
import { blockTitle, type ModuleTitles } from './plan-views';
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
}

/** A typed value that cannot be saved: the message to show beside its field. The plan is left as it was. */
export interface Refused {
  refused: string;
}

export type Direction = 'up' | 'down';

const direction = { up: { step: -1, word: 'lên' }, down: { step: 1, word: 'xuống' } } as const;

const withBlock = (plan: Plan, index: number, block: Block): Plan => ({ ...plan, blocks: plan.blocks.map((b, i) => (i === index ? block : b)) });

const appended = (plan: Plan, block: Block, announce: string): Edit => ({
  plan: { ...plan, blocks: [...plan.blocks, block] },
  structural: true,
  focus: `b${plan.blocks.length}-title`,
  announce,
});

/** The module at the end of the agenda, every activity and item chosen. */
export function addModule(plan: Plan, mod: ModuleLists): Edit {
  return appended(plan, moduleBlock(mod), `Đã thêm «${mod.title}» vào cuối chương trình, mục ${plan.blocks.length + 1}.`);
}

export function addBreak(plan: Plan): Edit {
  return appended(plan, { type: 'break', label: DEFAULT_LABELS.break, minutes: DEFAULT_BREAK_MINUTES }, `Đã thêm giải lao, mục ${plan.blocks.length + 1}.`);
}

/** A part of the course that is not a lesson (khai giảng, ôn tập, kiểm tra, bế giảng), at the end, with its usual minutes. */
export function addEvent(plan: Plan, event: EventKind): Edit {
  const label = EVENT_LABELS[event];
  return appended(plan, { type: 'event', event, label, minutes: DEFAULT_EVENT_MINUTES[event] }, `Đã thêm ${label.toLowerCase()}, mục ${plan.blocks.length + 1}.`);
}

/** A new session named after its place: the plan's start is session 1, so the first added is "Buổi 2". */
export function addSession(plan: Plan): Edit {
  const sessions = plan.blocks.filter((b) => b.type === 'session').length;
  return appended(plan, { type: 'session', label: `Buổi ${sessions + 2}`, start: DEFAULT_SESSION_START }, `Đã thêm buổi học mới, mục ${plan.blocks.length + 1}.`);
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
    announce: `Đã chuyển «${blockTitle(block, modules)}» ${direction[way].word}: nay là mục ${to + 1} trên ${plan.blocks.length}.`,
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
    announce: `Đã chuyển «${blockTitle(block, modules)}» đến mục ${to + 1}.`,
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

const minutesOf = (typed: string) => parseWholeInput(typed, 0, MAX_MINUTES);

export function setActivityMinutes(plan: Plan, index: number, kind: ActivityKind, typed: string): Edit | Refused | undefined {
  const block = moduleAt(plan, index);
  if (!block?.activities.some((a) => a.kind === kind)) return undefined;
  const parsed = minutesOf(typed);
  if (!parsed.ok) return { refused: parsed.error };
  return { plan: withBlock(plan, index, { ...block, activities: block.activities.map((a) => (a.kind === kind ? { ...a, minutes: parsed.value } : a)) }) };
}

/** The minutes of a break or of a non-lesson part. */
export function setBreakMinutes(plan: Plan, index: number, typed: string): Edit | Refused | undefined {
  const block = plan.blocks[index];
  if (block?.type !== 'break' && block?.type !== 'event') return undefined;
  const parsed = minutesOf(typed);
  if (!parsed.ok) return { refused: parsed.error };
  return { plan: withBlock(plan, index, { ...block, minutes: parsed.value }) };
}

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
  const parsed = parseClockInput(typed, DEFAULT_SESSION_START);
  if (!parsed.ok) return { refused: parsed.error };
  return { plan: withBlock(plan, index, { ...block, start: parsed.value }) };
}

/** The class's particulars, by the form field's name; undefined for a name that is not one. */
export function setClassField(plan: Plan, field: string, typed: string): Edit | Refused | undefined {
  switch (field) {
    case 'planned': {
      const parsed = parseWholeInput(typed, PLAN_LIMITS.planned.min, PLAN_LIMITS.planned.max);
      return parsed.ok ? { plan: { ...plan, planned: parsed.value } } : { refused: parsed.error };
    }
    case 'start': {
      const parsed = parseClockInput(typed, DEFAULT_START);
      return parsed.ok ? { plan: { ...plan, start: parsed.value } } : { refused: parsed.error };
    }
    case 'date':
      // A date input gives "" or an ISO date; anything else is not kept.
      return { plan: { ...plan, date: /^\d{4}-\d{2}-\d{2}$/.test(typed) ? typed : '' } };
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
