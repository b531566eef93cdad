/**
 * The agenda as controls: each block with its move and remove buttons, its
 * fields, and a module's activities and items. Drawn whole after a
 * structural change; the times and totals in it are filled by refresh().
 * Every control that can keep focus has a data-key, stable across redraws.
 */
import type { Catalog, CatalogModule } from '../../lib/plan-catalog';
import { ACTIVITY_KINDS, MAX_MINUTES, PLAN_LIMITS, type Activity, type ActivityKind, type Block, type BreakBlock, type EventBlock, type ModuleBlock, type Plan, type SessionBlock } from '../../lib/plan';
import { blockTitle } from '../../lib/plan-views';
import { $, h } from '../dom';
import { ACTIVITY_LABELS } from '../../ui/builder';

type Modules = ReadonlyMap<string, CatalogModule>;

/** Which item lists are open, so a redraw keeps them open. */
const openLists = new Set<string>();

/**
 * Blocks folded to their one-line overview. Kept by the block object itself:
 * a move keeps the object (so a folded block stays folded at its new place),
 * and a folded block has no fields to edit it by.
 */
const folded = new WeakSet<Block>();

export function isFolded(block: Block): boolean {
  return folded.has(block);
}

/** Folds or unfolds one block in place, without a redraw (focus stays on its toggle). */
export function setFolded(block: Block, index: number, fold: boolean): void {
  if (fold) folded.add(block);
  else folded.delete(block);
  const li = $('#agenda').querySelector<HTMLElement>(`li[data-index="${index}"]`);
  if (!li) return;
  li.classList.toggle('block--folded', fold);
  li.querySelector('[data-act="fold"]')?.setAttribute('aria-expanded', String(!fold));
  const body = li.querySelector<HTMLElement>('.block__body');
  if (body) body.hidden = fold;
}

/** Remembers whether an item list is open (its toggle event). */
export function rememberOpen(details: HTMLDetailsElement): void {
  const key = details.dataset.list;
  if (key) (details.open ? openLists.add(key) : openLists.delete(key));
}

export function renderAgenda(plan: Plan, catalog: Catalog, modules: Modules): void {
  const count = plan.blocks.length;
  $('#agenda').replaceChildren(...plan.blocks.map((block, index) => renderBlock(block, index, count, catalog, modules)));
  $('#agenda-empty').hidden = count > 0;
}

/** "(2/4)": items chosen of those the module has. */
export const itemCount = (activity: Activity, mod: CatalogModule) => `(${activity.items.length}/${mod[activity.kind].length})`;

export function focusKey(key: string): void {
  $('#builder').querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
}

function moveButtons(key: string, name: string, index: number, count: number, act: string) {
  // aria-disabled rather than disabled: the button keeps focus when it reaches an end.
  return [
    h('button', { type: 'button', class: 'tool-button', 'data-act': `${act}-up`, 'data-key': `${key}-up`, 'aria-disabled': index === 0 ? 'true' : null, 'aria-label': `Chuyển ${name} lên` }, '↑ Lên'),
    h('button', { type: 'button', class: 'tool-button', 'data-act': `${act}-down`, 'data-key': `${key}-down`, 'aria-disabled': index === count - 1 ? 'true' : null, 'aria-label': `Chuyển ${name} xuống` }, '↓ Xuống'),
  ];
}

function renderBlock(block: Block, index: number, count: number, catalog: Catalog, modules: Modules): HTMLElement {
  const key = `b${index}`;
  const title = blockTitle(block, modules);
  const fold = folded.has(block);
  const kindLabel = block.type === 'module' ? 'Bài học' : block.type === 'break' ? 'Giải lao' : block.type === 'event' ? 'Ngoài bài học' : 'Buổi học';
  const head = h(
    'div',
    { class: 'block__head' },
    h('span', { class: 'drag-handle', draggable: 'true', 'data-drag': String(index), title: 'Kéo để đổi chỗ', 'aria-hidden': 'true' }, '⠿'),
    h('span', { class: 'block__time', 'data-time': String(index) }),
    // "Vị trí 3": the block's place in this plan, so it is never read as a lesson's own number ("Mục 1").
    h('h3', { class: 'block__title', id: `${key}-title`, tabindex: '-1', 'data-key': `${key}-title` }, h('span', { class: 'block__kind' }, `Vị trí ${index + 1} · ${kindLabel}: `), title),
    block.type === 'session' ? null : h('span', { class: 'block__minutes', 'data-minutes': String(index) }),
  );
  const tools = h(
    'div',
    { class: 'block__tools', role: 'group', 'aria-label': `Sắp xếp, thu gọn mục «${title}»` },
    moveButtons(key, `«${title}»`, index, count, 'block'),
    h('button', { type: 'button', class: 'tool-button tool-button--danger', 'data-act': 'remove', 'data-key': `${key}-remove`, 'aria-label': `Bỏ «${title}» khỏi chương trình` }, 'Bỏ'),
    // One name whether open or folded; aria-expanded says which.
    h(
      'button',
      { type: 'button', class: 'tool-button fold-toggle', 'data-act': 'fold', 'data-key': `${key}-fold`, 'aria-expanded': String(!fold), 'aria-controls': `${key}-body` },
      h('span', { class: 'visually-hidden' }, `Chi tiết «${title}»`),
      h('span', { 'aria-hidden': 'true' }, 'Chi tiết'),
    ),
  );
  const body =
    block.type === 'module' ? renderActivities(block, index, title, catalog, modules) : block.type === 'session' ? renderSession(block, key) : renderBreak(block, key);
  // Timing problems (plan-timing.ts) are written here by refresh(): beside the block, announced as they appear.
  const problems = h('div', { class: 'block__problems', 'data-problems': String(index), role: 'alert' });
  return h(
    'li',
    { class: `block block--${block.type}${fold ? ' block--folded' : ''}`, 'data-index': String(index), 'aria-labelledby': `${key}-title` },
    head,
    problems,
    // The move buttons stay when folded: the folded overview is where a long agenda is reordered.
    tools,
    h('div', { class: 'block__body', id: `${key}-body`, hidden: fold }, body),
  );
}

