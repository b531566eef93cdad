/**
 * What a print view says, as a Word document will say it: a walk of the
 * rendered DOM into a small model of paragraphs (headings, list items,
 * quotes) and tables, with runs of bold, italic text and line breaks. The
 * walk reads the DOM as it is, so it follows whatever the views render;
 * what only the browser knows (the print stylesheet, computed list styles,
 * column widths) comes in as hints, so the walk itself needs no layout and
 * runs in Node on a parsed page (docx-model.test.ts).
 */
import { slugify } from './slug';

/** Text with its look (caps: shown in capitals by CSS, the text itself as written), a line break, or a tab. */
export type Run = { kind: 'text'; text: string; bold?: boolean; italics?: boolean; caps?: boolean } | { kind: 'break' } | { kind: 'tab' };

export type ListFormat = 'decimal' | 'lowerLetter' | 'upperLetter' | 'lowerRoman' | 'upperRoman' | 'bullet' | 'none';

/** One HTML list: Word numbers each on its own, from its own start. */
export interface ListDef {
  id: number;
  format: ListFormat;
  start: number;
  /** How deep it sits in other lists (0: not in one). */
  level: number;
}

export interface ParagraphBlock {
  type: 'paragraph';
  runs: Run[];
  heading?: 1 | 2 | 3 | 4;
  /** In a list: which, how deep, and whether this paragraph carries the item's number or bullet (an item's later paragraphs do not). */
  list?: { id: number; level: number; marker: boolean };
  quote?: boolean;
  align?: 'center' | 'right';
  breakBefore?: boolean;
}

export interface CellModel {
  blocks: Block[];
  header: boolean;
  colSpan: number;
}

export interface TableModel {
  type: 'table';
  /** height: the row's least height in twips (boxes to write in). */
  rows: { header: boolean; cells: CellModel[]; height?: number }[];
  /** Relative column widths, as the page lays them out; equal when unknown. */
  widths?: number[];
  /** Without borders: blocks the page sets side by side, not a table of data. */
  plain?: boolean;
  breakBefore?: boolean;
}

/** Where the page puts a child of a flex row or grid: which line of boxes (0, 1, …), its size in CSS pixels, and whether it is drawn as a box. */
export interface BoxPlace {
  row: number;
  width: number;
  height: number;
  bordered: boolean;
}

export type Block = ParagraphBlock | TableModel;

export interface DocModel {
  blocks: Block[];
  lists: ListDef[];
}

/** What the browser knows about the page and a parsed DOM does not. */
export interface DomHints {
  /** The page's address, for links' full addresses. */
  base: string;
  /** Hidden on paper by the print stylesheet (beyond `[hidden]` and `.no-print`). */
  skip?(el: Element): boolean;
  /** Starts a new page on paper. */
  breakBefore?(el: Element): boolean;
  /** The list's marker style (CSS list-style-type), when the page sets one. */
  listFormat?(list: Element): ListFormat | undefined;
  align?(el: Element): 'center' | 'right' | undefined;
  columnWidths?(table: Element): number[] | undefined;
  /** An inline box kept apart from the text beside it by its margins (a label before a paragraph): Word gets a space there. */
  apart?(el: Element): boolean;
  /** How the element's text looks (computed style); without it, strong, em and th decide. */
  look?(el: Element): { bold: boolean; italics: boolean; caps: boolean };
  /**
   * For an element that sets its children side by side (a flex row, a grid):
   * the place of each element child, in order (null for one with no box).
   * Inline children then stay on one line, separated by tabs; blocks side by
   * side become a table (bordered when all are boxes, like a score box).
   */
  boxes?(el: Element): (BoxPlace | null)[] | undefined;
}

