/**
 * The session builder (/giang-vien/soan-bai/): loads the catalogue and the
 * saved plan, then wires the page. Every change is an edit from
 * lib/plan-edits.ts committed through state.ts, which saves the plan in this
 * browser and draws again what depends on it; structural changes redraw the
 * agenda and put focus back on the control that made them, at its new place.
 */
import { parseFile } from '../../lib/plan-codec';
import { emptyPlan, isEmptyPlan, samePlan, type EventKind } from '../../lib/plan';
import { addBreak, addEvent, addModule, addSession, setClassField, showDate, type Edit } from '../../lib/plan-edits';
import { INSTRUCTORS_PATH, MODULES_PATH } from '../../lib/paths';
import { copyText } from '../clipboard';
import { $, h } from '../dom';
import { wireAgenda } from './agenda-events';
import { CatalogUnavailable, loadCatalog } from './catalog';
import { fillForm, wireClassForm } from './class-form';
import { wireDrag } from './drag';
import { adopt, downloadPlan, readFragment, wireIncoming } from './incoming';
import { fieldError, say } from './messages';
import { addPosition, followAddition } from './render-catalog';
import { focusKey, isFolded, setFolded } from './render-agenda';
import { commit, commitTyped, draw, restore, state, take } from './state';
import { STORAGE_KEY } from './storage';

init().catch((error: unknown) => {
  // Logged as an error, so a bug is never mistaken for a network failure (and tests see it).
  console.error(error);
  $('#builder-nojs').replaceChildren(
    h('p', {}, error instanceof CatalogUnavailable
      ? 'Không tải được danh mục bài học cho công cụ soạn bài. Hãy kiểm tra kết nối mạng rồi tải lại trang.'
      : 'Công cụ soạn bài gặp lỗi khi mở nên chưa dùng được. Kế hoạch đã lưu trong trình duyệt vẫn giữ nguyên; hãy tải lại trang.'),
    h('p', {}, h('a', { href: MODULES_PATH }, 'Xem các bài học'), ' · ', h('a', { href: INSTRUCTORS_PATH }, 'Kế hoạch mẫu')),
  );
});

async function init() {
  restore(await loadCatalog());
  $('#builder-nojs').hidden = true;
  $('#builder').hidden = false;
  wireTypedClock();
  wireClassForm();
  wireCatalog();
  wireFolding();
  wireGoto();
  wireStickyTotal();
  wireAgenda();
  wireDrag();
  wireShare();
  wireIncoming();
  wireOtherTabs();
  fillForm(state.plan);
  draw();
  await readFragment();
}

/**
 * Adding keeps the reader where they are: focus stays in the catalogue (on the
 * button pressed, or on the module's «Đến bài này» that replaces its «Thêm»),
 * the live region says where the block went, and a button beside the
 * catalogue goes to it. On a phone the agenda is far below; a jump there
 * would have to be scrolled back for every module added.
 */
function added(edit: Edit, name: string, after?: string) {
  const y = window.scrollY;
  commit(edit);
  if (edit.added === undefined) return;
  followAddition(edit.added, edit.plan);
  const status = $('#add-status');
  status.hidden = false;
  status.replaceChildren(
    `${edit.announce ?? ''} `,
    h('button', { type: 'button', class: 'link-button', 'data-goto': String(edit.added) }, `Đến ${name} vừa thêm`),
  );
  if (after) $('#builder').querySelector<HTMLElement>(`[data-key="${CSS.escape(after)}"]`)?.focus({ preventScroll: true });
  // The redraw above the reader's place (the catalogue) may shift the page: put it back.
  if (Math.abs(window.scrollY - y) > 1) window.scrollTo({ top: y, behavior: 'instant' });
}

function wireCatalog() {
  $('#catalog-list').addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-add]');
    const mod = button && state.modules.get(button.dataset.add ?? '');
    if (mod) added(addModule(state.plan, mod, addPosition(), state.modules), 'bài', `goto-${mod.slug}`);
  });
  $('#add-break').addEventListener('click', () => added(addBreak(state.plan, addPosition(), state.modules), 'giải lao'));
  $('#add-session').addEventListener('click', () => added(addSession(state.plan, addPosition(), state.modules), 'buổi'));
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-add-event]')) {
    const event = button.dataset.addEvent as EventKind;
    button.addEventListener('click', () => added(addEvent(state.plan, event, addPosition(), state.modules), 'phần'));
  }
}

