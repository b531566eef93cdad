/**
 * The session builder (/giang-vien/soan-bai/). State is one Plan; every
 * change goes through commit(), which saves it in this browser and refreshes
 * the share link and the totals. Structural changes re-render the agenda and
 * put focus back on the control that made them, at its new place.
 */
import { moduleIndex, type Catalog, type CatalogModule } from '../../lib/plan-catalog';
import { decodeShare, encodeShare, isShareFragment, parseFile, serializeFile, type Decoded } from '../../lib/plan-codec';
import {
  ACTIVITY_KINDS,
  DEFAULT_BREAK_MINUTES,
  DEFAULT_LABELS,
  MAX_MINUTES,
  PLAN_LIMITS,
  parseWholeInput,
  activityMinutes,
  budget,
  emptyPlan,
  formatClock,
  formatDuration,
  isEmptyPlan,
  moduleBlock,
  move,
  parseClock,
  samePlan,
  schedule,
  toggleActivity,
  toggleItem,
  type Activity,
  type ActivityKind,
  type Block,
  type ModuleBlock,
  type Plan,
} from '../../lib/plan';
import { slugify } from '../../lib/slug';
import { CatalogUnavailable, loadCatalog } from './catalog';
import { $, h } from './dom';
import { ACTIVITY_LABELS, UNTITLED } from './labels';
import { STORAGE_KEY, loadSaved, readSetAside, save, setAside } from './storage';

let plan: Plan = emptyPlan();
let catalog: Catalog;
let modules = new Map<string, CatalogModule>();
/** Offered by a link or a file, waiting for the instructor to choose. */
let pending: Plan | undefined;
let saveFailed = false;
/** Which item lists are open, so a re-render keeps them open. */
const openLists = new Set<string>();

const root = $('#builder');
const agendaList = $('#agenda');
const messages = $('#builder-messages');
const announcer = $('#builder-announce');
const form = $('#class-info');

init().catch((error: unknown) => {
  // Logged as an error, so a bug is never mistaken for a network failure (and tests see it).
  console.error(error);
  const fallback = $('#builder-nojs');
  fallback.replaceChildren(
    h('p', {}, error instanceof CatalogUnavailable
      ? 'Không tải được danh mục học phần cho công cụ soạn bài. Hãy kiểm tra kết nối mạng rồi tải lại trang.'
      : 'Công cụ soạn bài gặp lỗi khi mở nên chưa dùng được. Kế hoạch đã lưu trong trình duyệt vẫn giữ nguyên; hãy tải lại trang.'),
    h('p', {}, h('a', { href: '/bai-hoc/' }, 'Xem các bài học'), ' · ', h('a', { href: '/giang-vien/' }, 'Kế hoạch mẫu')),
  );
});

