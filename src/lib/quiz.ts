/**
 * Quiz logic shared by the module page (built HTML) and the browser script:
 * option letters and the feedback a reader gets after pressing "Kiểm tra".
 */

export type Verdict = 'unanswered' | 'right' | 'wrong';

/** A, B, C…: how Vietnamese quizzes label options. */
export function optionLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= 26) throw new RangeError(`Không có chữ cái cho phương án ${index}`);
  return String.fromCharCode(65 + index);
}

export function verdict(chosen: number | null, answer: number): Verdict {
  if (chosen === null) return 'unanswered';
  return chosen === answer ? 'right' : 'wrong';
}

/** The first sentence of the feedback; the page adds the explanation and the justifying provision after it. */
export function feedbackLead(result: Verdict, answer: number, answerText: string): string {
  const text = answerText.trim().replace(/[.!?…]+$/u, '');
  switch (result) {
    case 'unanswered':
      return 'Chưa chọn phương án nào. Hãy chọn một phương án rồi bấm «Kiểm tra».';
    case 'right':
      return `Đúng. Đáp án là ${optionLetter(answer)}: ${text}.`;
    case 'wrong':
      return `Chưa đúng. Đáp án đúng là ${optionLetter(answer)}: ${text}.`;
  }
}

/** The running score of a quiz: how many items were checked, how many right; the result once every item is. */
export function scoreText(results: readonly Verdict[], total: number): string {
  const checked = results.filter((r) => r !== 'unanswered').length;
  const right = results.filter((r) => r === 'right').length;
  if (checked < total) return `Đã kiểm tra ${checked}/${total} câu, đúng ${right} câu.`;
  return `Kết quả: đúng ${right}/${total} câu.${right === total ? ' Đồng chí đã trả lời đúng tất cả các câu.' : ' Có thể xem lại giải thích ở từng câu, hoặc bấm «Làm lại».'}`;
}
