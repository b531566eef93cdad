/**
 * The control of the offline copy on /giang-vien/ (OfflineControl.astro).
 * On load it only asks the browser whether a copy is registered (no request);
 * the worker is registered when the button is pressed, and only then does
 * anything get fetched. The copy's state is told in words beside the buttons.
 */
import { copyKeyText, countText, isOfflineCache, isPrecache, OFFLINE_POLICY, OFFLINE_WORKER_PATH } from '../lib/offline';

/** The cache keys of the copy this control last reported (as SHA-256), to tell when a newer one was saved. */
const SEEN_KEY = 'qcdc.ban-luu';

/** Trusted Types as Chromium has them (not in TypeScript's DOM library yet). */
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown };
}
declare global {
  interface Window {
    trustedTypes?: TrustedTypesFactory;
  }
}

/** A failure this script describes itself, in Vietnamese. */
class OfflineError extends Error {}

/** What went wrong, in Vietnamese (the browser's own message, often English, goes to the console). */
function reason(error: unknown): string {
  if (error instanceof OfflineError) return error.message;
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return 'bộ nhớ của trình duyệt không còn đủ chỗ';
  if (error instanceof DOMException && error.name === 'SecurityError') return 'trình duyệt không cho phép lưu (có thể đang ở chế độ ẩn danh hoặc đã chặn lưu dữ liệu của trang)';
  if (error instanceof TypeError) return 'không tải được tệp từ trang (có thể máy đang mất mạng)';
  return 'trình duyệt báo lỗi (chi tiết ở mục Console trong công cụ dành cho nhà phát triển)';
}

let policy: ReturnType<TrustedTypesFactory['createPolicy']> | undefined;

/**
 * The worker's address as register() accepts it under the site's CSP
 * (require-trusted-types-for 'script'): a TrustedScriptURL from the one policy
 * the CSP allows, which vouches for the worker's address and nothing else.
 * Browsers without Trusted Types take the string.
 */
function workerUrl(): string {
  const factory = window.trustedTypes;
  if (!factory) return OFFLINE_WORKER_PATH;
  policy ??= factory.createPolicy(OFFLINE_POLICY, {
    createScriptURL(url) {
      if (url !== OFFLINE_WORKER_PATH) throw new TypeError(`Chỉ ${OFFLINE_WORKER_PATH} được đăng ký làm service worker, không phải ${url}`);
      return url;
    },
  });
  return policy.createScriptURL(OFFLINE_WORKER_PATH) as string;
}

/** The saved files' cache keys. */
async function savedKeys(): Promise<string[]> {
  const urls: string[] = [];
  for (const name of await caches.keys()) {
    if (!isPrecache(name)) continue;
    const cache = await caches.open(name);
    urls.push(...(await cache.keys()).map((request) => request.url));
  }
  return urls;
}

async function copyId(keys: string[]): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(copyKeyText(keys)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function readSeen(): string | null {
  try {
    return localStorage.getItem(SEEN_KEY);
  } catch {
    return null;
  }
}

function writeSeen(id: string | null): void {
  try {
    if (id === null) localStorage.removeItem(SEEN_KEY);
    else localStorage.setItem(SEEN_KEY, id);
  } catch {
    /* storage refused: the control then cannot tell an update from the first copy, nothing worse */
  }
}

/** Resolves when the worker is active (its install, which saves every file, has succeeded); rejects if it was dropped. */
function untilActivated(worker: ServiceWorker): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (worker.state === 'activated') {
        worker.removeEventListener('statechange', check);
        resolve();
      } else if (worker.state === 'redundant') {
        worker.removeEventListener('statechange', check);
        reject(new OfflineError('có tệp không tải được nên bản lưu bị hủy'));
      }
    };
    worker.addEventListener('statechange', check);
    check();
  });
}

/**
 * The control's element by its data attribute. (Not dom.ts's $: sharing that module with this
 * script would make the bundler split the search box's chunks anew, and every page would carry a little more.)
 */
function part<T extends HTMLElement = HTMLElement>(root: HTMLElement, name: string): T {
  const el = root.querySelector<T>(`[data-offline-${name}]`);
  if (!el) throw new Error(`Thiếu phần tử data-offline-${name}`);
  return el;
}

