/**
 * Reading what a page prints and what its QR codes say, as a reader with
 * paper and a phone would: the PDF Chromium makes (A4, the page's own
 * @page rules), its text page by page, and each QR code decoded from a
 * screenshot of the element.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import type { Locator, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The page printed to A4 PDF with its own margins and margin boxes (no browser header or footer). */
export async function printPdf(page: Page): Promise<Uint8Array> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
  await page.emulateMedia({ media: 'screen' });
  return new Uint8Array(pdf);
}

/** The text of each printed page, items joined by spaces and whitespace collapsed, in reading order. */
export async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: pdf.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join('');
    pages.push(text.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim());
  }
  await doc.destroy();
  return pages;
}

/** Print the page and read it back: the text of each A4 page. */
export async function printedPages(page: Page): Promise<string[]> {
  return pdfPages(await printPdf(page));
}

/** What a QR code element says, decoded from its pixels (screenshot at 4× so modules are crisp). */
export async function decodeQr(element: Locator): Promise<string> {
  const png = await element.screenshot({ scale: 'device', animations: 'disabled' });
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
  const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), width, height);
  if (!code) throw new Error('Không đọc được mã QR từ ảnh chụp phần tử.');
  return code.data;
}
