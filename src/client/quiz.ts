// Lets the reader check a quiz answer in place. Without JavaScript the page
// already shows every answer, explanation and provision inside <details>;
// this only adds a "Kiểm tra" button and spoken, visible feedback.
import { feedbackLead, scoreText, verdict, type Verdict } from '../lib/quiz';

/** Each item's last checked verdict, for the running score. */
const results = new Map<HTMLElement, Verdict>();
/** How to clear each item, for «Làm lại». */
const reset = new Map<HTMLElement, () => void>();

function enhance(item: HTMLElement) {
  const answer = Number(item.dataset.answer);
  const actions = item.querySelector<HTMLElement>('[data-quiz-actions]');
  const button = item.querySelector<HTMLButtonElement>('[data-quiz-check]');
  const feedback = item.querySelector<HTMLElement>('[data-quiz-feedback]');
  const answerText = item.querySelector('[data-quiz-answer-text]')?.textContent ?? '';
  const explanation = item.querySelector('[data-quiz-explanation]');
  const provision = item.querySelector<HTMLAnchorElement>('[data-quiz-provision]');
  if (!actions || !button || !feedback || Number.isNaN(answer)) return;
  actions.hidden = false;

  const options = [...item.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const clearMarks = () => {
    for (const li of item.querySelectorAll<HTMLElement>('[data-option]')) delete li.dataset.result;
  };
  const clearVerdict = () => {
    clearMarks();
    feedback.replaceChildren();
    delete item.dataset.result;
  };
  reset.set(item, () => {
    for (const o of options) o.checked = false;
    clearVerdict();
  });
  // A new choice makes the old verdict stale.
  for (const input of options) input.addEventListener('change', clearVerdict);

  button.addEventListener('click', () => {
    const checked = options.find((o) => o.checked);
    const result = verdict(checked ? Number(checked.value) : null, answer);
    clearMarks();
    item.dataset.result = result;
    const lead = document.createElement('p');
    lead.className = 'quiz-feedback__lead';
    lead.textContent = feedbackLead(result, answer, answerText);
    const parts: Node[] = [lead];
    if (result !== 'unanswered') {
      item.querySelector<HTMLElement>(`[data-option="${answer}"]`)?.setAttribute('data-result', 'right');
      if (result === 'wrong' && checked) checked.closest<HTMLElement>('[data-option]')?.setAttribute('data-result', 'wrong');
      if (explanation) {
        const why = explanation.cloneNode(true) as HTMLElement;
        why.removeAttribute('data-quiz-explanation');
        parts.push(why);
      }
      if (provision) {
        const basis = document.createElement('p');
        const link = provision.cloneNode(true) as HTMLAnchorElement;
        link.removeAttribute('data-quiz-provision');
        basis.append('Căn cứ: ', link);
        parts.push(basis);
      }
    }
    feedback.replaceChildren(...parts);
    results.set(item, result);
    showScore();
  });
}

const summary = document.querySelector<HTMLElement>('[data-quiz-summary]');
const score = document.querySelector<HTMLElement>('[data-quiz-score]');

function showScore() {
  if (!summary || !score) return;
  summary.hidden = false;
  score.textContent = scoreText([...results.values()], items.length);
}

const items = document.querySelectorAll<HTMLElement>('[data-quiz-item]');
for (const item of items) enhance(item);
// «Làm lại»: every choice and verdict cleared, back to the first question.
document.querySelector<HTMLButtonElement>('[data-quiz-reset]')?.addEventListener('click', () => {
  for (const clear of reset.values()) clear();
  results.clear();
  if (summary) summary.hidden = true;
  items[0]?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
});
const intro = document.querySelector<HTMLElement>('[data-quiz-intro]');
if (intro && items.length) intro.textContent = 'Chọn một phương án cho mỗi câu rồi bấm «Kiểm tra». Đáp án, giải thích và căn cứ của từng câu cũng có trong mục «Đáp án và giải thích».';
