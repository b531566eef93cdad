/** Reading the built site. `npm test` builds dist/ first; run `npm run build` before running one test file alone. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { listPages, resolveSitePath } from '../../scripts/lib/site/files.ts';
import { MOVED_PAGES } from '../../src/lib/paths.ts';

/** QCDC_DIST points tests at another build (the same variable the build reads). */
export const distDir = process.env.QCDC_DIST ? resolve(process.env.QCDC_DIST) : join(import.meta.dirname, '..', '..', 'dist');

function ensureBuilt() {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ chưa có: chạy "npm run build" trước (npm test tự làm việc này).');
  }
}

/** The built file for a site path ("/van-ban/" → dist/van-ban/index.html), as a host maps it; throws when there is none. */
export function distFile(path: string): string {
  ensureBuilt();
  const file = resolveSitePath(distDir, path);
  if (!file) throw new Error(`dist/ không có trang ${path}`);
  return file;
}

/** Whether the built site has a page or file at a site path. */
export const hasPage = (path: string) => resolveSitePath(distDir, path) !== null;

export function readPage(path: string): string {
  return readFileSync(distFile(path), 'utf8');
}

/** A DOM of a built page, without a browser (linkedom). */
export function loadPage(path: string): Document {
  return parseHTML(readPage(path)).document as unknown as Document;
}

/**
 * Every HTML page in dist/, as site paths ("/van-ban/111-cv-tu-2016/"),
 * without the stubs that send a moved address on (tests/deploy.test.ts checks those).
 */
export function allPages(): string[] {
  ensureBuilt();
  return listPages(distDir).filter((path) => !Object.hasOwn(MOVED_PAGES, path));
}
