/**
 * Walking a built site folder (dist/ or a fixture). Used by the tests, the
 * gates and the benchmark scripts, so all see the same pages.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/** Folders of generated assets, not pages: Pagefind's index and Astro's bundles. */
const ASSET_DIRS = new Set(['pagefind', '_astro']);

/** Every HTML page under root, as site paths ("/van-ban/111-cv-tu-2016/", "/404.html"), sorted. */
export function listPages(root: string): string[] {
  return listFiles(root, ['.html'])
    .map((file) => `/${relative(root, file).split(sep).join('/')}`)
    .filter((path) => !ASSET_DIRS.has(path.split('/')[1] ?? ''))
    .map((path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path))
    .sort();
}

/** Every file under root with one of the extensions (".css"), as absolute paths, sorted. */
export function listFiles(root: string, extensions: string[]): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Whether full lies inside root (a sibling folder whose name starts like root's does not). */
export function isInside(root: string, full: string): boolean {
  const rel = relative(root, full);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The file a site path is served from, as a static host resolves it:
 * "/a/" → a/index.html, "/a" → a (a file) or a/index.html (a folder).
 * null when nothing is there.
 */
export function resolveSitePath(root: string, sitePath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '/');
  } catch {
    return null;
  }
  const full = join(root, path);
  if (!isInside(root, full)) return null;
  if (path.endsWith('/')) {
    const index = join(full, 'index.html');
    return existsSync(index) ? index : null;
  }
  if (existsSync(full)) {
    if (statSync(full).isFile()) return full;
    const index = join(full, 'index.html');
    return existsSync(index) ? index : null;
  }
  return null;
}
