/**
 * The offline copy for a classroom: a service worker, written at the end of
 * the build with workbox-build's generateSW, that saves the whole built site
 * in the browser (every page, style, script, data file and the search index),
 * so a class without internet can read, search, build a lesson plan and print.
 *
 * It runs after Pagefind (scripts/finish-build.ts, once `astro build` has
 * exited), so the index is there to be saved. It is registered only
 * when an instructor asks for it, from the button on /giang-vien/
 * (src/components/OfflineControl.astro); no other page loads anything of it.
 *
 * Why these settings:
 * - the Workbox runtime is inlined into sw.js: the CSP allows scripts only from
 *   the site, so no importScripts() from a CDN, and one file is one request;
 * - query strings are ignored when looking a request up in the copy: a static
 *   host serves /tim-kiem/?q=… and /giang-vien/in/?ban=… from the same file,
 *   and Pagefind adds ?ts=… to its entry file to dodge HTTP caches;
 * - a directory address (/van-ban/) is looked up as its index.html;
 * - a navigation to an address not in the copy goes to the network, and
 *   offline gets the site's 404 page from the copy (not a browser error);
 * - a new worker takes over at once (skipWaiting, clientsClaim) and drops the
 *   files of the old copy: the control then says a newer copy was saved.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateSW, getManifest } from 'workbox-build';
import { fillControlFigures, OFFLINE_CACHE_ID, OFFLINE_WORKER_PATH, sizeText, type CopyFigures } from '../lib/offline.ts';

/** The page that carries the control (its figures are written in here). */
export const CONTROL_PAGE = 'giang-vien/index.html';

/**
 * Built files no reader's browser fetches, left out of the copy:
 * - /anh-xem-truoc/*.png: the preview images of shared links, read only by
 *   the crawlers of Zalo, Facebook and the like (og:image), never by a page;
 * - the host's files (_headers, _redirects), robots.txt and the sitemaps: for
 *   hosts and crawlers;
 * - the worker itself, and source maps if a build ever writes them.
 */
export const LEFT_OUT = ['anh-xem-truoc/**', '_headers', '_redirects', 'robots.txt', 'sitemap*.xml', 'sw.js', 'sw.js.map', '**/*.map'];

function globOptions(root: string) {
  return {
    globDirectory: root,
    globPatterns: ['**/*'],
    globIgnores: LEFT_OUT,
    // Astro's bundles carry their content hash in the name: the name is the revision.
    dontCacheBustURLsMatching: /^_astro\//,
    // Nothing is dropped for its size: the largest file (the search's WebAssembly) is far below this; a skipped file fails the build.
    maximumFileSizeToCacheInBytes: 10_000_000,
  };
}

export interface OfflineCopy extends CopyFigures {
  /** Bytes of sw.js. */
  workerBytes: number;
}

/**
 * Writes <root>/sw.js for the site built in root and the copy's size into the
 * control's page. The figures are taken first (getManifest), written into the
 * page, then the worker is generated, so the page's revision in the worker is
 * that of the page as served.
 */
export async function writeOfflineCopy(root: string): Promise<OfflineCopy> {
  const glob = globOptions(root);
  const listed = await getManifest(glob);
  if (listed.warnings.length) throw new Error(`Bản lưu dùng khi không có mạng: ${listed.warnings.join('; ')}`);
  const controlFile = join(root, CONTROL_PAGE);
  const page = await readFile(controlFile, 'utf8');
  const filled = fillControlFigures(page, { files: listed.count, bytes: listed.size });
  if (filled !== page) await writeFile(controlFile, filled);

  const swDest = join(root, OFFLINE_WORKER_PATH.slice(1));
  const written = await generateSW({
    ...glob,
    swDest,
    mode: 'production',
    inlineWorkboxRuntime: true,
    sourcemap: false,
    cacheId: OFFLINE_CACHE_ID,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    navigateFallback: null,
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '/404.html' } },
      },
    ],
  });
  if (written.warnings.length) throw new Error(`Bản lưu dùng khi không có mạng: ${written.warnings.join('; ')}`);
  // Only the figures in the control's page changed in between: the same files, within a few bytes.
  if (written.count !== listed.count) throw new Error(`Bản lưu: ${listed.count} tệp khi tính, ${written.count} tệp khi ghi sw.js`);
  const workerBytes = (await readFile(swDest)).length;
  return { files: written.count, bytes: written.size, workerBytes };
}
