/**
 * The document model (docx-model.ts) as a Word document: A4, the margins
 * of an administrative document (top and bottom 20 mm, left 30 mm, right
 * 15 mm), Times New Roman, Word's own Heading styles (so its navigation
 * pane lists them), bordered tables, real Word lists, «Trang N/M» in the
 * footer. The `docx` library comes in as an argument: the browser loads it
 * only when asked for a file (import() on click), the tests load it in Node.
 */
import type * as Docx from 'docx';
import type { Block, DocModel, ListFormat, ParagraphBlock, Run, TableModel } from './docx-model';

/** A4 in twentieths of a point, as Word's w:pgSz writes it. */
export const A4_TWIPS = { width: 11906, height: 16838 } as const;
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
export const mmToTwips = (mm: number) => Math.round((mm * 1440) / 25.4);
export const FONT = 'Times New Roman';
/** Body text size in points (13–14 pt for administrative documents; 13 pt as on the printed page). */
export const BODY_PT = 13;

const pt = (points: number) => points * 2; // docx sizes are half-points
const TEXT_WIDTH = A4_TWIPS.width - mmToTwips(MARGINS_MM.left) - mmToTwips(MARGINS_MM.right);
const INDENT = 567; // 1 cm
const HANGING = 397; // 0.7 cm, room for «10.»

export interface DocMeta {
  /** Document properties' title, e.g. «Giáo án: Lớp …». */
  title: string;
  /** The running header of every page. */
  header: string;
  /** Who made it, for the file's properties: the site. */
  creator: string;
  /** Word for «page» before «N/M» in the footer. */
  pageWord: string;
}

