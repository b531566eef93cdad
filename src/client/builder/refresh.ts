/**
 * Everything on screen derived from the plan without redrawing the agenda:
 * clock times, minutes, the total against the planned length, the share
 * link and the page title. Runs after every change, so typing stays cheap.
 */
import { encodeShare } from '../../lib/plan-codec';
import { activityMinutes, budget, formatClock, formatTeachingTime, schedule, type Plan } from '../../lib/plan';
import { $ } from '../dom';
import { printPath } from '../../lib/paths';

export function refresh(plan: Plan): void {
  for (const row of schedule(plan)) {
    setText(`[data-time="${row.index}"]`, row.block.type === 'session' ? `Bắt đầu ${formatClock(row.start)}` : `${formatClock(row.start)}–${formatClock(row.end)}`);
    if (row.block.type === 'module') {
      setText(`[data-minutes="${row.index}"]`, `${activityMinutes(row.block)} phút`);
      for (const slot of row.activities) setText(`[data-time="${row.index}-${slot.activity.kind}"]`, `${formatClock(slot.start)}–${formatClock(slot.end)}`);
    }
  }
  const b = budget(plan);
  $('#budget').classList.toggle('budget--over', b.over > 0);
  const meter = $('#budget-meter') as HTMLMeterElement;
  meter.max = Math.max(b.planned, b.total, 1);
  meter.high = b.planned;
  meter.optimum = 0;
  meter.value = b.total;
  $('#budget-text').textContent = `Tổng thời gian giảng: ${b.total} phút / dự kiến ${formatTeachingTime(b.planned)}.`;
  $('#budget-warning').textContent = b.over
    ? `Vượt ${b.over} phút so với thời lượng dự kiến: hãy bớt hoạt động hoặc giảm số phút.`
    : b.left
      ? `Còn ${b.left} phút.`
      : 'Vừa đủ thời lượng dự kiến.';
  void shareLinks(plan);
  document.title = `${plan.title ? `${plan.title} — ` : ''}Soạn bài | Học liệu QCDC`;
}

let shared = 0;

/** The share link and the print views' links carry the plan (compressed, so it comes a moment later; only the latest is kept). */
async function shareLinks(plan: Plan): Promise<void> {
  const request = ++shared;
  const fragment = await encodeShare(plan);
  if (request !== shared) return;
  ($('#share-link') as HTMLInputElement).value = `${location.origin}${location.pathname}#${fragment}`;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.output-links a[data-view]')) link.href = printPath(link.dataset.view ?? '', fragment);
}

/** Text of an element in the builder, rewritten only when it changes. */
export function setText(selector: string, text: string): void {
  const el = $('#builder').querySelector(selector);
  if (el && el.textContent !== text) el.textContent = text;
}
