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
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (!ASSET_DIRS.has(name)) walk(full);
      } else if (name.endsWith('.html')) {
        const rel = `/${relative(root, full).split('\\').join('/')}`;
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(root);
  return out.sort();
}

/** Every file under root with one of the extensions (".css"), as absolute paths. */
export function listFiles(root: string, extensions: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (extensions.some((ext) => name.endsWith(ext))) out.push(full);
    }
  };
  walk(root);
  return out.sort();
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