async function init() {
  catalog = await loadCatalog();
  modules = moduleIndex(catalog);
  const saved = loadSaved(catalog);
  if (saved.status === 'ok') {
    plan = saved.decoded.plan;
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
  $('#builder-nojs').hidden = true;
  root.hidden = false;
  wire();
  fillForm();
  renderCatalog();
  renderAgenda();
  refresh();
  readFragment();
}

// ——— Saving, totals, share link ———

interface CommitOptions {
  /** Re-render the agenda (blocks or activities added, removed or moved). */
  structural?: boolean;
  /** data-key of the control to focus after re-rendering. */
  focus?: string;
  announce?: string;
}

function commit(next: Plan, options: CommitOptions = {}) {
  plan = next;
  if (!save(plan)) {
    if (!saveFailed) notify('error', 'Trình duyệt không cho lưu kế hoạch (bộ nhớ đầy hoặc bị chặn). Hãy lưu kế hoạch ra tệp để khỏi mất.');
    saveFailed = true;
  } else saveFailed = false;
  if (options.structural) {
    renderAgenda();
    renderCatalog();
  }
  refresh();
  if (options.focus) focusKey(options.focus);
  if (options.announce) say(options.announce);
}

/** Times, minutes, the total against the plan, the share link: everything derived that is on screen. */
function refresh() {
  const rows = schedule(plan);
  for (const row of rows) {
    setText(`[data-time="${row.index}"]`, row.block.type === 'session' ? `Bắt đầu ${formatClock(row.start)}` : `${formatClock(row.start)}–${formatClock(row.end)}`);
    if (row.block.type === 'module') {
      setText(`[data-minutes="${row.index}"]`, `${activityMinutes(row.block)} phút`);
      for (const slot of row.activities) setText(`[data-time="${row.index}-${slot.activity.kind}"]`, `${formatClock(slot.start)}–${formatClock(slot.end)}`);
    }
  }
  const b = budget(plan);
  const status = $('#budget');
  status.classList.toggle('budget--over', b.over > 0);
  const meter = $('#budget-meter') as HTMLMeterElement;
  meter.max = Math.max(b.planned, b.total, 1);
  meter.high = b.planned;
  meter.optimum = 0;
  meter.value = b.total;
  $('#budget-text').textContent = `Tổng thời gian giảng: ${b.total} phút / dự kiến ${formatDuration(b.planned)}.`;
  $('#budget-warning').textContent = b.over
    ? `Vượt ${b.over} phút so với thời lượng dự kiến: hãy bớt hoạt động hoặc giảm số phút.`
    : b.left
      ? `Còn ${b.left} phút.`
      : 'Vừa đủ thời lượng dự kiến.';
  const share = $('#share-link') as HTMLInputElement;
  share.value = `${location.origin}${location.pathname}#${encodeShare(plan)}`;
  document.title = `${plan.title ? `${plan.title} — ` : ''}Soạn bài | Học liệu QCDC`;
}

/**
 * A message beside a field: what was wrong with what was typed (the value is
 * not saved until it is right), or null to clear it. aria-invalid and
 * aria-describedby let a screen reader say it with the field.
 */
function fieldError(input: HTMLInputElement | HTMLTextAreaElement, message: string | null, kind: 'error' | 'info' = 'error') {
  const id = `${input.id}-loi`;
  let note = document.getElementById(id);
  if (!message) {
    note?.remove();
    input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', (input.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== id).join(' '));
    if (!input.getAttribute('aria-describedby')) input.removeAttribute('aria-describedby');
    return;
  }
  if (!note) {
    note = h('p', { id, class: `field-message field-message--${kind}` });
    input.after(note);
    input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
  }
  note.className = `field-message field-message--${kind}`;
  note.textContent = message;
  if (kind === 'error') input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

function setText(selector: string, text: string) {
  const el = root.querySelector(selector);
  if (el && el.textContent !== text) el.textContent = text;
}

// ——— Messages ———

function notify(kind: 'error' | 'info', text: string, problems: string[] = [], extra?: HTMLElement) {
  const close = h('button', { type: 'button', class: 'link-button' }, 'Đóng thông báo');
  const box = h(
    'div',
    { class: `builder-message builder-message--${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    h('p', {}, text),
    problems.length ? h('ul', {}, problems.map((p) => h('li', {}, p))) : null,
    extra,
    close,
  );
  close.addEventListener('click', () => {
    box.remove();
    $('#agenda-title').focus();
  });
  messages.append(box);
}

function say(text: string) {
  announcer.textContent = '';
  // A fresh text node after clearing makes screen readers announce a repeated message too.
  requestAnimationFrame(() => (announcer.textContent = text));
}

function downloadSetAsideButton(key: string): HTMLElement {
  const button = h('button', { type: 'button', class: 'tool-button' }, 'Tải bản đã giữ riêng về máy');
  button.addEventListener('click', () => download('ke-hoach-da-giu-rieng.json', readSetAside(key)));
  return button;
}

// ——— Links and files coming in ———

function readFragment() {
  if (!isShareFragment(location.hash)) return;
  const decoded = decodeShare(location.hash, catalog);
  // The plan is taken (or declined) now; a reload must not offer it again.
  history.replaceState(null, '', location.pathname + location.search);
  offer(decoded, 'link');
}

function offer(decoded: Decoded, source: 'link' | 'file') {
  const from = source === 'link' ? 'Liên kết chia sẻ' : 'Tệp kế hoạch';
  if (!decoded.ok) {
    notify('error', `${from}: ${decoded.error} Kế hoạch đang soạn trong trình duyệt vẫn giữ nguyên.`);
    return;
  }
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
  const panel = $('#incoming');
  $('#incoming-text').textContent =
    `${from} chứa kế hoạch «${decoded.plan.title || UNTITLED}» (${describe(decoded.plan)}). ` +
    `Trình duyệt đang lưu kế hoạch «${plan.title || UNTITLED}» (${describe(plan)}). Mở kế hoạch mới sẽ thay kế hoạch đang lưu; hãy chọn.`;
  $('#incoming-problems').replaceChildren(...notes.map((p) => h('li', {}, p)));
  panel.hidden = false;
  $('#incoming-title').focus();
}

function describe(p: Plan) {
  const count = p.blocks.filter((b) => b.type === 'module').length;
  return `${count} học phần, ${budget(p).total} phút`;
}

function adopt(next: Plan, message: string, notes: string[] = []) {
  commit(next, { structural: true });
  fillForm();
  notify('info', message, notes);
  $('#agenda-title').focus();
}

function closeIncoming(focus: string) {
  pending = undefined;
  $('#incoming').hidden = true;
  $(focus).focus();
}

// ——— Rendering ———

function fillForm() {
  for (const field of ['title', 'date', 'place', 'audience', 'instructor', 'start', 'planned', 'notes'] as const) {
    const input = form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${field}"]`);
    if (input) input.value = String(plan[field]);
  }
}

function renderCatalog() {
  const inPlan = new Set(plan.blocks.flatMap((b) => (b.type === 'module' ? [b.module] : [])));
  $('#catalog-list').replaceChildren(
    ...catalog.modules.map((mod) =>
      h(
        'li',
        { class: 'catalog-item' },
        h('span', { class: 'catalog-item__title' }, h('a', { href: mod.url }, mod.title), h('span', { class: 'catalog-item__meta' }, ` · ${mod.duration} phút`)),
        inPlan.has(mod.slug)
          ? h('span', { class: 'catalog-item__added' }, 'Đã có trong chương trình')
          : h('button', { type: 'button', class: 'tool-button', 'data-add': mod.slug, 'data-key': `add-${mod.slug}`, 'aria-label': `Thêm «${mod.title}» vào chương trình` }, 'Thêm'),
      ),
    ),
  );
}

function renderAgenda() {
  const count = plan.blocks.length;
  agendaList.replaceChildren(...plan.blocks.map((block, index) => renderBlock(block, index, count)));
  $('#agenda-empty').hidden = count > 0;
}

function blockTitle(block: Block): string {
  if (block.type === 'module') return modules.get(block.module)?.title ?? block.module;
  return block.label;
}

function moveButtons(key: string, name: string, index: number, count: number, act: string) {
  // aria-disabled rather than disabled: the button keeps focus when it reaches an end.
  return [
    h('button', { type: 'button', class: 'tool-button', 'data-act': `${act}-up`, 'data-key': `${key}-up`, 'aria-disabled': index === 0 ? 'true' : null, 'aria-label': `Chuyển ${name} lên` }, '↑ Lên'),
    h('button', { type: 'button', class: 'tool-button', 'data-act': `${act}-down`, 'data-key': `${key}-down`, 'aria-disabled': index === count - 1 ? 'true' : null, 'aria-label': `Chuyển ${name} xuống` }, '↓ Xuống'),
  ];
}

function renderBlock(block: Block, index: number, count: number): HTMLElement {
  const key = `b${index}`;
  const title = blockTitle(block);
  const kindLabel = block.type === 'module' ? 'Học phần' : block.type === 'break' ? 'Giải lao' : 'Buổi học';
  const head = h(
    'div',
    { class: 'block__head' },
    h('span', { class: 'drag-handle', draggable: 'true', 'data-drag': String(index), title: 'Kéo để đổi chỗ', 'aria-hidden': 'true' }, '⠿'),
    h('span', { class: 'block__time', 'data-time': String(index) }),
    h('h3', { class: 'block__title', id: `${key}-title`, tabindex: '-1', 'data-key': `${key}-title` }, h('span', { class: 'block__kind' }, `${kindLabel} ${index + 1}. `), title),
    block.type === 'module' ? h('span', { class: 'block__minutes', 'data-minutes': String(index) }) : null,
  );
  const tools = h(
    'div',
    { class: 'block__tools', role: 'group', 'aria-label': `Sắp xếp mục «${title}»` },
    moveButtons(key, `«${title}»`, index, count, 'block'),
    h('button', { type: 'button', class: 'tool-button tool-button--danger', 'data-act': 'remove', 'data-key': `${key}-remove`, 'aria-label': `Bỏ «${title}» khỏi chương trình` }, 'Bỏ'),
  );
  const body =
    block.type === 'module' ? renderActivities(block, index, title) : block.type === 'break' ? renderBreak(block, key) : renderSession(block, key);
  return h('li', { class: `block block--${block.type}`, 'data-index': String(index), 'aria-labelledby': `${key}-title` }, head, tools, body);
}

function renderBreak(block: Extract<Block, { type: 'break' }>, key: string) {
  return h(
    'div',
    { class: 'block__fields' },
    h('label', { for: `${key}-label` }, 'Tên'),
    h('input', { id: `${key}-label`, type: 'text', value: block.label, 'data-act': 'label', maxlength: String(PLAN_LIMITS.text) }),
    h('label', { for: `${key}-minutes` }, 'Số phút'),
    h('input', { id: `${key}-minutes`, type: 'number', min: '0', max: String(MAX_MINUTES), step: '5', inputmode: 'numeric', value: String(block.minutes), 'data-act': 'break-minutes' }),
  );
}

function renderSession(block: Extract<Block, { type: 'session' }>, key: string) {
  return h(
    'div',
    { class: 'block__fields' },
    h('label', { for: `${key}-label` }, 'Tên buổi'),
    h('input', { id: `${key}-label`, type: 'text', value: block.label, 'data-act': 'label', maxlength: String(PLAN_LIMITS.text) }),
    h('label', { for: `${key}-start` }, 'Bắt đầu lúc'),
    h('input', { id: `${key}-start`, type: 'time', value: block.start, 'data-act': 'session-start', required: true }),
  );
}

function itemLabel(mod: CatalogModule, kind: ActivityKind, i: number): string {
  if (kind === 'provisions') {
    const ref = mod.provisions[i] ?? '';
    return catalog.provisions[ref]?.label ?? ref;
  }
  if (kind === 'situations') return mod.situations[i]?.title ?? '';
  if (kind === 'quiz') return mod.quiz[i]?.question ?? '';
  return mod.discussion[i] ?? '';
}

function renderActivities(block: ModuleBlock, index: number, title: string) {
  const mod = modules.get(block.module);
  if (!mod) return h('p', {}, 'Học phần không còn trong danh mục.');
  const chosen = block.activities;
  const others = ACTIVITY_KINDS.filter((k) => !chosen.some((a) => a.kind === k));
  return h(
    'fieldset',
    { class: 'activities' },
    h('legend', {}, 'Hoạt động', h('span', { class: 'visually-hidden' }, ` của «${title}»`)),
    h(
      'ul',
      { class: 'activity-list' },
      chosen.map((activity, i) => renderActivity(mod, index, activity, i, chosen.length, title)),
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

function renderActivity(mod: CatalogModule, index: number, activity: Activity, position: number, count: number, title: string) {
  const { kind } = activity;
  const id = `b${index}-${kind}`;
  const label = ACTIVITY_LABELS[kind];
  const total = mod[kind].length;
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
      h('input', { id: `${id}-minutes`, type: 'number', min: '0', max: String(MAX_MINUTES), step: '5', inputmode: 'numeric', value: String(activity.minutes), 'data-act': 'minutes' }),
      moveButtons(`b${index}-a-${kind}`, `hoạt động ${label.name} của «${title}»`, position, count, 'activity'),
    ),
    h(
      'details',
      { class: 'items', 'data-list': listKey, open: openLists.has(listKey) },
      h('summary', {}, `${label.pick} `, h('span', { 'data-count': `${index}-${kind}` }, `(${activity.items.length}/${total})`)),
      h(
        'ul',
        { class: 'item-list' },
        mod[kind].map((_, i) =>
          h(
            'li',
            {},
            h('input', { type: 'checkbox', id: `${id}-${i}`, checked: activity.items.includes(i), 'data-act': 'item', 'data-item': String(i) }),
            h('label', { for: `${id}-${i}` }, itemLabel(mod, kind, i)),
          ),
        ),
      ),
    ),
  );
}

function focusKey(key: string) {
  const el = root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
  el?.focus();
}

// ——— Editing ———

const blockAt = (index: number) => plan.blocks[index];
const withBlock = (index: number, block: Block): Plan => ({ ...plan, blocks: plan.blocks.map((b, i) => (i === index ? block : b)) });

function wire() {
  form.addEventListener('input', (e) => {
    const input = e.target as HTMLInputElement | HTMLTextAreaElement;
    const field = input.name;
    if (field === 'planned') {
      const parsed = parseWholeInput(input.value, PLAN_LIMITS.planned.min, PLAN_LIMITS.planned.max);
      fieldError(input, parsed.ok ? null : parsed.error);
      if (parsed.ok) commit({ ...plan, planned: parsed.value });
    } else if (field === 'start') {
      const ok = parseClock(input.value) !== null;
      fieldError(input, ok ? null : 'Hãy nhập giờ dạng 24 giờ, ví dụ 07:30; giờ này chưa được lưu.');
      if (ok) commit({ ...plan, start: input.value });
    } else if (field === 'date') {
      commit({ ...plan, date: /^\d{4}-\d{2}-\d{2}$/.test(input.value) ? input.value : '' });
    } else if (field === 'title' || field === 'place' || field === 'audience' || field === 'instructor' || field === 'notes') {
      commit({ ...plan, [field]: input.value.normalize('NFC') });
    }
  });

  $('#catalog-list').addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-add]');
    const mod = button && modules.get(button.dataset.add ?? '');
    if (!mod) return;
    const index = plan.blocks.length;
    commit({ ...plan, blocks: [...plan.blocks, moduleBlock(mod)] }, { structural: true, focus: `b${index}-title`, announce: `Đã thêm «${mod.title}» vào cuối chương trình, mục ${index + 1}.` });
  });
  $('#add-break').addEventListener('click', () => {
    const index = plan.blocks.length;
    commit({ ...plan, blocks: [...plan.blocks, { type: 'break', label: DEFAULT_LABELS.break, minutes: DEFAULT_BREAK_MINUTES }] }, { structural: true, focus: `b${index}-title`, announce: `Đã thêm giải lao, mục ${index + 1}.` });
  });
  $('#add-session').addEventListener('click', () => {
    const index = plan.blocks.length;
    const sessions = plan.blocks.filter((b) => b.type === 'session').length;
    commit(
      { ...plan, blocks: [...plan.blocks, { type: 'session', label: `Buổi ${sessions + 2}`, start: '13:30' }] },
      { structural: true, focus: `b${index}-title`, announce: `Đã thêm buổi học mới, mục ${index + 1}.` },
    );
  });

  agendaList.addEventListener('click', onAgendaClick);
  agendaList.addEventListener('input', onAgendaInput);
  agendaList.addEventListener('change', onAgendaChange);
  agendaList.addEventListener(
    'toggle',
    (e) => {
      const details = e.target as HTMLDetailsElement;
      const key = details.dataset.list;
      if (key) (details.open ? openLists.add(key) : openLists.delete(key));
    },
    true,
  );
  wireDrag();

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
    download(`ke-hoach-${slugify(plan.title) || 'bai-giang'}.json`, serializeFile(plan));
    say('Đã lưu kế hoạch ra tệp.');
  });
  $('#open-file').addEventListener('change', async (e) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > 2_000_000) return notify('error', 'Tệp kế hoạch: tệp quá lớn, không phải tệp kế hoạch. Kế hoạch đang soạn trong trình duyệt vẫn giữ nguyên.');
    offer(parseFile(await file.text(), catalog), 'file');
  });
  $('#new-plan').addEventListener('click', () => {
    if (isEmptyPlan(plan)) return;
    if (!confirm('Xóa kế hoạch đang soạn để bắt đầu kế hoạch mới? Nếu cần giữ lại, hãy chọn «Hủy» rồi lưu kế hoạch ra tệp trước.')) return;
    adopt(emptyPlan(), 'Đã bắt đầu kế hoạch mới.');
  });

  $('#incoming-replace').addEventListener('click', () => {
    if (!pending) return;
    const next = pending;
    closeIncoming('#agenda-title');
    adopt(next, `Đã mở kế hoạch «${next.title || UNTITLED}» thay cho kế hoạch trước.`);
  });
  $('#incoming-keep').addEventListener('click', () => {
    closeIncoming('#agenda-title');
    say('Đã giữ kế hoạch đang soạn.');
  });
  $('#incoming-save-current').addEventListener('click', () => {
    download(`ke-hoach-${slugify(plan.title) || 'bai-giang'}.json`, serializeFile(plan));
    say('Đã lưu kế hoạch đang soạn ra tệp.');
  });

  window.addEventListener('hashchange', readFragment);
  // Another tab saved a change: take it, rather than overwrite it with an older copy.
  window.addEventListener('storage', (e) => {
    if (e.key !== STORAGE_KEY || e.newValue === null) return;
    const decoded = parseFile(e.newValue, catalog);
    if (!decoded.ok || samePlan(decoded.plan, plan)) return;
    plan = decoded.plan;
    fillForm();
    renderAgenda();
    renderCatalog();
    refresh();
    say('Kế hoạch vừa được sửa ở một thẻ khác; trang đã cập nhật.');
  });
}