/** Elements that flow within a line; every other element starts a block. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'svg', 'time', 'u', 'var', 'wbr']);
/** Never text on paper: controls, scripts, media. */
const IGNORED = new Set(['script', 'style', 'template', 'noscript', 'button', 'input', 'select', 'textarea', 'canvas', 'video', 'audio', 'iframe', 'img', 'picture', 'object', 'hr', 'dialog']);
const BOLD = new Set(['strong', 'b', 'th']);
const ITALIC = new Set(['em', 'i', 'cite', 'dfn', 'var']);
/** What a blank to fill in by hand (an empty `.fill`) becomes in Word. */
export const FILL = '…'.repeat(10);

/** CSS pixels to twips: 96 px an inch, 1440 twips an inch. */
const PX_TWIPS = 15;
const ELEMENT = 1;
const TEXT = 3;

interface Item {
  id: number;
  level: number;
  marker: boolean;
}

interface Ctx {
  owner: Element;
  bold: boolean;
  italics: boolean;
  caps: boolean;
  heading?: 1 | 2 | 3 | 4;
  quote: boolean;
  item?: Item;
}

const tagOf = (el: Element) => el.tagName.toLowerCase();

/** Whether the page hides an element on paper. */
function hidden(el: Element, hints: DomHints): boolean {
  return el.hasAttribute('hidden') || el.classList.contains('no-print') || !!hints.skip?.(el);
}

class Walker {
  private runs: Run[] = [];
  private pendingBreak = false;
  private emitted = 0;
  readonly lists: ListDef[] = [];

  constructor(private readonly hints: DomHints) {}

  walk(root: Element): Block[] {
    const out: Block[] = [];
    const ctx: Ctx = { owner: root, bold: false, italics: false, caps: false, quote: false };
    this.children(root, ctx, out);
    this.flush(ctx, out);
    return out;
  }

  private children(parent: Element, ctx: Ctx, out: Block[]) {
    for (const child of parent.childNodes) this.node(child, ctx, out);
  }

  /** The look of an element's text: the page's computed style when known, else what its tag implies. */
  private styled(el: Element, tag: string, ctx: Ctx): Ctx {
    const look = this.hints.look?.(el);
    if (look) return { ...ctx, ...look };
    return { ...ctx, bold: ctx.bold || BOLD.has(tag), italics: ctx.italics || ITALIC.has(tag) };
  }

