/**
 * The directive's source text, as words. The project's source of truth is
 * ../shared/sources/111-CV-TU-2016.md; tests/fixtures keeps a byte-identical
 * copy so a clone without shared/ can still run the tests (a test checks the
 * two are the same whenever shared/ is there).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
export const sharedSource = join(root, '..', 'shared', 'sources', '111-CV-TU-2016.md');
export const fixtureSource = join(root, 'tests', 'fixtures', 'sources', '111-CV-TU-2016.md');

export function readSource(): string {
  return readFileSync(existsSync(sharedSource) ? sharedSource : fixtureSource, 'utf8');
}

/** Markdown to words: headings' "#", emphasis "*"/"**" and hard-break spaces are markup; "\*" is the star of the header. */
export function sourceWords(markdown: string): string[] {
  return markdown
    .replace(/^#+\s+/gm, '')
    .replace(/\\\*/g, '\u0000')
    .replace(/\*/g, '')
    .replace(/\u0000/g, '*')
    .split(/\s+/u)
    .filter(Boolean);
}

export function words(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}