function onAgendaClick(e: Event) {
  const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-act]');
  if (!button || button.getAttribute('aria-disabled') === 'true') return;
  const index = Number(button.closest<HTMLElement>('[data-index]')?.dataset.index);
  const block = blockAt(index);
  if (!block) return;
  const act = button.dataset.act;
  const title = blockTitle(block);
  if (act === 'block-up' || act === 'block-down') {
    const to = act === 'block-up' ? index - 1 : index + 1;
    commit(
      { ...plan, blocks: move(plan.blocks, index, to) },
      { structural: true, focus: `b${to}-${act === 'block-up' ? 'up' : 'down'}`, announce: `Đã chuyển «${title}» ${act === 'block-up' ? 'lên' : 'xuống'}: nay là mục ${to + 1} trên ${plan.blocks.length}.` },
    );
  } else if (act === 'remove') {
    const next = { ...plan, blocks: plan.blocks.filter((_, i) => i !== index) };
    const focus = next.blocks.length ? `b${Math.min(index, next.blocks.length - 1)}-title` : undefined;
    commit(next, { structural: true, focus, announce: `Đã bỏ «${title}» khỏi chương trình.` });
    if (!focus) $('#agenda-title').focus();
  } else if ((act === 'activity-up' || act === 'activity-down') && block.type === 'module') {
    const kind = button.closest<HTMLElement>('[data-kind]')?.dataset.kind as ActivityKind;
    const from = block.activities.findIndex((a) => a.kind === kind);
    const to = act === 'activity-up' ? from - 1 : from + 1;
    commit(withBlock(index, { ...block, activities: move(block.activities, from, to) }), {
      structural: true,
      focus: `b${index}-a-${kind}-${act === 'activity-up' ? 'up' : 'down'}`,
      announce: `Đã chuyển ${ACTIVITY_LABELS[kind].name} ${act === 'activity-up' ? 'lên' : 'xuống'}: nay là hoạt động ${to + 1} trên ${block.activities.length} của «${title}».`,
    });
  }
}

