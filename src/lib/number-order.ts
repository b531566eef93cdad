/**
 * Number order for the register: by the serial as a number (9 before 10
 * before 111), then the rest of the number (its symbols, year and issuer)
 * in natural order, then the date. Numbers are read by numberKey, the one
 * spelling-insensitive reading of a number the lookups use, so "QĐ" and "QD"
 * sort together. A number with no leading serial comes last.
 */
import { numberKey } from './document-mentions';

interface Numbered {
  number: string;
  date: string | null;
}

const natural = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** The serial (NaN when the number does not start with one) and the rest of the key. */
function parts(number: string): { serial: number; rest: string } {
  const key = numberKey(number);
  const match = /^(\d+)(?:-(.*))?$/.exec(key);
  return match ? { serial: Number(match[1]), rest: match[2] ?? '' } : { serial: Number.NaN, rest: key };
}

export function compareByNumber(a: Numbered, b: Numbered): number {
  const pa = parts(a.number);
  const pb = parts(b.number);
  const aHas = !Number.isNaN(pa.serial);
  const bHas = !Number.isNaN(pb.serial);
  if (aHas !== bHas) return aHas ? -1 : 1;
  if (aHas && pa.serial !== pb.serial) return pa.serial - pb.serial;
  return natural.compare(pa.rest, pb.rest) || (a.date ?? '').localeCompare(b.date ?? '') || a.number.localeCompare(b.number);
}

/** The items in number order (a new array). */
export const sortByNumber = <T extends Numbered>(items: readonly T[]): T[] => [...items].sort(compareByNumber);
