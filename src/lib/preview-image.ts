/**
 * Open Graph preview images (1200 × 630 PNG), drawn at build time with
 * Skia (@napi-rs/canvas). The typeface comes from npm (@fontsource's Be
 * Vietnam Pro, which has every Vietnamese letter), so the images come out
 * the same on any machine, with or without system fonts.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;
const FAMILY = 'QCDC Preview';
let registered = false;

function registerFonts() {
  if (registered) return;
  const require = createRequire(import.meta.url);
  const files = join(dirname(require.resolve('@fontsource/be-vietnam-pro/package.json')), 'files');
  // Fontsource splits a face into subsets; registered under one family, Skia takes each letter from the subset that has it.
  for (const subset of ['latin', 'latin-ext', 'vietnamese']) {
    for (const weight of [400, 700]) GlobalFonts.registerFromPath(join(files, `be-vietnam-pro-${subset}-${weight}-normal.woff2`), FAMILY);
  }
  registered = true;
}

/** Splits text into lines no wider than width, as measure() measures. */
export function wrap(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The image: the site's name above, the part of the site large, one line on what it holds. */
export function drawPreview(site: string, heading: string, line: string): Buffer {
  registerFonts();
  const { width, height } = PREVIEW_SIZE;
  const canvas = createCanvas(width, height);
  const g = canvas.getContext('2d');
  g.fillStyle = '#8b1a1a';
  g.fillRect(0, 0, width, height);
  g.fillStyle = '#f3d37a';
  g.fillRect(0, height - 24, width, 24);
  g.fillStyle = '#ffffff';
  g.font = `400 36px "${FAMILY}"`;
  g.fillText(site, 80, 120);
  g.font = `700 96px "${FAMILY}"`;
  const headingLines = wrap(heading, width - 160, (s) => g.measureText(s).width).slice(0, 2);
  headingLines.forEach((text, i) => g.fillText(text, 80, 270 + i * 110));
  g.font = `400 40px "${FAMILY}"`;
  wrap(line, width - 160, (s) => g.measureText(s).width)
    .slice(0, 2)
    .forEach((text, i) => g.fillText(text, 80, 290 + headingLines.length * 110 + i * 54));
  return canvas.toBuffer('image/png');
}