function onAgendaInput(e: Event) {
  const input = e.target as HTMLInputElement;
  const index = Number(input.closest<HTMLElement>('[data-index]')?.dataset.index);
  const block = blockAt(index);
  if (!block) return;
  const act = input.dataset.act;
  if (act === 'minutes' || act === 'break-minutes') {
    const parsed = parseWholeInput(input.value, 0, MAX_MINUTES);
    fieldError(input, parsed.ok ? null : parsed.error);
    if (!parsed.ok) return;
    const minutes = parsed.value;
    if (act === 'minutes' && block.type === 'module') {
      const kind = input.closest<HTMLElement>('[data-kind]')?.dataset.kind;
      commit(withBlock(index, { ...block, activities: block.activities.map((a) => (a.kind === kind ? { ...a, minutes } : a)) }));
    } else if (block.type === 'break') commit(withBlock(index, { ...block, minutes }));
  } else if (act === 'label' && block.type !== 'module') {
    const typed = input.value.normalize('NFC');
    const fallback = DEFAULT_LABELS[block.type];
    const label = typed.trim() ? typed : fallback;
    // An empty name is saved as the default; the field says so, and the heading shows what is saved.
    fieldError(input, typed.trim() ? null : `Tên để trống nên kế hoạch dùng tên «${fallback}».`, 'info');
    commit(withBlock(index, { ...block, label }));
    const heading = root.querySelector(`#b${index}-title`);
    if (heading?.lastChild) heading.lastChild.textContent = label;
  } else if (act === 'session-start' && block.type === 'session') {
    const ok = parseClock(input.value) !== null;
    fieldError(input, ok ? null : 'Hãy nhập giờ dạng 24 giờ, ví dụ 13:30; giờ này chưa được lưu.');
    if (ok) commit(withBlock(index, { ...block, start: input.value }));
  }
}

