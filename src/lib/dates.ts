/**
 * Dates as Vietnamese administrative texts write them (and as 111-CV/TU does:
 * "07/01/2016", "04/3/2011", "18/02/1998"): the day padded below 10, the
 * month padded only for January and February.
 */
export function formatDate(iso: string): string {
  const [year, month, day] = parseIso(iso);
  const dd = String(day).padStart(2, '0');
  const mm = month < 3 ? String(month).padStart(2, '0') : String(month);
  return `${dd}/${mm}/${year}`;
}

/** "ngày 13 tháng 4 năm 2016", for running text. */
export function formatDateLong(iso: string): string {
  const [year, month, day] = parseIso(iso);
  return `ngày ${String(day).padStart(2, '0')} tháng ${month} năm ${year}`;
}

export function yearOf(iso: string): number {
  return parseIso(iso)[0];
}

function parseIso(iso: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Ngày không đúng dạng YYYY-MM-DD: "${iso}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}
