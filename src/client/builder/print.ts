/**
 * The print views (/giang-vien/in/?ban=…). They show the plan in a share
 * link's fragment when there is one (a ready-made plan, a colleague's link),
 * otherwise the plan saved in this browser. They never write to storage.
 * Each printed page carries the view's name and the class (running header)
 * and «Trang N/M»; the lesson plan carries a QR code of the plan's share link.
 */
import { decodeShare, encodeShare, isShareFragment, type Decoded } from '../../lib/plan-codec';
import { builderLink } from '../../lib/paths';
import { fullAddress, qrElement, setRunningHeader } from '../paper';
import { CatalogUnavailable, loadCatalog } from './catalog';
import { $, h } from '../dom';
import { UNTITLED, VIEWS, type ViewName } from '../../ui/builder';
import { BUILDER_PATH, printPath } from '../../lib/paths';
import { loadSaved } from './storage';
import { renderView } from './views';

main().catch((error: unknown) => {
  console.error(error);
  fail(
    error instanceof CatalogUnavailable
      ? 'Không tải được danh mục bài học. Hãy kiểm tra kết nối mạng rồi tải lại trang.'
      : 'Trang in gặp lỗi nên chưa hiện được tài liệu. Kế hoạch đã lưu trong trình duyệt vẫn giữ nguyên.',
  );
});

function fail(text: string, ...extra: HTMLElement[]) {
  $('#print-nojs').hidden = true;
  $('#print-root').hidden = false;
  $('#print-view').replaceChildren(h('h1', {}, 'In tài liệu lớp học'), h('div', { class: 'builder-message builder-message--error', role: 'alert' }, h('p', {}, text), extra));
}

async function main() {
  const param = new URLSearchParams(location.search).get('ban') ?? 'giao-an';
  // Object.hasOwn: ?ban=toString or ?ban=__proto__ must not reach the prototype.
  const view: ViewName = Object.hasOwn(VIEWS, param) ? (param as ViewName) : 'giao-an';
  const catalog = await loadCatalog();
  const incoming = isShareFragment(location.hash) ? location.hash.slice(1) : '';
  $('#print-button').addEventListener('click', () => window.print());

  let decoded: Decoded;
  if (incoming) decoded = await decodeShare(incoming, catalog);
  else {
    const saved = loadSaved(catalog, { readOnly: true });
    if (saved.status === 'none') return fail('Trình duyệt này chưa lưu kế hoạch nào.', h('a', { href: BUILDER_PATH }, 'Soạn một kế hoạch'));
    decoded = saved.status === 'ok' ? saved.decoded : { ok: false as const, error: saved.error };
  }
  if (!decoded.ok) return fail(decoded.error, h('a', { href: BUILDER_PATH }, 'Về công cụ soạn bài'));
  const plan = decoded.plan;
  // The plan as a link in today's form (a v1 link is rewritten shorter; a repaired plan as printed).
  const fragment = await encodeShare(plan, catalog);

  // The tabs keep the same source: the link's plan (so a tab's address, sent on, opens it), or the saved one.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-print-view]')) {
    const target = link.dataset.printView as ViewName;
    link.href = printPath(target, incoming ? fragment : '');
    if (target === view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (incoming) ($('#print-back') as HTMLAnchorElement).href = builderLink(fragment);

  $('#print-nojs').hidden = true;
  $('#print-root').hidden = false;
  const notes = decoded.problems.length
    ? h('div', { class: 'builder-message builder-message--info no-print', role: 'status' }, h('p', {}, 'Một số mục của kế hoạch không còn dùng được nên không in:'), h('ul', {}, decoded.problems.map((p) => h('li', {}, p))))
    : null;
  const title = plan.title || UNTITLED;
  $('#print-view').replaceChildren(...(notes ? [notes] : []), renderView(view, plan, catalog));
  document.title = `${VIEWS[view]}: ${title} | Học liệu QCDC`;
  setRunningHeader(`${VIEWS[view]} — ${title}`, 'Học liệu QCDC — Hải Phòng');
  const address = fullAddress(builderLink(fragment));
  for (const slot of document.querySelectorAll('[data-plan-qr]')) slot.replaceWith(await qrElement(address, `Mã QR mở kế hoạch «${title}» trong công cụ soạn bài`));
}