function onAgendaChange(e: Event) {
  const input = e.target as HTMLInputElement;
  const index = Number(input.closest<HTMLElement>('[data-index]')?.dataset.index);
  const block = blockAt(index);
  if (!block || block.type !== 'module') return;
  const mod = modules.get(block.module);
  const kind = input.closest<HTMLElement>('[data-kind]')?.dataset.kind as ActivityKind | undefined;
  if (!mod || !kind) return;
  if (input.dataset.act === 'toggle-activity') {
    commit(withBlock(index, toggleActivity(block, mod, kind, input.checked)), {
      structural: true,
      focus: `b${index}-a-${kind}-toggle`,
      announce: `${input.checked ? 'Đã chọn' : 'Đã bỏ'} hoạt động ${ACTIVITY_LABELS[kind].name} của «${mod.title}».`,
    });
  } else if (input.dataset.act === 'item') {
    const item = Number(input.dataset.item);
    const next: ModuleBlock = { ...block, activities: block.activities.map((a) => (a.kind === kind ? toggleItem(a, item, input.checked) : a)) };
    commit(withBlock(index, next));
    const chosen = next.activities.find((a) => a.kind === kind)?.items.length ?? 0;
    setText(`[data-count="${index}-${kind}"]`, `(${chosen}/${mod[kind].length})`);
  }
}

