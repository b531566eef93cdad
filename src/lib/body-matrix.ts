/**
 * Who does what, point by point, derived from the one place it is recorded:
 * each paragraph's `bodies` (tasked) and `mentions` (named only) in
 * content/provisions/. Nothing here is typed a second time.
 */

export interface MatrixParagraph {
  anchor: string;
  /** Citation label, e.g. "Mục 4, đoạn 2". */
  label: string;
  bodies: readonly string[];
  mentions: readonly string[];
}

export interface MatrixPart {
  anchor: string;
  kind: string;
  point?: number;
  label: string;
  paragraphs: readonly MatrixParagraph[];
}

export interface MatrixCell {
  /** The column's part anchor ("muc-3", "to-chuc-thuc-hien", "noi-nhan"). */
  column: string;
  /** Its point number, for the numbered points. */
  point?: number;
  /** Paragraphs of the part that give the body a task. */
  tasked: { anchor: string; label: string }[];
  /** Paragraphs of the part that name the body without tasking it. */
  mentioned: { anchor: string; label: string }[];
}

export interface MatrixRow {
  body: string;
  cells: MatrixCell[];
}

export interface MatrixColumn {
  anchor: string;
  point?: number;
  label: string;
}

export interface BodyMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

/** The parts that give tasks: points 1–5, then the closing part (work programme and reports) and «Nơi nhận». */
const COLUMN_KINDS = ['point', 'closing', 'recipients'];

/**
 * One row for each body that a point, the closing part or «Nơi nhận» tasks
 * or names. Rows follow the directive: bodies first tasked in point 1 come
 * first, then point 2, …; bodies only named come last; ties keep the order
 * of `order` (e.g. by name).
 */
export function bodyMatrix(parts: readonly MatrixPart[], order: readonly string[] = []): BodyMatrix {
  const columns = parts
    .filter((p) => COLUMN_KINDS.includes(p.kind))
    .sort((a, b) => COLUMN_KINDS.indexOf(a.kind) - COLUMN_KINDS.indexOf(b.kind) || (a.point ?? 0) - (b.point ?? 0));
  const bodies = new Set<string>();
  for (const part of columns) for (const p of part.paragraphs) for (const b of [...p.bodies, ...p.mentions]) bodies.add(b);

  const rows: MatrixRow[] = [...bodies].map((body) => ({
    body,
    cells: columns.map((part) => ({
      column: part.anchor,
      ...(part.point !== undefined && { point: part.point }),
      tasked: part.paragraphs.filter((p) => p.bodies.includes(body)).map(({ anchor, label }) => ({ anchor, label })),
      mentioned: part.paragraphs.filter((p) => p.mentions.includes(body) && !p.bodies.includes(body)).map(({ anchor, label }) => ({ anchor, label })),
    })),
  }));

  const firstTasked = (row: MatrixRow) => {
    const i = row.cells.findIndex((c) => c.tasked.length);
    return i < 0 ? Number.POSITIVE_INFINITY : i;
  };
  const rank = (body: string) => {
    const i = order.indexOf(body);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  rows.sort((a, b) => firstTasked(a) - firstTasked(b) || rank(a.body) - rank(b.body) || a.body.localeCompare(b.body));

  return { columns: columns.map((p) => ({ anchor: p.anchor, ...(p.point !== undefined && { point: p.point }), label: p.label })), rows };
}

/** Every paragraph, anywhere in the text, that tasks or only names a body. */
export function provisionsOf(parts: readonly MatrixPart[], body: string): { tasked: MatrixParagraph[]; mentioned: MatrixParagraph[] } {
  const all = parts.flatMap((p) => p.paragraphs);
  return {
    tasked: all.filter((p) => p.bodies.includes(body)),
    mentioned: all.filter((p) => p.mentions.includes(body) && !p.bodies.includes(body)),
  };
}

/** Every body some paragraph tasks: each must have a page. */
export function taskedBodies(parts: readonly MatrixPart[]): Set<string> {
  return new Set(parts.flatMap((p) => p.paragraphs.flatMap((para) => para.bodies)));
}
