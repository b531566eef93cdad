/**
 * The agenda's controls, by event delegation on the list (it is redrawn
 * whole): each event names a block by data-index, an activity by data-kind,
 * and becomes one edit from plan-edits.ts.
 */
import { chooseActivity, chooseItem, moveActivity, moveBlock, removeBlock, setActivityMinutes, setBreakMinutes, setLabel, setSessionStart } from '../../lib/plan-edits';
import type { ActivityKind } from '../../lib/plan';
import { $ } from '../dom';
import { itemCount, rememberOpen } from './render-agenda';
import { setText } from './refresh';
import { commit, commitTyped, state } from './state';

const indexOf = (el: HTMLElement) => Number(el.closest<HTMLElement>('[data-index]')?.dataset.index);
const kindOf = (el: HTMLElement) => el.closest<HTMLElement>('[data-kind]')?.dataset.kind as ActivityKind | undefined;

export function wireAgenda(): void {
  const list = $('#agenda');
  list.addEventListener('click', onClick);
  list.addEventListener('input', onInput);
  list.addEventListener('change', onChange);
  // toggle does not bubble: caught on the way down.
  list.addEventListener('toggle', (e) => rememberOpen(e.target as HTMLDetailsElement), true);
}

function onClick(e: Event) {
  const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-act]');
  if (!button || button.getAttribute('aria-disabled') === 'true') return;
  const index = indexOf(button);
  const { plan, modules } = state;
  const act = button.dataset.act;
  const kind = kindOf(button);
  const edit =
    act === 'block-up' || act === 'block-down'
      ? moveBlock(plan, index, act === 'block-up' ? 'up' : 'down', modules)
      : act === 'remove'
        ? removeBlock(plan, index, modules)
        : (act === 'activity-up' || act === 'activity-down') && kind
          ? moveActivity(plan, index, kind, act === 'activity-up' ? 'up' : 'down', modules)
          : undefined;
  if (!edit) return;
  commit(edit);
  // The last block went: nothing of the agenda is left to hold focus.
  if (act === 'remove' && !edit.focus) $('#agenda-title').focus();
}

function onInput(e: Event) {
  const input = e.target as HTMLInputElement;
  const index = indexOf(input);
  const { plan } = state;
  const act = input.dataset.act;
  const kind = kindOf(input);
  if (act === 'minutes' && kind) commitTyped(input, setActivityMinutes(plan, index, kind, input.value));
  else if (act === 'break-minutes') commitTyped(input, setBreakMinutes(plan, index, input.value));
  else if (act === 'session-start') {
    // Saved as soon as it reads as a time; a half-typed one gets its message on leaving the field (onChange).
    const result = setSessionStart(plan, index, input.value);
    if (result && !('refused' in result)) commitTyped(input, result);
  }
  else if (act === 'label') {
    const edit = setLabel(plan, index, input.value);
    commitTyped(input, edit);
    // The agenda is not redrawn while typing (focus stays in the field): the heading shows the saved name.
    const block = edit?.plan.blocks[index];
    const heading = $('#builder').querySelector(`#b${index}-title`);
    if (block && block.type !== 'module' && heading?.lastChild) heading.lastChild.textContent = block.label;
  }
}

function onChange(e: Event) {
  const input = e.target as HTMLInputElement;
  const index = indexOf(input);
  if (input.dataset.act === 'session-start') {
    commitTyped(input, setSessionStart(state.plan, index, input.value));
    const saved = state.plan.blocks[index];
    // "7h30" is kept as "07:30": the field shows what the plan holds, unless what was typed is refused.
    if (saved?.type === 'session' && input.getAttribute('aria-invalid') !== 'true') input.value = saved.start;
    return;
  }
  const block = state.plan.blocks[index];
  const mod = block?.type === 'module' ? state.modules.get(block.module) : undefined;
  const kind = kindOf(input);
  if (!mod || !kind) return;
  if (input.dataset.act === 'toggle-activity') {
    const edit = chooseActivity(state.plan, index, mod, kind, input.checked);
    if (edit) commit(edit);
  } else if (input.dataset.act === 'item') {
    const edit = chooseItem(state.plan, index, kind, Number(input.dataset.item), input.checked);
    if (!edit) return;
    commit(edit);
    const next = edit.plan.blocks[index];
    const activity = next?.type === 'module' ? next.activities.find((a) => a.kind === kind) : undefined;
    if (activity) setText(`[data-count="${index}-${kind}"]`, itemCount(activity, mod));
  }
}
