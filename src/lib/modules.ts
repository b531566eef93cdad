/**
 * Pure helpers for training modules: which parts of a held text a module
 * teaches (from its provision refs), and its neighbours in teaching order.
 */

/** "111-cv-tu-2016#muc-4-doan-2" → "111-cv-tu-2016#muc-4": the part a reference belongs to. */
export function partRef(ref: string): string {
  return ref.replace(/-doan-\d+$/, '');
}

/** The parts a module's references fall in, each once, in the order first referenced. */
export function partsTaught(refs: readonly string[]): string[] {
  return [...new Set(refs.map(partRef))];
}

/** The point numbers (1–5) a set of references teaches, ascending. */
export function pointsTaught(refs: readonly string[]): number[] {
  const points = new Set<number>();
  for (const ref of refs) {
    const match = /#muc-(\d+)(?:-doan-\d+)?$/.exec(ref);
    if (match) points.add(Number(match[1]));
  }
  return [...points].sort((a, b) => a - b);
}

/** Previous and next items of a list in order (undefined at either end). */
export function neighbours<T>(list: readonly T[], index: number): { previous?: T; next?: T } {
  return { previous: index > 0 ? list[index - 1] : undefined, next: index >= 0 && index < list.length - 1 ? list[index + 1] : undefined };
}

/** "45 phút", "1 giờ 30 phút": durations as Vietnamese readers write them. */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} phút`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} giờ ${rest} phút` : `${hours} giờ`;
}
