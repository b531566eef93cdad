/**
 * What the builder tells the instructor: messages that stay until closed,
 * announcements for screen readers, and notes beside a field. Elements are
 * looked up when used, so importing this needs no page.
 */
import { $, h } from '../dom';

export function notify(kind: 'error' | 'info', text: string, problems: string[] = [], extra?: HTMLElement): void {
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
  $('#builder-messages').append(box);
}

export function say(text: string): void {
  const announcer = $('#builder-announce');
  announcer.textContent = '';
  // A fresh text node after clearing makes screen readers announce a repeated message too.
  requestAnimationFrame(() => (announcer.textContent = text));
}

/**
 * A message beside a field: what was wrong with what was typed (the value is
 * not saved until it is right), or null to clear it. aria-invalid and
 * aria-describedby let a screen reader say it with the field.
 */
export function fieldError(input: HTMLInputElement | HTMLTextAreaElement, message: string | null, kind: 'error' | 'info' = 'error'): void {
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
