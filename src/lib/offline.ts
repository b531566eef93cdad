/**
 * The offline copy for a classroom: names shared by the build
 * (src/integrations/offline.ts writes the worker and fills in the control's
 * figures) and the control's script (src/client/offline.ts), and the pure
 * pieces of both.
 */

/** The worker's address; at the site's root, so its scope is the whole site. */
export const OFFLINE_WORKER_PATH = '/sw.js';

/** Workbox's cacheId: every cache the worker makes is named "qcdc-…" (the precache "qcdc-precache-v2-<scope>"). */
export const OFFLINE_CACHE_ID = 'qcdc';

/**
 * The one Trusted Types policy the Content-Security-Policy allows
 * (public/_headers): under require-trusted-types-for 'script',
 * navigator.serviceWorker.register() refuses a plain string, so the control
 * makes a TrustedScriptURL for the worker's address, and for nothing else.
 */
export const OFFLINE_POLICY = 'qcdc-offline';

/** Caches the worker made: the ones «Xóa bản lưu» deletes. */
export const isOfflineCache = (name: string) => name.startsWith(`${OFFLINE_CACHE_ID}-`);
/** The precache, whose entries are the saved files. */
export const isPrecache = (name: string) => name.startsWith(`${OFFLINE_CACHE_ID}-precache-`);

/** "khoảng 1,8 MB": decimal megabytes (as page budgets are written), one decimal under 10 MB, a comma for the decimal point. */
export function sizeText(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`kích thước không hợp lệ: ${bytes}`);
  const mb = bytes / 1_000_000;
  if (mb < 0.1) return 'dưới 0,1 MB';
  const rounded = mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb);
  return `khoảng ${String(rounded).replace('.', ',')} MB`;
}

/** "1.234" as Vietnamese readers group digits. */
export const countText = (n: number) => n.toLocaleString('vi-VN');

export interface CopyFigures {
  /** Files the worker saves. */
  files: number;
  /** Their size in bytes. */
  bytes: number;
}

/** The markers OfflineControl.astro renders and the build fills: the size in words, the file count in words and as data. */
const SIZE_SPAN = /(<span\b[^>]*\bdata-offline-size\b[^>]*>)[^<]*(<\/span>)/;
const FILES_SPAN = /(<span\b[^>]*\bdata-offline-count\b[^>]*>)[^<]*(<\/span>)/;
const FILES_ATTR = /(\bdata-offline-files=")[^"]*(")/;

/**
 * The control's page with the copy's figures written in. Idempotent (a
 * rebuilt copy rewrites them), and it fails when a marker is missing, so a
 * changed component cannot ship without its figures.
 */
export function fillControlFigures(html: string, figures: CopyFigures): string {
  let out = html;
  for (const [pattern, value, name] of [
    [SIZE_SPAN, sizeText(figures.bytes), 'data-offline-size'],
    [FILES_SPAN, countText(figures.files), 'data-offline-count'],
    [FILES_ATTR, String(figures.files), 'data-offline-files'],
  ] as const) {
    if (!pattern.test(out)) throw new Error(`Trang có nút lưu bản dùng khi không có mạng thiếu chỗ ghi ${name}`);
    out = out.replace(pattern, (_m, open: string, close: string) => `${open}${value}${close}`);
  }
  return out;
}

/** What identifies a saved copy: its cache keys (each file's address and, unless hashed in its name, its revision), in order. */
export function copyKeyText(urls: readonly string[]): string {
  return [...urls].sort().join('\n');
}