  private node(node: Node, ctx: Ctx, out: Block[]) {
    if (node.nodeType === TEXT) {
      const text = node.nodeValue ?? '';
      if (text) this.runs.push(textRun(text, ctx));
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const el = node as Element;
    const tag = tagOf(el);
    if (IGNORED.has(tag) || hidden(el, this.hints)) return;
    if (INLINE.has(tag)) this.inline(el, tag, ctx, out);
    else this.block(el, tag, ctx, out);
  }

  private inline(el: Element, tag: string, ctx: Ctx, out: Block[]) {
    if (tag === 'br') return void this.runs.push({ kind: 'break' });
    if (tag === 'wbr') return;
    if (tag === 'svg') {
      // A QR code becomes the address it encodes, unless the text beside it already gives it.
      const url = el.getAttribute('data-qr');
      if (url && !(el.parentElement?.textContent ?? '').includes(url)) this.runs.push(textRun(` ${url} `, ctx));
      return;
    }
    const inner = this.styled(el, tag, ctx);
    if (el.classList.contains('fill') && !(el.textContent ?? '').trim()) {
      this.runs.push(textRun(FILL, ctx));
      return;
    }
    const apart = !!this.hints.apart?.(el);
    if (apart) this.runs.push(textRun(' ', ctx));
    this.children(el, inner, out);
    if (apart) this.runs.push(textRun(' ', ctx));
    if (tag === 'a') {
      const address = linkAddress(el, this.hints.base);
      if (address) this.runs.push(textRun(` (${address})`, ctx));
    }
  }

  private block(el: Element, tag: string, ctx: Ctx, out: Block[]) {
    this.flush(ctx, out);
    if (this.emitted > 0 && this.hints.breakBefore?.(el)) this.pendingBreak = true;
    const heading = /^h([1-6])$/.exec(tag);
    const own: Ctx = { ...this.styled(el, tag, ctx), owner: el, ...(heading ? { heading: Math.min(Number(heading[1]), 4) as 1 | 2 | 3 | 4 } : {}) };
    if (heading) {
      this.children(el, own, out);
    } else if (tag === 'ul' || tag === 'ol') {
      this.list(el, tag, own, out);
    } else if (tag === 'table') {
      this.table(el, own, out);
    } else if (tag === 'dl') {
      this.definitions(el, own, out);
    } else if (tag === 'blockquote') {
      this.children(el, { ...own, quote: true }, out);
    } else if (this.sideBySide(el, own, out)) {
      // written as a line with tabs or as a table
    } else {
      this.children(el, own, out);
    }
    this.flush(own, out);
  }

  /** Children the page sets side by side: inline ones as one line with tabs, blocks as a table. */
  private sideBySide(el: Element, ctx: Ctx, out: Block[]): boolean {
    const places = this.hints.boxes?.(el);
    const kids = [...el.children];
    if (!places || kids.length < 2) return false;
    if (kids.every((c) => INLINE.has(tagOf(c)))) {
      this.tabbed(el, ctx, out);
      return true;
    }
    const boxes = kids.flatMap((kid, i) => {
      const place = places[i];
      const tag = tagOf(kid);
      return place && !IGNORED.has(tag) && tag !== 'svg' && !hidden(kid, this.hints) ? [{ kid, place }] : [];
    });
    const lines = [...new Set(boxes.map((b) => b.place.row))].map((row) => boxes.filter((b) => b.place.row === row));
    if (!lines.some((line) => line.length > 1)) return false;
    const bordered = boxes.every((b) => b.place.bordered);
    const columns = Math.max(...lines.map((line) => line.length));
    const widest = lines.find((line) => line.length === columns)!;
    this.push(
      {
        type: 'table',
        ...(bordered ? {} : { plain: true }),
        widths: widest.map((b) => b.place.width),
        rows: lines.map((line) => ({
          header: false,
          // A shorter line's last box spans the columns left.
          cells: line.map((b, i) => ({ blocks: tagOf(b.kid) === 'table' ? this.box(b.kid) : this.cell(b.kid), header: false, colSpan: i === line.length - 1 ? columns - line.length + 1 : 1 })),
          ...(bordered ? { height: Math.round(Math.max(...line.map((b) => b.place.height)) * PX_TWIPS) } : {}),
        })),
      },
      out,
    );
    return true;
  }

  private tabbed(el: Element, ctx: Ctx, out: Block[]) {
    let first = true;
    for (const child of el.childNodes) {
      const isElement = child.nodeType === ELEMENT;
      if (isElement && (IGNORED.has(tagOf(child as Element)) || hidden(child as Element, this.hints))) continue;
      if (!isElement && !(child.nodeValue ?? '').trim()) continue;
      if (!first) this.runs.push({ kind: 'tab' });
      first = false;
      this.node(child, ctx, out);
    }
  }

  private list(el: Element, tag: string, ctx: Ctx, out: Block[]) {
    const start = Number.parseInt(el.getAttribute('start') ?? '', 10);
    const level = ctx.item ? ctx.item.level + 1 : 0;
    const def: ListDef = {
      id: this.lists.length + 1,
      format: this.hints.listFormat?.(el) ?? (tag === 'ol' ? 'decimal' : 'bullet'),
      start: Number.isFinite(start) ? start : 1,
      level,
    };
    this.lists.push(def);
    for (const child of el.childNodes) {
      if (child.nodeType === ELEMENT && tagOf(child as Element) === 'li') {
        const li = child as Element;
        if (hidden(li, this.hints)) continue;
        const item: Ctx = { ...ctx, owner: li, item: { id: def.id, level, marker: true } };
        this.children(li, item, out);
        this.flush(item, out);
      } else this.node(child, ctx, out);
    }
  }

  /** A definition list as lines «term: description». */
  private definitions(el: Element, ctx: Ctx, out: Block[]) {
    let afterTerm = false;
    for (const child of el.children) {
      const tag = tagOf(child);
      if (hidden(child, this.hints)) continue;
      if (tag === 'dt') {
        this.flush(ctx, out);
        const term = { ...this.styled(child, tag, ctx), bold: true };
        this.children(child, term, out);
        this.runs.push(textRun(': ', term));
        afterTerm = true;
      } else if (tag === 'dd') {
        if (!afterTerm) this.runs.push({ kind: 'text', text: '; ' });
        this.children(child, this.styled(child, tag, ctx), out);
        afterTerm = false;
      } else this.node(child, ctx, out);
    }
    this.flush(ctx, out);
  }

  /** A cell's content: a document of its own, in which a page break never falls. */
  private cell(cell: Element): Block[] {
    const blocks: Block[] = [];
    const ctx = this.styled(cell, tagOf(cell), { owner: cell, bold: false, italics: false, caps: false, quote: false });
    const saved = this.pendingBreak;
    this.pendingBreak = false;
    this.children(cell, ctx, blocks);
    this.flush(ctx, blocks);
    this.pendingBreak = saved;
    return blocks;
  }

  /** A box that is itself a table (the answer sheet's columns): the table, whole, inside the layout's cell. */
  private box(el: Element): Block[] {
    const blocks: Block[] = [];
    const saved = this.pendingBreak;
    this.pendingBreak = false;
    this.table(el, this.styled(el, 'table', { owner: el, bold: false, italics: false, caps: false, quote: false }), blocks);
    this.pendingBreak = saved;
    return blocks;
  }

  private push(table: TableModel, out: Block[]) {
    if (this.pendingBreak) table.breakBefore = true;
    this.pendingBreak = false;
    out.push(table);
    this.emitted++;
  }

  private table(el: Element, ctx: Ctx, out: Block[]) {
    const rows: TableModel['rows'] = [];
    const rowsOf = (parent: Element, header: boolean) => {
      for (const child of parent.children) {
        const tag = tagOf(child);
        if (hidden(child, this.hints)) continue;
        if (tag === 'thead') rowsOf(child, true);
        else if (tag === 'tbody' || tag === 'tfoot') rowsOf(child, false);
        else if (tag === 'caption') this.block(child, tag, ctx, out);
        else if (tag === 'tr') {
          const cells: CellModel[] = [];
          for (const cell of child.children) {
            const cellTag = tagOf(cell);
            if ((cellTag !== 'td' && cellTag !== 'th') || hidden(cell, this.hints)) continue;
            const blocks = this.cell(cell);
            const span = Number.parseInt(cell.getAttribute('colspan') ?? '', 10);
            cells.push({ blocks, header: cellTag === 'th', colSpan: span > 1 ? span : 1 });
          }
          if (cells.length) rows.push({ header, cells });
        }
      }
    };
    rowsOf(el, false);
    if (!rows.length) return;
    const table: TableModel = { type: 'table', rows };
    const widths = this.hints.columnWidths?.(el);
    if (widths?.length) table.widths = widths;
    this.push(table, out);
  }

  private flush(ctx: Ctx, out: Block[]) {
    const runs = tidyRuns(this.runs);
    this.runs = [];
    if (!runs.some((r) => r.kind === 'text')) return;
    const block: ParagraphBlock = { type: 'paragraph', runs };
    if (ctx.heading) block.heading = ctx.heading;
    if (ctx.item) {
      block.list = { ...ctx.item };
      ctx.item.marker = false;
    }
    if (ctx.quote) block.quote = true;
    const align = this.hints.align?.(ctx.owner);
    if (align) block.align = align;
    if (this.pendingBreak) block.breakBefore = true;
    this.pendingBreak = false;
    out.push(block);
    this.emitted++;
  }
}

/** A link's full address, when its text does not already say it (and it leads somewhere). */
export function linkAddress(a: Element, base: string): string | null {
  const href = a.getAttribute('href');
  if (!href || href.startsWith('#') || /^javascript:/i.test(href)) return null;
  let full: string;
  try {
    full = new URL(href, base).href;
  } catch {
    return null;
  }
  const text = collapse(a.textContent ?? '').trim();
  return text === full || text === href || text.includes(full) ? null : full;
}

const textRun = (text: string, look: { bold: boolean; italics: boolean; caps: boolean }): Run => ({ kind: 'text', text, bold: look.bold, italics: look.italics, caps: look.caps });

const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ');

/**
 * Runs as HTML shows them: white space collapsed across runs, none at the
 * ends of a line or around a tab, neighbours of one format merged, text NFC.
 */
export function tidyRuns(input: readonly Run[]): Run[] {
  const out: Run[] = [];
  let atLineStart = true;
  for (const run of input) {
    if (run.kind !== 'text') {
      trimEnd(out);
      out.push(run);
      atLineStart = true;
      continue;
    }
    let text = collapse(run.text).normalize('NFC');
    if (atLineStart || endsWithSpace(out)) text = text.replace(/^ /, '');
    if (!text) continue;
    atLineStart = false;
    const last = out.at(-1);
    if (last?.kind === 'text' && !!last.bold === !!run.bold && !!last.italics === !!run.italics && !!last.caps === !!run.caps) last.text += text;
    else out.push({ kind: 'text', text, ...(run.bold ? { bold: true } : {}), ...(run.italics ? { italics: true } : {}), ...(run.caps ? { caps: true } : {}) });
  }
  trimEnd(out);
  while (out[0]?.kind === 'break') out.shift();
  while (out.at(-1)?.kind === 'break') {
    out.pop();
    trimEnd(out);
  }
  return out;
}

function endsWithSpace(runs: Run[]): boolean {
  const last = runs.at(-1);
  return last?.kind === 'text' && last.text.endsWith(' ');
}

function trimEnd(runs: Run[]) {
  const last = runs.at(-1);
  if (last?.kind !== 'text') return;
  last.text = last.text.replace(/ $/, '');
  if (!last.text) {
    runs.pop();
    trimEnd(runs);
  }
}

/** The print view's content as a document model. */
export function modelFromDom(root: Element, hints: DomHints): DocModel {
  const walker = new Walker(hints);
  const blocks = walker.walk(root);
  return { blocks, lists: walker.lists };
}

/** A list-style-type as Word names its number format; undefined for styles Word has no like of. */
export function listFormatOf(cssListStyle: string): ListFormat | undefined {
  const formats: Record<string, ListFormat> = {
    decimal: 'decimal',
    'lower-alpha': 'lowerLetter',
    'lower-latin': 'lowerLetter',
    'upper-alpha': 'upperLetter',
    'upper-latin': 'upperLetter',
    'lower-roman': 'lowerRoman',
    'upper-roman': 'upperRoman',
    disc: 'bullet',
    circle: 'bullet',
    square: 'bullet',
    none: 'none',
  };
  return Object.hasOwn(formats, cssListStyle) ? formats[cssListStyle] : undefined;
}

/** Longest slug of the class title kept in a file name: long enough to tell classes apart, short enough for any disk. */
const TITLE_SLUG_MAX = 80;

/** The .docx file's name: the view, then the class title folded to ASCII (src/lib/slug.ts). */
export function docxFileName(view: string, title: string): string {
  let slug = slugify(title);
  if (slug.length > TITLE_SLUG_MAX) {
    const cut = slug.slice(0, TITLE_SLUG_MAX + 1);
    slug = cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, TITLE_SLUG_MAX);
  }
  return `${[slugify(view), slug].filter(Boolean).join('-') || 'tai-lieu'}.docx`;
}
