/**
 * When each page's content last changed, for «Cập nhật: dd/mm/yyyy», the
 * sitemap's lastmod and /thay-doi/. A content file's date is that of the
 * newest commit that touched it (one `git log` for the whole folder, as
 * Starlight's lastUpdated does per file); a file with uncommitted changes,
 * or a folder outside git (fixtures, the benchmark's generated corpus),
 * falls back to the file's modification time. A page takes the newest
 * date of the files it is made from; a list page, the newest of its family.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { BODIES_PATH, bodyPath, documentPath, GLOSSARY_PATH, INSTRUCTORS_PATH, modulePath, MODULES_PATH, REGISTER_PATH, termPath } from '../lib/paths';
import { contentDir } from './content-dir';

/** Content folder → the page each of its files makes, and the list page of that family. */
const FAMILIES: Record<string, { page?: (slug: string) => string; list: string }> = {
  documents: { page: documentPath, list: REGISTER_PATH },
  // A held text is named by its document's slug.
  provisions: { page: documentPath, list: REGISTER_PATH },
  modules: { page: modulePath, list: MODULES_PATH },
  glossary: { page: termPath, list: GLOSSARY_PATH },
  bodies: { page: bodyPath, list: BODIES_PATH },
  plans: { list: INSTRUCTORS_PATH },
};

export interface ContentUpdates {
  /** Site path → ISO date (YYYY-MM-DD) of its newest source. */
  pages: Map<string, string>;
  /** The newest date of all content. */
  latest: string;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Newest commit date per file (absolute paths), or null when the folder is not in a git work tree. */
function gitDates(dir: string): Map<string, string> | null {
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const log = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', '.'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
    const dirty = execFileSync('git', ['status', '--porcelain', '--no-renames', '--', '.'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const dates = new Map<string, string>();
    let date = '';
    for (const line of log.split('\n')) {
      if (line.startsWith('\u0000')) date = line.slice(1);
      else if (line && !dates.has(resolve(top, line))) dates.set(resolve(top, line), date);
    }
    // Changed but not committed: the change is newer than any commit, so the file's own time stands.
    for (const line of dirty.split('\n')) if (line.length > 3) dates.delete(resolve(top, line.slice(3)));
    return dates;
  } catch {
    return null;
  }
}

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

export function computeUpdates(dir: string): ContentUpdates {
  const root = resolve(dir);
  const git = gitDates(root);
  const pages = new Map<string, string>();
  let latest = '';
  const note = (path: string, date: string) => {
    if ((pages.get(path) ?? '') < date) pages.set(path, date);
  };
  for (const file of filesOf(root)) {
    const date = git?.get(file) ?? isoDay(statSync(file).mtime);
    if (date > latest) latest = date;
    const [folder, name] = relative(root, file).split(/[\\/]/);
    const family = folder && name && Object.hasOwn(FAMILIES, folder) ? FAMILIES[folder] : undefined;
    if (!family) continue;
    if (family.page) note(family.page(name!.replace(/\.[^.]+$/, '')), date);
    note(family.list, date);
  }
  return { pages, latest: latest || isoDay(new Date()) };
}

let cached: ContentUpdates | undefined;

/** The updates of the content folder the build reads (computed once per process). */
export function contentUpdates(): ContentUpdates {
  cached ??= computeUpdates(contentDir);
  return cached;
}

/** The date a page's content last changed: its own sources, else its family's newest, else the newest of all. */
export function pageUpdated(path: string, updates: ContentUpdates = contentUpdates()): string {
  const clean = path.split(/[?#]/)[0] ?? '/';
  const own = updates.pages.get(clean);
  if (own) return own;
  const family = Object.values(FAMILIES).find((f) => clean.startsWith(f.list));
  return (family && updates.pages.get(family.list)) || updates.latest;
}
