// Enhances each provision's tools with copy buttons. Without JavaScript the
// anchor link and the citation in <details> already work.
// One polite live region, so screen readers hear the outcome of a copy.
const liveRegion = document.createElement('p');
liveRegion.className = 'visually-hidden';
liveRegion.setAttribute('aria-live', 'polite');
document.body.append(liveRegion);

const announce = (button: HTMLButtonElement, text: string) => {
  const original = button.textContent;
  button.textContent = text;
  liveRegion.textContent = text;
  setTimeout(() => (button.textContent = original), 2000);
};

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A button that copies what `text()` gives and says whether it worked. */
function copyButton(kind: 'link' | 'citation', label: string, done: string, text: () => string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'tool-button';
  button.textContent = label;
  button.dataset.copies = kind;
  button.addEventListener('click', async () => {
    announce(button, (await copy(text())) ? done : 'Không sao chép được');
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