export function buildDocument(lib: typeof Docx, model: DocModel, meta: DocMeta): Docx.Document {
  const { AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, HeightRule, LevelFormat, PageNumber, Paragraph, Tab, Table, TableCell, TableRow, TextRun, WidthType } = lib;

  const formats: Record<Exclude<ListFormat, 'none'>, (typeof Docx.LevelFormat)[keyof typeof Docx.LevelFormat]> = {
    decimal: LevelFormat.DECIMAL,
    lowerLetter: LevelFormat.LOWER_LETTER,
    upperLetter: LevelFormat.UPPER_LETTER,
    lowerRoman: LevelFormat.LOWER_ROMAN,
    upperRoman: LevelFormat.UPPER_ROMAN,
    bullet: LevelFormat.BULLET,
  };
  const listFormat = new Map(model.lists.map((l) => [l.id, l.format]));
  const headings = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;
  const alignments = { center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
  const rule = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };

  const runs = (list: Run[]) =>
    list.map((r) => {
      if (r.kind === 'break') return new TextRun({ break: 1 });
      if (r.kind === 'tab') return new TextRun({ children: [new Tab()] });
      return new TextRun({ text: r.text, bold: r.bold, italics: r.italics, allCaps: r.caps });
    });

  const paragraph = (b: ParagraphBlock, inCell: boolean) => {
    const indentLevel = b.list ? b.list.level + 1 : 0;
    const numbered = b.list && b.list.marker && listFormat.get(b.list.id) !== 'none';
    const left = indentLevel * INDENT + (b.list ? HANGING : 0);
    return new Paragraph({
      children: runs(b.runs),
      heading: b.heading ? headings[b.heading] : undefined,
      numbering: numbered && b.list ? { reference: `list-${b.list.id}`, level: b.list.level } : undefined,
      // A numbered paragraph takes its indent from its list; an item's other paragraphs line up with its text.
      indent: numbered ? undefined : b.quote ? { left: left + INDENT / 2 } : b.list ? { left } : undefined,
      border: b.quote ? { left: { ...rule, size: 12, space: 8 } } : undefined,
      alignment: b.align ? alignments[b.align] : undefined,
      pageBreakBefore: b.breakBefore || undefined,
      spacing: inCell ? { before: 20, after: 20 } : undefined,
      keepNext: b.heading ? true : undefined,
    });
  };

  const table = (t: TableModel) => {
    const columns = Math.max(...t.rows.map((r) => r.cells.reduce((n, c) => n + c.colSpan, 0)));
    const weights = t.widths?.length === columns ? t.widths : Array.from({ length: columns }, () => 1);
    const total = weights.reduce((a, b) => a + b, 0) || columns;
    const columnWidths = weights.map((w) => Math.max(400, Math.round((w / total) * TEXT_WIDTH)));
    return new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths,
      borders: Object.fromEntries(['top', 'bottom', 'left', 'right', 'insideHorizontal', 'insideVertical'].map((side) => [side, t.plain ? none : rule])),
      rows: t.rows.map(
        (row) =>
          new TableRow({
            tableHeader: row.header || undefined,
            height: row.height ? { value: row.height, rule: HeightRule.ATLEAST } : undefined,
            cantSplit: true,
            children: row.cells.map(
              (cell) =>
                new TableCell({
                  columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
                  margins: { top: 40, bottom: 40, left: 100, right: 100 },
                  // Word needs every cell to end with a paragraph: an empty cell, or one that ends with a table, gets one.
                  children: [...blocks(cell.blocks, true), ...(cell.blocks.at(-1)?.type === 'paragraph' ? [] : [new Paragraph({})])],
                }),
            ),
          }),
      ),
    });
  };

  const blocks = (list: Block[], inCell = false): (Docx.Paragraph | Docx.Table)[] =>
    list.flatMap((b) => {
      if (b.type === 'paragraph') return [paragraph(b, inCell)];
      // A table cannot carry a page break; an empty paragraph before it does.
      return b.breakBefore ? [new Paragraph({ pageBreakBefore: true }), table(b)] : [table(b)];
    });

  const heading = (size: number, extra: Docx.IRunStylePropertiesOptions = {}, paragraph: Docx.IParagraphStylePropertiesOptions = {}) => ({
    run: { font: FONT, size: pt(size), bold: true, color: '000000', ...extra },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true, ...paragraph },
  });

  return new Document({
    title: meta.title,
    creator: meta.creator,
    lastModifiedBy: meta.creator,
    styles: {
      default: {
        document: { run: { font: FONT, size: pt(BODY_PT), language: { value: 'vi-VN' } }, paragraph: { spacing: { after: 100, line: 288 } } },
        heading1: heading(16, {}, { alignment: AlignmentType.CENTER, outlineLevel: 0 }),
        heading2: heading(14, {}, { outlineLevel: 1 }),
        heading3: heading(13, {}, { outlineLevel: 2 }),
        heading4: heading(13, { italics: true }, { outlineLevel: 3, spacing: { before: 160, after: 80 } }),
      },
    },
    numbering: {
      config: model.lists
        .filter((l) => l.format !== 'none')
        .map((l) => ({
          reference: `list-${l.id}`,
          // Each HTML list is one level of one Word list: levels up to its own, no more.
          levels: Array.from({ length: l.level + 1 }, (_, level) => ({
            level,
            format: formats[l.format as Exclude<ListFormat, 'none'>],
            text: l.format === 'bullet' ? '•' : `%${level + 1}.`,
            start: l.start,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: (level + 1) * INDENT + HANGING, hanging: HANGING } } },
          })),
        })),
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_TWIPS.width, height: A4_TWIPS.height },
            margin: {
              top: mmToTwips(MARGINS_MM.top),
              bottom: mmToTwips(MARGINS_MM.bottom),
              left: mmToTwips(MARGINS_MM.left),
              right: mmToTwips(MARGINS_MM.right),
              header: mmToTwips(10),
              footer: mmToTwips(10),
            },
          },
        },
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: meta.header.normalize('NFC'), size: pt(9) })] })] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ size: pt(10), children: [`${meta.pageWord} `, PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: blocks(model.blocks),
      },
    ],
  });
}
