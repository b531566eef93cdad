/**
 * Plans coming in: a share link's fragment (on load or by hashchange) or a
 * file opened. One the same as the plan being edited is only reported; into
 * an empty builder it is taken at once; otherwise the instructor chooses in
 * the #incoming panel, so a link never silently replaces saved work.
 */
import { decodeShare, isShareFragment, parseFile, serializeFile, type Decoded } from '../../lib/plan-codec';
import { budget, isEmptyPlan, samePlan, type Plan } from '../../lib/plan';
import { slugify } from '../../lib/slug';
import { $, h } from '../dom';
import { download } from '../download';
import { UNTITLED } from '../../ui/builder';
import { fillForm } from './class-form';
import { notify, say } from './messages';
import { commit, state } from './state';

/** Offered by a link or a file, waiting for the instructor to choose. */
let pending: Plan | undefined;

/** Larger than any plan the builder writes: not read, so a wrong file cannot stall the page. */
const MAX_FILE_BYTES = 2_000_000;

export async function readFragment(): Promise<void> {
  const fragment = location.hash;
  if (!isShareFragment(fragment)) return;
  // The plan is taken (or declined) now; a reload must not offer it again.
  history.replaceState(null, '', location.pathname + location.search);
  offer(await decodeShare(fragment, state.catalog), 'link');
}

export function offer(decoded: Decoded, source: 'link' | 'file'): void {
  const from = source === 'link' ? 'Liên kết chia sẻ' : 'Tệp kế hoạch';
  if (!decoded.ok) {
    notify('error', `${from}: ${decoded.error} Kế hoạch đang soạn trong trình duyệt vẫn giữ nguyên.`);
    return;
  }
  const plan = state.plan;
  const notes = [...(decoded.migratedFrom !== undefined ? [`Kế hoạch được tạo bởi phiên bản ${decoded.migratedFrom} của công cụ và đã được chuyển sang phiên bản hiện tại.`] : []), ...decoded.problems];
  if (samePlan(decoded.plan, plan)) {
    // A link whose every field was unusable repairs to the empty plan: that is not "the same plan".
    notify('info', decoded.problems.length && isEmptyPlan(decoded.plan) ? `${from} không chứa mục nào dùng được.` : `${from} chứa đúng kế hoạch đang soạn.`, notes);
    return;
  }
  if (isEmptyPlan(plan)) {
    adopt(decoded.plan, `Đã mở kế hoạch «${decoded.plan.title || UNTITLED}» từ ${source === 'link' ? 'liên kết' : 'tệp'}.`, notes);
    return;
  }
  pending = decoded.plan;
  $('#incoming-text').textContent =
    `${from} chứa kế hoạch «${decoded.plan.title || UNTITLED}» (${describe(decoded.plan)}). ` +
    `Trình duyệt đang lưu kế hoạch «${plan.title || UNTITLED}» (${describe(plan)}). Mở kế hoạch mới sẽ thay kế hoạch đang lưu; hãy chọn.`;
  $('#incoming-problems').replaceChildren(...notes.map((p) => h('li', {}, p)));
  $('#incoming').hidden = false;
  $('#incoming-title').focus();
}

function describe(p: Plan) {
  const count = p.blocks.filter((b) => b.type === 'module').length;
  return `${count} bài học, ${budget(p).total} phút`;
}

/** Replaces the plan being edited (and saves it), then says so. */
export function adopt(next: Plan, message: string, notes: string[] = []): void {
  commit({ plan: next, structural: true });
  fillForm(state.plan);
  notify('info', message, notes);
  $('#agenda-title').focus();
}

function closeIncoming() {
  pending = undefined;
  $('#incoming').hidden = true;
  $('#agenda-title').focus();
}

/** The plan being edited as a file, named after its title. */
export function downloadPlan(): void {
  download(`ke-hoach-${slugify(state.plan.title) || 'bai-giang'}.json`, serializeFile(state.plan));
}

export function wireIncoming(): void {
  $('#incoming-replace').addEventListener('click', () => {
    if (!pending) return;
    const next = pending;
    closeIncoming();
    adopt(next, `Đã mở kế hoạch «${next.title || UNTITLED}» thay cho kế hoạch trước.`);
  });
  $('#incoming-keep').addEventListener('click', () => {
    closeIncoming();
    say('Đã giữ kế hoạch đang soạn.');
  });
  $('#incoming-save-current').addEventListener('click', () => {
    downloadPlan();
    say('Đã lưu kế hoạch đang soạn ra tệp.');
  });
  $('#open-file').addEventListener('change', async (e) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return notify('error', 'Tệp kế hoạch: tệp quá lớn, không phải tệp kế hoạch. Kế hoạch đang soạn trong trình duyệt vẫn giữ nguyên.');
    offer(parseFile(await file.text(), state.catalog), 'file');
  });
  window.addEventListener('hashchange', readFragment);
}
