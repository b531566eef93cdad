/**
 * The plan kept in this browser. It is stored in the file format, so one
 * reader serves both. A stored plan that cannot be read, or that the site
 * can no longer use whole, is first copied aside under a key of its own
 * (never over an earlier copy), so nothing an instructor typed is lost.
 */
import { parseFile, serializeFile, type Decoded } from '../../lib/plan-codec';
import type { Catalog } from '../../lib/plan-catalog';
import type { Plan } from '../../lib/plan';

export const STORAGE_KEY = 'qcdc.soan-bai';
/** The first set-aside copy; later ones are BROKEN_KEY.2, .3 … */
export const BROKEN_KEY = 'qcdc.soan-bai.khong-doc-duoc';
const MAX_SET_ASIDE = 50;

export type Saved =
  | { status: 'none' }
  | { status: 'ok'; decoded: Extract<Decoded, { ok: true }>; text: string }
  /** setAside: the key the unreadable text was copied to, or null when storage refused. */
  | { status: 'broken'; error: string; setAside: string | null };

const setAsideKey = (n: number) => (n === 1 ? BROKEN_KEY : `${BROKEN_KEY}.${n}`);

/**
 * Copies text to the first free set-aside key (or finds it already there);
 * returns that key, or null when storage refuses. Earlier copies are never overwritten.
 */
export function setAside(text: string): string | null {
  try {
    for (let n = 1; n <= MAX_SET_ASIDE; n++) {
      const key = setAsideKey(n);
      const held = localStorage.getItem(key);
      if (held === text) return key;
      if (held === null) {
        localStorage.setItem(key, text);
        return key;
      }
    }
  } catch {
    /* storage full or disabled */
  }
  return null;
}

export function readSetAside(key: string): string {
  try {
    return localStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/**
 * The saved plan. The builder moves an unreadable one aside (readOnly: false);
 * the print views only read (readOnly: true), so opening one never writes storage.
 */
export function loadSaved(catalog: Pick<Catalog, 'modules'>, options: { readOnly?: boolean } = {}): Saved {
  let text: string | null;
  try {
    text = localStorage.getItem(STORAGE_KEY);
  } catch {
    return { status: 'none' };
  }
  if (text === null) return { status: 'none' };
  const decoded = parseFile(text, catalog);
  if (decoded.ok) return { status: 'ok', decoded, text };
  if (options.readOnly) return { status: 'broken', error: decoded.error, setAside: null };
  const key = setAside(text);
  if (key) {
    try {
      localStorage.removeItem(STORAGE_KEY);
    } catch {
      /* left where it is: the copy is safe either way */
    }
  }
  return { status: 'broken', error: decoded.error, setAside: key };
}

/** False when the browser refuses (storage full or disabled). */
export function save(plan: Plan): boolean {
  try {
    localStorage.setItem(STORAGE_KEY, serializeFile(plan));
    return true;
  } catch {
    return false;
  }
}
