/**
 * Everything on screen derived from the plan without redrawing the agenda:
 * clock times, minutes, the total against the planned length, the share
 * link and the page title. Runs after every change, so typing stays cheap.
 */
import { encodeShare } from '../../lib/plan-codec';
import { activityMinutes, budget, formatClock, formatTeachingTime, schedule, type Plan } from '../../lib/plan';
import { $ } from '../dom';

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
  ($('#share-link') as HTMLInputElement).value = `${location.origin}${location.pathname}#${encodeShare(plan)}`;
  document.title = `${plan.title ? `${plan.title} — ` : ''}Soạn bài | Học liệu QCDC`;
}

/** Text of an element in the builder, rewritten only when it changes. */
export function setText(selector: string, text: string): void {
  const el = $('#builder').querySelector(selector);
  if (el && el.textContent !== text) el.textContent = text;
}
