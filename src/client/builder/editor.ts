/**
 * The session builder (/giang-vien/soan-bai/): loads the catalogue and the
 * saved plan, then wires the page. Every change is an edit from
 * lib/plan-edits.ts committed through state.ts, which saves the plan in this
 * browser and draws again what depends on it; structural changes redraw the
 * agenda and put focus back on the control that made them, at its new place.
 */
import { parseFile } from '../../lib/plan-codec';
import { emptyPlan, isEmptyPlan, samePlan, type EventKind } from '../../lib/plan';
import { addBreak, addEvent, addModule, addSession } from '../../lib/plan-edits';
import { INSTRUCTORS_PATH, MODULES_PATH } from '../../lib/paths';
import { $, h } from '../dom';
import { wireAgenda } from './agenda-events';
import { CatalogUnavailable, loadCatalog } from './catalog';
import { fillForm, wireClassForm } from './class-form';
import { wireDrag } from './drag';
import { adopt, downloadPlan, readFragment, wireIncoming } from './incoming';
import { say } from './messages';
import { commit, draw, restore, state, take } from './state';
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
  wireClassForm();
  wireCatalog();
  wireAgenda();
  wireDrag();
  wireShare();
  wireIncoming();
  wireOtherTabs();
  fillForm(state.plan);
  draw();
  await readFragment();
}

function wireCatalog() {
  $('#catalog-list').addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-add]');
    const mod = button && state.modules.get(button.dataset.add ?? '');
    if (mod) commit(addModule(state.plan, mod));
  });
  $('#add-break').addEventListener('click', () => commit(addBreak(state.plan)));
  $('#add-session').addEventListener('click', () => commit(addSession(state.plan)));
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-add-event]')) {
    const event = button.dataset.addEvent as EventKind;
    button.addEventListener('click', () => commit(addEvent(state.plan, event)));
  }
}

function wireShare() {
  $('#copy-link').addEventListener('click', async () => {
    const input = $('#share-link') as HTMLInputElement;
    try {
      await navigator.clipboard.writeText(input.value);
      say('Đã sao chép liên kết chia sẻ.');
    } catch {
      input.select();
      say('Không sao chép tự động được: liên kết đã được chọn, hãy nhấn Ctrl+C.');
    }
  });
  $('#save-file').addEventListener('click', () => {
    downloadPlan();
    say('Đã lưu kế hoạch ra tệp.');
  });
  $('#new-plan').addEventListener('click', () => {
    if (isEmptyPlan(state.plan)) return;
    if (!confirm('Xóa kế hoạch đang soạn để bắt đầu kế hoạch mới? Nếu cần giữ lại, hãy chọn «Hủy» rồi lưu kế hoạch ra tệp trước.')) return;
    adopt(emptyPlan(), 'Đã bắt đầu kế hoạch mới.');
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
