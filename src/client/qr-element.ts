// The QR code drawn with the DOM (the Trusted Types policy allows no markup
// parsing). Imported only when a page prints (src/client/paper.ts), with the
// QR code library, so neither weighs on a page's first view.
import { qrDrawing } from '../lib/qr';

const SVG = 'http://www.w3.org/2000/svg';

function element<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

export function buildQrElement(text: string, label: string): SVGSVGElement {
  const { size, d } = qrDrawing(text);
  const svg = element('svg', { class: 'qr', viewBox: `0 0 ${size} ${size}`, role: 'img', 'aria-label': label, 'data-qr': text, 'shape-rendering': 'crispEdges' });
  svg.append(element('rect', { width: String(size), height: String(size), fill: '#fff' }), element('path', { d, fill: '#000' }));
  return svg;
}