/** The name of a block that is not a lesson, as the 'label' edit reads it. */
function nameField(key: string, label: string, value: string) {
  return [
    h('label', { for: `${key}-label` }, label),
    h('input', { id: `${key}-label`, type: 'text', value, 'data-act': 'label', maxlength: String(PLAN_LIMITS.text) }),
  ];
}

/** A break, or a non-lesson part of the course: a name and its minutes. */
function renderBreak(block: BreakBlock | EventBlock, key: string) {
  return h(
    'div',
    { class: 'block__fields' },
    nameField(key, 'Tên', block.label),
    h('label', { for: `${key}-minutes` }, 'Số phút'),
    minutesInput(`${key}-minutes`, block.minutes, 'break-minutes'),
  );
}

/**
 * Minutes as text with a numeric keypad: a number input would show the
 * browser's own (English) messages; ours says what is wrong and what is kept.
 */
function minutesInput(id: string, minutes: number, act: string) {
  return h('input', { id, type: 'text', class: 'minutes-input', inputmode: 'numeric', autocomplete: 'off', maxlength: String(String(MAX_MINUTES).length + 2), value: String(minutes), 'data-act': act });
}

function renderSession(block: SessionBlock, key: string) {
  return h(
    'div',
    { class: 'block__fields' },
    nameField(key, 'Tên buổi', block.label),
    h('label', { for: `${key}-start` }, 'Bắt đầu lúc'),
    // Text, not type=time: a time input shows AM/PM in an English-language browser; timetables here are 24-hour.
    h('input', { id: `${key}-start`, type: 'text', class: 'clock-input', inputmode: 'numeric', autocomplete: 'off', placeholder: 'giờ:phút', value: block.start, 'data-act': 'session-start' }),
  );
}

function itemLabel(mod: CatalogModule, kind: ActivityKind, i: number, catalog: Catalog): string {
  if (kind === 'provisions') {
    const ref = mod.provisions[i] ?? '';
    return catalog.provisions[ref]?.label ?? ref;
  }
  if (kind === 'situations') return mod.situations[i]?.title ?? '';
  if (kind === 'quiz') return mod.quiz[i]?.question ?? '';
  return mod.discussion[i] ?? '';
}

function renderActivities(block: ModuleBlock, index: number, title: string, catalog: Catalog, modules: Modules) {
  const mod = modules.get(block.module);
  if (!mod) return h('p', {}, 'Bài học không còn trong danh mục.');
  const chosen = block.activities;
  const others = ACTIVITY_KINDS.filter((k) => !chosen.some((a) => a.kind === k));
  return h(
    'fieldset',
    { class: 'activities' },
    h('legend', {}, 'Hoạt động', h('span', { class: 'visually-hidden' }, ` của «${title}»`)),
    h(
      'ul',
      { class: 'activity-list' },
      chosen.map((activity, i) => renderActivity(mod, index, activity, i, chosen.length, title, catalog)),
      others.map((kind) => renderOffActivity(index, kind)),
    ),
  );
}

function renderOffActivity(index: number, kind: ActivityKind) {
  const id = `b${index}-${kind}`;
  return h(
    'li',
    { class: 'activity activity--off', 'data-kind': kind },
    h(
      'div',
      { class: 'activity__main' },
      h('input', { type: 'checkbox', id, 'data-act': 'toggle-activity', 'data-key': `b${index}-a-${kind}-toggle` }),
      h('label', { for: id }, ACTIVITY_LABELS[kind].name, h('span', { class: 'activity__hint' }, ' (chưa chọn)')),
    ),
  );
}

function renderActivity(mod: CatalogModule, index: number, activity: Activity, position: number, count: number, title: string, catalog: Catalog) {
  const { kind } = activity;
  const id = `b${index}-${kind}`;
  const label = ACTIVITY_LABELS[kind];
  const listKey = `${mod.slug}-${kind}`;
  return h(
    'li',
    { class: 'activity', 'data-kind': kind },
    h(
      'div',
      { class: 'activity__main' },
      h('input', { type: 'checkbox', id, checked: true, 'data-act': 'toggle-activity', 'data-key': `b${index}-a-${kind}-toggle` }),
      h('label', { for: id }, label.name),
      h('span', { class: 'activity__time', 'data-time': `${index}-${kind}` }),
    ),
    h(
      'div',
      { class: 'activity__controls' },
      h('label', { for: `${id}-minutes` }, 'Số phút'),
      minutesInput(`${id}-minutes`, activity.minutes, 'minutes'),
      moveButtons(`b${index}-a-${kind}`, `hoạt động ${label.name} của «${title}»`, position, count, 'activity'),
    ),
    h(
      'details',
      { class: 'items', 'data-list': listKey, open: openLists.has(listKey) },
      h('summary', {}, `${label.pick} `, h('span', { 'data-count': `${index}-${kind}` }, itemCount(activity, mod))),
      h(
        'ul',
        { class: 'item-list' },
        mod[kind].map((_, i) =>
          h(
            'li',
            {},
            h('input', { type: 'checkbox', id: `${id}-${i}`, checked: activity.items.includes(i), 'data-act': 'item', 'data-item': String(i) }),
            h('label', { for: `${id}-${i}` }, itemLabel(mod, kind, i, catalog)),
          ),
        ),
      ),
    ),
  );
}