/** A block's toggle folds it to its one-line overview; the two buttons above the agenda fold or open every block. */
function wireFolding() {
  $('#agenda').addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-act="fold"]');
    const index = Number(button?.closest<HTMLElement>('[data-index]')?.dataset.index);
    const block = state.plan.blocks[index];
    if (block) setFolded(block, index, !isFolded(block));
  });
  const all = (fold: boolean) => {
    state.plan.blocks.forEach((block, i) => setFolded(block, i, fold));
    say(fold ? 'Đã thu gọn mọi mục: mỗi mục còn một dòng giờ, tên và số phút.' : 'Đã mở rộng mọi mục.');
  };
  $('#fold-all').addEventListener('click', () => all(true));
  $('#unfold-all').addEventListener('click', () => all(false));
}

/** «Đến …» buttons (after adding, in the catalogue, in the timing summary): focus the block's heading, below the sticky total. */
function wireGoto() {
  $('#builder').addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-goto], [data-goto-module]');
    if (!button) return;
    const slug = button.dataset.gotoModule;
    const index = slug !== undefined ? state.plan.blocks.findIndex((b) => b.type === 'module' && b.module === slug) : Number(button.dataset.goto);
    if (index >= 0 && index < state.plan.blocks.length) focusKey(`b${index}-title`);
  });
}

/**
 * The total sticks to the top of the window while the agenda scrolls; the
 * page's scroll padding is set to its height (it changes with the width and
 * the warning's length), so a block scrolled to or focused lands below it.
 */
function wireStickyTotal() {
  const bar = $('#budget');
  const root = document.documentElement;
  new ResizeObserver(() => root.style.setProperty('--budget-height', `${Math.ceil(bar.getBoundingClientRect().height)}px`)).observe(bar);
}

/**
 * The class's date and start are text (a date or time input shows mm/dd/yyyy
 * and AM/PM in an English-language browser). While typing, a value is saved
 * as soon as it reads as a date or a 24-hour time, and nothing is said about a
 * half-typed one; on leaving the field, one that does not read gets its
 * message, and one that does is shown as the plan keeps it ("7h30" → "07:30").
 * Caught on the way down, so the form's own handler does not see these two.
 */
function wireTypedClock() {
  const form = $('#class-info');
  const typed = (input: HTMLInputElement) => (input.name === 'date' || input.name === 'start' ? input : undefined);
  form.addEventListener(
    'input',
    (e) => {
      const input = typed(e.target as HTMLInputElement);
      if (!input) return;
      e.stopPropagation();
      const result = setClassField(state.plan, input.name, input.value);
      if (result && !('refused' in result)) commitTyped(input, result);
    },
    true,
  );
  form.addEventListener('change', (e) => {
    const input = typed(e.target as HTMLInputElement);
    if (!input) return;
    const result = setClassField(state.plan, input.name, input.value);
    if (!result) return;
    if ('refused' in result) return fieldError(input, result.refused);
    commitTyped(input, result);
    input.value = input.name === 'date' ? showDate(state.plan.date) : state.plan.start;
  });
}

function wireShare() {
  $('#copy-link').addEventListener('click', async () => {
    const input = $('#share-link') as HTMLInputElement;
    if (await copyText(input.value)) say('Đã sao chép liên kết chia sẻ.');
    else {
      input.select();
      say('Không sao chép tự động được: liên kết đã được chọn, hãy nhấn Ctrl+C.');
    }
  });
  $('#save-file').addEventListener('click', () => {
    downloadPlan();
    say('Đã lưu kế hoạch ra tệp.');
  });
  // An in-page question rather than confirm(): its buttons are the site's own words, not the browser's (which may say "Cancel").
  const panel = $('#new-plan-confirm');
  const close = () => {
    panel.hidden = true;
    $('#new-plan').focus();
  };
  $('#new-plan').addEventListener('click', () => {
    if (isEmptyPlan(state.plan)) return say('Kế hoạch đang trống; không có gì để xóa.');
    panel.hidden = false;
    $('#new-plan-question').focus();
  });
  $('#new-plan-keep').addEventListener('click', () => {
    close();
    say('Đã giữ kế hoạch đang soạn.');
  });
  $('#new-plan-clear').addEventListener('click', () => {
    panel.hidden = true;
    adopt(emptyPlan(), 'Đã xóa kế hoạch cũ và bắt đầu kế hoạch mới.');
  });
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
}

/** Another tab saved a change: take it, rather than overwrite it with an older copy. */
function wireOtherTabs() {
  window.addEventListener('storage', (e) => {
    if (e.key !== STORAGE_KEY || e.newValue === null) return;
    const decoded = parseFile(e.newValue, state.catalog);
    if (!decoded.ok || samePlan(decoded.plan, state.plan)) return;
    fillForm(decoded.plan);
    take(decoded.plan);
    say('Kế hoạch vừa được sửa ở một thẻ khác; trang đã cập nhật.');
  });
}
