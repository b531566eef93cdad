/**
 * The plan being edited and the one way it changes: commit(), which saves it
 * in this browser, draws again what depends on it, then moves focus and
 * announces as the edit says. Nothing here touches the page until called.
 */
import { moduleIndex, type Catalog, type CatalogModule } from '../../lib/plan-catalog';
import { emptyPlan, type Plan } from '../../lib/plan';
import type { Edit, Refused } from '../../lib/plan-edits';
import { h } from '../dom';
import { download } from '../download';
import { fieldError, notify, say } from './messages';
import { focusKey, renderAgenda } from './render-agenda';
import { renderCatalog } from './render-catalog';
import { refresh } from './refresh';
import { loadSaved, readSetAside, save, setAside } from './storage';

interface State {
  plan: Plan;
  catalog: Catalog;
  modules: Map<string, CatalogModule>;
}

const current: State = { plan: emptyPlan(), catalog: { version: 0, modules: [], testBank: [], provisions: {} }, modules: new Map() };
/** Read anywhere; changed only here. */
export const state: Readonly<State> = current;
let saveFailed = false;

/** Takes the catalogue and the plan saved in this browser, saying what could not be used of it. */
export function restore(catalog: Catalog): void {
  current.catalog = catalog;
  current.modules = moduleIndex(catalog);
  const saved = loadSaved(catalog);
  if (saved.status === 'ok') {
    current.plan = saved.decoded.plan;
    // The next change would save the plan without what could not be used: the original is kept aside first.
    if (saved.decoded.problems.length) {
      const key = setAside(saved.text);
      notify(
        'info',
        `Kế hoạch đang lưu trong trình duyệt có mục không còn dùng được (nội dung trang đã thay đổi):`,
        [...saved.decoded.problems, key ? 'Bản gốc đầy đủ đã được giữ riêng; có thể tải về để đối chiếu.' : 'Không giữ riêng được bản gốc (bộ nhớ trình duyệt bị chặn); hãy lưu kế hoạch ra tệp.'],
        key ? downloadSetAsideButton(key) : undefined,
      );
    }
  } else if (saved.status === 'broken') {
    notify(
      'error',
      `Kế hoạch lưu trong trình duyệt không đọc được: ${saved.error} ${saved.setAside ? 'Bản đó đã được giữ riêng; có thể tải về để kiểm tra.' : 'Không giữ riêng được bản đó (bộ nhớ trình duyệt bị chặn).'}`,
      [],
      saved.setAside ? downloadSetAsideButton(saved.setAside) : undefined,
    );
  }
}

function downloadSetAsideButton(key: string): HTMLElement {
  const button = h('button', { type: 'button', class: 'tool-button' }, 'Tải bản đã giữ riêng về máy');
  button.addEventListener('click', () => download('ke-hoach-da-giu-rieng.json', readSetAside(key)));
  return button;
}

/** The agenda, the catalogue and everything derived, from the current plan. */
export function draw(): void {
  renderAgenda(current.plan, current.catalog, current.modules);
  renderCatalog(current.plan, current.catalog);
  refresh(current.plan, current.catalog);
}

export function commit(edit: Edit): void {
  current.plan = edit.plan;
  if (!save(current.plan)) {
    if (!saveFailed) notify('error', 'Trình duyệt không cho lưu kế hoạch (bộ nhớ đầy hoặc bị chặn). Hãy lưu kế hoạch ra tệp để khỏi mất.');
    saveFailed = true;
  } else saveFailed = false;
  if (edit.structural) draw();
  else refresh(current.plan, current.catalog);
  if (edit.focus) focusKey(edit.focus);
  if (edit.announce) say(edit.announce);
}

/**
 * A value typed into a field: saved, with the field's note cleared (or set to
 * the edit's note), or refused, with the reason beside the field.
 */
export function commitTyped(input: HTMLInputElement | HTMLTextAreaElement, result: Edit | Refused | undefined): void {
  if (!result) return;
  if ('refused' in result) return fieldError(input, result.refused);
  fieldError(input, result.note ?? null, 'info');
  commit(result);
}

/** A plan saved by another tab: shown, not saved again. */
export function take(plan: Plan): void {
  current.plan = plan;
  draw();
}
