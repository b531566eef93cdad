/**
 * What a page needs on paper that only the browser knows: its running header
 * (a CSS @page margin box cannot read the page's title, and Chromium has no
 * string-set, so the rule is written here into a constructed stylesheet,
 * which the CSP allows where an inline <style> is not), the full address of
 * each printed link when the build had no SITE_URL, and those links' QR
 * codes, drawn only when the reader prints (the QR code library is fetched
 * then, never while a page sits idle).
 */

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

/** A QR code element for the browser, drawn with the DOM (no markup parsing). */
export async function qrElement(text: string, label: string): Promise<SVGSVGElement> {
  const { qrDrawing } = await import('../lib/qr');
  const { size, d } = qrDrawing(text);
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  const attrs: Record<string, string> = { class: 'qr', viewBox: `0 0 ${size} ${size}`, role: 'img', 'aria-label': label, 'data-qr': text, 'shape-rendering': 'crispEdges' };
  for (const [k, v] of Object.entries(attrs)) svg.setAttribute(k, v);
  const rect = document.createElementNS(ns, 'rect');
  rect.setAttribute('width', String(size));
  rect.setAttribute('height', String(size));
  rect.setAttribute('fill', '#fff');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(rect, path);
  return svg;
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
      const address = fullAddress(block?.dataset.printPath ?? '/');
      slot.replaceWith(await qrElement(address, `Mã QR dẫn tới ${address}`));
    }),
  );
}

/**
 * A reading page's paper: the running header named by `<html data-print-header>`
 * (and `data-print-footer`), the addresses, and the print buttons.
 * Print buttons (`[data-print-button]`) wait for the QR codes; Ctrl+P starts
 * drawing them too, and a second print has them if the first came too soon.
 */
export function wirePrinting(): void {
  const header = document.documentElement.dataset.printHeader;
  if (header) setRunningHeader(header, document.documentElement.dataset.printFooter);
  fillAddresses();
  addEventListener('beforeprint', () => void drawPendingQr().catch((e: unknown) => console.error(e)));
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print-button]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await drawPendingQr();
      } catch (error) {
        // A page without its QR codes still prints; the address is in the text.
        console.error(error);
      } finally {
        button.disabled = false;
      }
      print();
    });
  }
}
