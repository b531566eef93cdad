/** The class's particulars (title, date, start, planned length …): the form shows the plan's and saves what is typed. */
import { setClassField, showDate } from '../../lib/plan-edits';
import type { Plan } from '../../lib/plan';
import { $ } from '../dom';
import { commitTyped, state } from './state';

const FIELDS = ['title', 'date', 'place', 'audience', 'instructor', 'department', 'start', 'planned', 'notes'] as const;

export function fillForm(plan: Plan): void {
  const form = $('#class-info');
  for (const field of FIELDS) {
    const input = form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${field}"]`);
    if (input) input.value = field === 'date' ? showDate(plan.date) : String(plan[field]);
  }
}

export function wireClassForm(): void {
  $('#class-info').addEventListener('input', (e) => {
    const input = e.target as HTMLInputElement | HTMLTextAreaElement;
    commitTyped(input, setClassField(state.plan, input.name, input.value));
  });
}
