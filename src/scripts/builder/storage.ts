/**
 * The plan kept in this browser. It is stored in the file format, so one
 * reader serves both. A stored plan that cannot be read is moved aside, not
 * overwritten, so nothing an instructor typed is lost silently.
 */
import { parseFile, serializeFile, type Decoded } from '../../lib/plan-codec';
import type { Catalog } from '../../lib/plan-catalog';
import type { Plan } from '../../lib/plan';

export const STORAGE_KEY = 'qcdc.soan-bai';
export const BROKEN_KEY = 'qcdc.soan-bai.khong-doc-duoc';

export type Saved = { status: 'none' } | { status: 'ok'; decoded: Extract<Decoded, { ok: true }> } | { status: 'broken'; error: string };

export function loadSaved(catalog: Pick<Catalog, 'modules'>): Saved {
  let text: string | null;
  try {
    text = localStorage.getItem(STORAGE_KEY);
  } catch {
    return { status: 'none' };
  }
  if (text === null) return { status: 'none' };
  const decoded = parseFile(text, catalog);
  if (decoded.ok) return { status: 'ok', decoded };
  try {
    localStorage.setItem(BROKEN_KEY, text);
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    /* Left where it is; the next save would replace it, which the message says. */
  }
  return { status: 'broken', error: decoded.error };
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
