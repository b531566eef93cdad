import { copyText } from './clipboard';

// Enhances each provision's tools with copy buttons. Without JavaScript the
// anchor link and the citation in <details> already work.
// One polite live region, so screen readers hear the outcome of a copy.
const liveRegion = document.createElement('p');
liveRegion.className = 'visually-hidden';
liveRegion.setAttribute('aria-live', 'polite');
document.body.append(liveRegion);

/** Shows the outcome on the button for two seconds; the label comes back from data-label, so a second click cannot keep the outcome. */
const timers = new WeakMap<HTMLButtonElement, ReturnType<typeof setTimeout>>();
const announce = (button: HTMLButtonElement, text: string) => {
  button.textContent = text;
  liveRegion.textContent = text;
  clearTimeout(timers.get(button));
  timers.set(button, setTimeout(() => (button.textContent = button.dataset.label ?? ''), 2000));
};

/** A button that copies what `text()` gives and says whether it worked. */
function copyButton(kind: 'link' | 'citation', label: string, done: string, text: () => string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'tool-button';
  button.textContent = label;
  button.dataset.label = label;
  button.dataset.copies = kind;
  button.addEventListener('click', async () => {
    announce(button, (await copyText(text())) ? done : 'Không sao chép được');
  });
  return button;
}

for (const tools of document.querySelectorAll<HTMLElement>('.provision-tools')) {
  const link = tools.querySelector<HTMLAnchorElement>('[data-copy-link]');
  const citation = tools.querySelector<HTMLElement>('[data-citation]');
  if (!link || !citation) continue;
  link.after(copyButton('link', 'Sao chép liên kết', 'Đã sao chép liên kết', () => link.href));
  citation.after(copyButton('citation', 'Sao chép trích dẫn', 'Đã sao chép trích dẫn', () => `«${citation.textContent ?? ''}»`));
}
