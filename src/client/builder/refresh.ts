/**
 * Everything on screen derived from the plan without redrawing the agenda:
 * clock times, minutes, the total against the planned length, the share
 * link and the page title. Runs after every change, so typing stays cheap.
 */
import { encodeShare } from '../../lib/plan-codec';
import { budget, formatClock, schedule, type Plan } from '../../lib/plan';
import type { Catalog } from '../../lib/plan-catalog';
import { problemLine, timingProblems, type TimingProblem } from '../../lib/plan-timing';
import { printPath } from '../../lib/paths';
import { $, h } from '../dom';

export function refresh(plan: Plan, catalog: Pick<Catalog, 'modules'>): void {
  for (const row of schedule(plan)) {
    setText(`[data-time="${row.index}"]`, row.block.type === 'session' ? `Bắt đầu ${formatClock(row.start)}` : `${formatClock(row.start)}–${formatClock(row.end)}`);
    if (row.block.type !== 'session') setText(`[data-minutes="${row.index}"]`, `${row.end - row.start} phút`);
    for (const slot of row.activities) setText(`[data-time="${row.index}-${slot.activity.kind}"]`, `${formatClock(slot.start)}–${formatClock(slot.end)}`);
  }
  showTimingProblems(plan, timingProblems(plan, catalog));
  const b = budget(plan);
  $('#budget').classList.toggle('budget--over', b.over > 0);
  const meter = $('#budget-meter') as HTMLMeterElement;
  meter.max = Math.max(b.planned, b.total, 1);
  meter.high = b.planned;
  meter.optimum = 0;
  meter.value = b.total;
  // Short, so the sticky bar stays small on a phone and covers little of the agenda.
  $('#budget-text').textContent = `Thời gian giảng: ${b.total} phút / dự kiến ${b.planned} phút.`;
  $('#budget-warning').textContent = b.over
    ? `Vượt ${b.over} phút: hãy bớt hoạt động hoặc giảm số phút.`
    : b.left
      ? `Còn ${b.left} phút.`
      : 'Vừa đủ thời lượng dự kiến.';
  void shareLinks(plan, catalog);
  document.title = `${plan.title ? `${plan.title} — ` : ''}Soạn bài | Học liệu QCDC`;
}

let shared = 0;

/** The share link and the print views' links carry the plan (compressed, so it comes a moment later; only the latest is kept). */
async function shareLinks(plan: Plan, catalog: Pick<Catalog, 'modules'>): Promise<void> {
  const request = ++shared;
  const fragment = await encodeShare(plan, catalog);
  if (request !== shared) return;
  ($('#share-link') as HTMLInputElement).value = `${location.origin}${location.pathname}#${fragment}`;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.output-links a[data-view]')) link.href = printPath(link.dataset.view ?? '', fragment);
}

/** Text of an element in the builder, rewritten only when it changes. */
export function setText(selector: string, text: string): void {
  const el = $('#builder').querySelector(selector);
  if (el && el.textContent !== text) el.textContent = text;
}

/**
 * Each timing problem beside its block (an alert, so it is announced when it
 * appears), and all of them listed under the total, each with a way to its block.
 */
function showTimingProblems(plan: Plan, problems: TimingProblem[]): void {
  plan.blocks.forEach((_, i) => {
    const box = $('#agenda').querySelector<HTMLElement>(`[data-problems="${i}"]`);
    if (!box) return;
    const mine = problems.filter((p) => p.blockIndex === i).map((p) => p.message);
    if (box.textContent === mine.join('')) return;
    box.replaceChildren(...mine.map((m) => h('p', { class: 'block__problem' }, m)));
  });
  const summary = $('#timing-summary');
  const text = problems.map((p) => `${p.blockIndex}:${p.message}`).join('|');
  if (summary.dataset.shown === text) return;
  summary.dataset.shown = text;
  summary.hidden = !problems.length;
  summary.replaceChildren(
    h('p', {}, h('strong', {}, `Giờ giấc cần xem lại (${problems.length}):`)),
    h(
      'ul',
      {},
      problems.map((p) =>
        h(
          'li',
          {},
          p.blockIndex < 0 ? p.message : [`${problemLine(p)} `, h('button', { type: 'button', class: 'link-button', 'data-goto': String(p.blockIndex) }, `Đến vị trí ${p.blockIndex + 1}`)],
        ),
      ),
    ),
  );
}