function init(root: HTMLElement) {
  const actions = part(root, 'actions');
  const save = part<HTMLButtonElement>(root, 'save');
  const remove = part<HTMLButtonElement>(root, 'remove');
  const status = part(root, 'status');
  const expected = Number(root.dataset.offlineFiles) || 0;
  part(root, 'nojs').hidden = true;
  // No figures: `astro dev`, which writes no worker either.
  if (!expected) part(root, 'figures').hidden = true;

  const say = (text: string, isError = false) => {
    status.textContent = text;
    status.classList.toggle('field-message--error', isError);
  };
  const fail = (what: string, error: unknown, hint = ' Kiểm tra kết nối mạng rồi thử lại.') => {
    console.error(`${what}:`, error);
    say(`${what}: ${reason(error)}.${hint}`, true);
  };
  const showSaved = (saved: boolean) => {
    part(root, 'save-wrap').hidden = saved;
    save.disabled = false;
    part(root, 'remove-wrap').hidden = !saved;
    remove.disabled = false;
  };

  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    say('Trình duyệt này không lưu được học liệu để dùng khi không có mạng (cần trình duyệt mới của Chrome, Edge, Firefox hoặc Safari, và trang được mở qua https).', true);
    return;
  }
  actions.hidden = false;

  /**
   * Follows a worker that is saving files until it is active; returns the number of files saved.
   * A first copy shows the count so far (the precache fills one file at a time); an update refills
   * a cache that is already full, so there it only says it is saving.
   */
  const follow = async (worker: ServiceWorker, saving: string, counting: boolean): Promise<number> => {
    let done = false;
    const progress = async () => {
      while (!done) {
        const n = (await savedKeys()).length;
        if (!done) say(`${saving} ${countText(Math.min(n, expected || n))}${expected ? `/${countText(expected)}` : ''} tệp`);
        await new Promise((r) => setTimeout(r, 400));
      }
    };
    if (counting) void progress();
    else say(saving);
    try {
      await untilActivated(worker);
    } finally {
      done = true;
    }
    const keys = await savedKeys();
    writeSeen(await copyId(keys));
    return keys.length;
  };

  /** A newer worker found while this page is open (the browser checks on each visit): it saves the new files. */
  const watchUpdates = (registration: ServiceWorkerRegistration) => {
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      if (worker) void followUpdate(worker);
    });
  };
  const followUpdate = async (worker: ServiceWorker) => {
    showSaved(true);
    try {
      const n = await follow(worker, 'Đang lưu bản mới hơn của học liệu…', false);
      say(`Đã lưu bản mới hơn của học liệu: ${countText(n)} tệp. Tải lại trang để xem bản mới.`);
    } catch (error) {
      fail('Không lưu được bản mới hơn; bản lưu trước vẫn dùng được', error);
    }
  };

  const showState = async () => {
    const registration = await navigator.serviceWorker.getRegistration('/');
    if (!registration) {
      showSaved(false);
      return;
    }
    watchUpdates(registration);
    const pending = registration.installing ?? registration.waiting;
    if (pending) return followUpdate(pending);
    showSaved(true);
    const keys = await savedKeys();
    const id = await copyId(keys);
    const seen = readSeen();
    writeSeen(id);
    say(
      seen && seen !== id
        ? `Đã lưu bản mới hơn của học liệu: ${countText(keys.length)} tệp, dùng được khi không có mạng.`
        : `Học liệu đã được lưu trên máy này (${countText(keys.length)} tệp), dùng được khi không có mạng.`,
    );
  };

  save.addEventListener('click', async () => {
    save.disabled = true;
    say('Đang lưu…');
    try {
      const registration = await navigator.serviceWorker.register(workerUrl(), { scope: '/', updateViaCache: 'none' });
      const worker = registration.installing ?? registration.waiting ?? registration.active;
      if (!worker) throw new OfflineError('trình duyệt không khởi động được phần lưu (service worker)');
      const n = await follow(worker, 'Đang lưu…', true);
      // Only now: the first install also fires updatefound, and it is not an update.
      watchUpdates(registration);
      showSaved(true);
      say(`Đã lưu ${countText(n)} tệp: học liệu dùng được khi không có mạng.`);
    } catch (error) {
      save.disabled = false;
      fail('Không lưu được học liệu', error);
      // A failed first install leaves the files it had saved in a cache no worker uses: drop them.
      const left = await navigator.serviceWorker.getRegistration('/').catch(() => undefined);
      if (!left?.active) for (const name of await caches.keys()) if (isOfflineCache(name)) await caches.delete(name);
    }
  });

  remove.addEventListener('click', async () => {
    remove.disabled = true;
    say('Đang xóa bản lưu…');
    try {
      for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
      for (const name of await caches.keys()) if (isOfflineCache(name)) await caches.delete(name);
      writeSeen(null);
      showSaved(false);
      say('Đã xóa bản lưu: máy này không còn giữ học liệu để dùng khi không có mạng.');
    } catch (error) {
      remove.disabled = false;
      console.error('Không xóa được bản lưu:', error);
      say(`Không xóa được bản lưu: ${reason(error)}.`, true);
    }
  });

  showState().catch((error: unknown) => fail('Không đọc được tình trạng bản lưu', error, ''));
}

const root = document.querySelector<HTMLElement>('[data-offline-control]');
if (root) init(root);
