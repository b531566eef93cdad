/**
 * QR codes for paper: a printed provision, handout, plan or slide deck
 * carries one that leads back to its page online. The symbol is drawn as one
 * SVG path from the code's module matrix, so the same drawing serves the
 * build (markup for Astro) and the browser (a path element built with the
 * DOM, which the Trusted Types policy allows where innerHTML is not).
 */
import QRCode from 'qrcode';

/** Modules of light border around the symbol: the quiet zone scanners need. */
const QUIET = 4;

export interface QrDrawing {
  /** Width and height of the viewBox, quiet zone included, in modules. */
  size: number;
  /** One path of unit squares, one per dark module. */
  d: string;
}

/** Level M recovers a smudged or folded printout (15 %) and keeps a page address at version 4–5. */
export function qrDrawing(text: string): QrDrawing {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  let d = '';
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (!modules.get(y, x)) continue;
      // Runs of dark modules on a row become one rectangle: a shorter path.
      let run = 1;
      while (x + run < n && modules.get(y, x + run)) run++;
      d += `M${x + QUIET} ${y + QUIET}h${run}v1h-${run}z`;
      x += run - 1;
    }
  }
  return { size: n + 2 * QUIET, d };
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** SVG markup for build-time pages. `data-qr` names what it encodes, for readers and tests. */
export function qrSvg(text: string, label: string): string {
  const { size, d } = qrDrawing(text);
  return `<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeAttr(label)}" data-qr="${escapeAttr(text)}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}
