/**
 * What a page needs on paper that only the browser knows: its running header
 * (a CSS @page margin box cannot read the page's title, and Chromium has no
 * string-set, so the rule is written here into a constructed stylesheet,
 * which the CSP allows where an inline <style> is not), the full address of
 * each printed link when the build had no SITE_URL, and those links' QR
 * codes, drawn only when the reader prints (the QR code library is fetched
 * then, never while a page sits idle).
 */
import { fillPaperText, printDate } from '../lib/paper-text';

/** A CSS string literal: what a margin box's `content` shows, quoted and escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]+/g, ' ')}"`;
}

/** Header on every printed page; the page number stays in the site's stylesheet. */
export function setRunningHeader(header: string, footer?: string): void {
  const sheet = new CSSStyleSheet();
  const rules = [`@top-center { content: ${cssString(header)}; }`];
  if (footer) rules.push(`@bottom-left { content: ${cssString(footer)}; }`);
  sheet.replaceSync(`@page { ${rules.join(' ')} }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets.filter((s) => !s.cssRules[0]?.cssText.startsWith('@page')), sheet];
}

/** The absolute address of a site path, as this page was loaded. */
export const fullAddress = (path: string) => new URL(path, location.origin).href;

/** A QR code element for the browser, drawn with the DOM (no markup parsing); its code is fetched on first use. */
export async function qrElement(text: string, label: string): Promise<SVGSVGElement> {
  const { buildQrElement } = await import('./qr-element');
  return buildQrElement(text, label);
}

/**
 * Fills every `[data-print-path]` block the build could not complete (no
 * SITE_URL): the address text now, on load, and the QR code when printing.
 */
export function fillAddresses(root: ParentNode = document): void {
  for (const block of root.querySelectorAll<HTMLElement>('[data-print-path]')) {
    const url = block.querySelector<HTMLElement>('.print-url');
    if (url && !url.textContent?.trim()) url.textContent = fullAddress(block.dataset.printPath ?? '/');
  }
}

export async function drawPendingQr(root: ParentNode = document): Promise<void> {
  const pending = [...root.querySelectorAll<HTMLElement>('[data-print-path] [data-qr-pending]')];
  await Promise.all(
    pending.map(async (slot) => {
      const block = slot.closest<HTMLElement>('[data-print-path]');
      // The code says what is printed beside it: the site's address when the build knew it, else this page's origin.
      const address = block?.querySelector('.print-url')?.textContent?.trim() || fullAddress(block?.dataset.printPath ?? '/');
      slot.replaceWith(await qrElement(address, `Mã QR dẫn tới ${address}`));
    }),
  );
}

/** Prints once every pending QR code is drawn (a page without them still prints: the address is in the text). */
async function printWithQr(): Promise<void> {
  try {
    await drawPendingQr();
  } catch (error) {
    console.error(error);
  }
  print();
}

/**
 * A reading page's paper: the running header named by `<html data-print-header>`
 * and the footer `data-print-footer`, whose `{date}` and `{address}` slots
 * take the day of printing and this page's address (src/lib/paper-text.ts);
 * `[data-print-date]` elements show that day too, and are revealed then.
 * Print buttons (`[data-print-button]`) and Ctrl+P wait for the QR codes;
 * printing from the browser's menu starts drawing them (beforeprint), so a
 * second print has them if the first came too soon.
 */
export function wirePrinting(): void {
  const { printHeader: header, printFooter: footer } = document.documentElement.dataset;
  // The page's public address when the build knew it (SITE_URL), else where it was loaded from.
  const address = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? fullAddress(location.pathname);
  const stamp = () => {
    const date = printDate(new Date());
    if (header) setRunningHeader(header, footer && fillPaperText(footer, { date, address }));
    for (const el of document.querySelectorAll<HTMLElement>('[data-print-date]')) {
      el.textContent = date;
      el.closest<HTMLElement>('[data-print-dated]')?.removeAttribute('hidden');
    }
  };
  stamp();
  fillAddresses();
  addEventListener('beforeprint', () => {
    stamp();
    void drawPendingQr().catch((e: unknown) => console.error(e));
  });
  addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'p') return;
    event.preventDefault();
    void printWithQr();
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print-button]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await printWithQr();
      } finally {
        button.disabled = false;
      }
    });
  }
}