/** Mouse users may drag a block by its handle; keyboard users have the buttons. */
function wireDrag() {
  let from = -1;
  agendaList.addEventListener('dragstart', (e) => {
    const handle = (e.target as HTMLElement).closest<HTMLElement>('[data-drag]');
    if (!handle || !e.dataTransfer) return;
    from = Number(handle.dataset.drag);
    e.dataTransfer.effectAllowed = 'move';
    e.dataTransfer.setData('text/plain', String(from));
    const li = handle.closest('li');
    if (li) e.dataTransfer.setDragImage(li, 10, 10);
  });
  agendaList.addEventListener('dragover', (e) => {
    if (from < 0) return;
    const li = (e.target as HTMLElement).closest<HTMLElement>('li[data-index]');
    if (!li) return;
    e.preventDefault();
    for (const el of agendaList.querySelectorAll('.block--drop')) el.classList.remove('block--drop');
    li.classList.add('block--drop');
  });
  agendaList.addEventListener('drop', (e) => {
    const li = (e.target as HTMLElement).closest<HTMLElement>('li[data-index]');
    if (from < 0 || !li) return;
    e.preventDefault();
    const to = Number(li.dataset.index);
    const title = blockTitle(plan.blocks[from]!);
    const moved = from;
    from = -1;
    if (to !== moved) commit({ ...plan, blocks: move(plan.blocks, moved, to) }, { structural: true, focus: `b${to}-title`, announce: `Đã chuyển «${title}» đến mục ${to + 1}.` });
  });
  agendaList.addEventListener('dragend', () => {
    from = -1;
    for (const el of agendaList.querySelectorAll('.block--drop')) el.classList.remove('block--drop');
  });
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
