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

for (const tools of document.querySelectorAll<HTMLElement>('.provision-tools')) {
  const link = tools.querySelector<HTMLAnchorElement>('[data-copy-link]');
  const citation = tools.querySelector<HTMLElement>('[data-citation]');
  if (!link || !citation) continue;
  const copyLink = document.createElement('button');
  copyLink.type = 'button';
  copyLink.className = 'tool-button';
  copyLink.textContent = 'Sao chép liên kết';
  copyLink.dataset.copies = 'link';
  copyLink.addEventListener('click', async () => {
    announce(copyLink, (await copy(link.href)) ? 'Đã sao chép liên kết' : 'Không sao chép được');
  });
  const copyCitation = document.createElement('button');
  copyCitation.type = 'button';
  copyCitation.className = 'tool-button';
  copyCitation.textContent = 'Sao chép trích dẫn';
  copyCitation.dataset.copies = 'citation';
  copyCitation.addEventListener('click', async () => {
    announce(copyCitation, (await copy(`«${citation.textContent ?? ''}»`)) ? 'Đã sao chép trích dẫn' : 'Không sao chép được');
  });
  link.after(copyLink);
  citation.after(copyCitation);
}
