import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { docxFileName, FILL, listFormatOf, modelFromDom, tidyRuns, type Block, type DomHints, type ParagraphBlock, type TableModel } from './docx-model';

const BASE = 'https://hoc-lieu.example/giang-vien/in/?ban=giao-an';

function model(html: string, hints: Partial<DomHints> = {}) {
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  return modelFromDom(document.getElementById('root') as unknown as Element, { base: BASE, ...hints });
}
const textOf = (b: Block) => (b.type === 'paragraph' ? b.runs.map((r) => (r.kind === 'text' ? r.text : r.kind === 'break' ? '\n' : '\t')).join('') : '');
const paragraphs = (html: string, hints?: Partial<DomHints>) => model(html, hints).blocks as ParagraphBlock[];

describe('modelFromDom', () => {
  it('keeps headings by level (h5, h6 as level 4) and paragraphs with their text, white space as HTML shows it', () => {
    const blocks = paragraphs('<h1>Giáo án</h1>\n  <h2> Mục   tiêu </h2><p>Nắm  được\n nội dung</p><h5>Nhỏ</h5>');
    expect(blocks.map((b) => [b.heading ?? 0, textOf(b)])).toEqual([
      [1, 'Giáo án'],
      [2, 'Mục tiêu'],
      [0, 'Nắm được nội dung'],
      [4, 'Nhỏ'],
    ]);
  });

  it('writes text in NFC, whatever form the page holds', () => {
    const decomposed = 'Ủy ban'.normalize('NFD');
    const [p] = paragraphs(`<p>${decomposed}</p>`);
    expect(textOf(p!)).toBe('Ủy ban'.normalize('NFC'));
  });

  it('marks strong and em, merges runs of one format, keeps line breaks', () => {
    const [p] = paragraphs('<p><strong>Gợi ý:</strong> <em>một</em> hai<br>ba</p>');
    expect(p!.runs).toEqual([
      { kind: 'text', text: 'Gợi ý:', bold: true },
      { kind: 'text', text: ' ' },
      { kind: 'text', text: 'một', italics: true },
      { kind: 'text', text: ' hai' },
      { kind: 'break' },
      { kind: 'text', text: 'ba' },
    ]);
  });

  it('skips what paper does not show: [hidden], .no-print, controls, and what the print stylesheet hides', () => {
    const blocks = paragraphs('<p>Có</p><p hidden>Ẩn</p><div class="no-print"><p>Công cụ</p></div><p>Nút <button>Bấm</button> xong</p><p class="screen">Màn hình</p>', {
      skip: (el) => el.classList.contains('screen'),
    });
    expect(blocks.map(textOf)).toEqual(['Có', 'Nút xong']);
  });

  it('gives a link its full address when its text does not say it, and none for one that does or goes nowhere', () => {
    const blocks = paragraphs('<p><a href="/van-ban/111-cv-tu-2016/#muc-1">Mục 1</a></p><p><a href="https://x.example/a">https://x.example/a</a></p><p><a href="#">Không có</a></p>');
    expect(blocks.map(textOf)).toEqual(['Mục 1 (https://hoc-lieu.example/van-ban/111-cv-tu-2016/#muc-1)', 'https://x.example/a', 'Không có']);
  });

  it('replaces a QR code by the address it encodes, unless the text beside it gives the address', () => {
    const qr = (url: string) => `<svg class="qr" data-qr="${url}" viewBox="0 0 10 10"><path d="M0 0h1v1H0z"/></svg>`;
    const blocks = paragraphs(`<div class="print-address">${qr('https://a.example/x')}<p>Xem bản điện tử</p></div><div>${qr('https://a.example/y')}<p>https://a.example/y</p></div>`);
    expect(blocks.map(textOf)).toEqual(['https://a.example/x', 'Xem bản điện tử', 'https://a.example/y']);
  });

  it('numbers each list on its own, nests lists a level deeper, and gives an item\'s later paragraphs no second number', () => {
    const { blocks, lists } = model('<ol start="3"><li><p>Câu hỏi</p><ul><li>A</li><li>B</li></ul><p>Giải thích</p></li><li>Hai</li></ol><ul class="plain"><li>Không dấu</li></ul>', {
      listFormat: (el) => (el.classList.contains('plain') ? 'none' : undefined),
    });
    expect(lists).toEqual([
      { id: 1, format: 'decimal', start: 3, level: 0 },
      { id: 2, format: 'bullet', start: 1, level: 1 },
      { id: 3, format: 'none', start: 1, level: 0 },
    ]);
    expect((blocks as ParagraphBlock[]).map((b) => [textOf(b), b.list])).toEqual([
      ['Câu hỏi', { id: 1, level: 0, marker: true }],
      ['A', { id: 2, level: 1, marker: true }],
      ['B', { id: 2, level: 1, marker: true }],
      ['Giải thích', { id: 1, level: 0, marker: false }],
      ['Hai', { id: 1, level: 0, marker: true }],
      ['Không dấu', { id: 3, level: 0, marker: true }],
    ]);
  });

  it('reads a table: header rows, th cells bold, colspans, blocks inside cells, widths from the page', () => {
    const { blocks } = model(
      '<table><thead><tr><th>Thời gian</th><th>Nội dung</th></tr></thead><tbody><tr><th colspan="2">Buổi sáng</th></tr><tr><td>07:30</td><td><strong>Bài 1</strong><ul><li>Giảng</li></ul></td></tr><tr hidden><td>x</td></tr></tbody></table>',
      { columnWidths: () => [1, 3] },
    );
    const table = blocks[0] as TableModel;
    expect(table.type).toBe('table');
    expect(table.widths).toEqual([1, 3]);
    expect(table.rows.map((r) => [r.header, r.cells.map((c) => [c.colSpan, c.header, c.blocks.map(textOf)])])).toEqual([
      [true, [[1, true, ['Thời gian']], [1, true, ['Nội dung']]]],
      [false, [[2, true, ['Buổi sáng']]]],
      [false, [[1, false, ['07:30']], [1, false, ['Bài 1', 'Giảng']]]],
    ]);
    expect((table.rows[0]!.cells[0]!.blocks[0] as ParagraphBlock).runs[0]).toEqual({ kind: 'text', text: 'Thời gian', bold: true });
    expect((table.rows[2]!.cells[1]!.blocks[1] as ParagraphBlock).list).toEqual({ id: 1, level: 0, marker: true });
  });

  it('writes a definition list as «term: description» lines', () => {
    expect(paragraphs('<dl><dt>Ngày</dt><dd>14/3/2025</dd><dt>Địa điểm</dt><dd>Hội trường</dd></dl>').map(textOf)).toEqual(['Ngày: 14/3/2025', 'Địa điểm: Hội trường']);
  });

  it('marks quotations, alignment, and page breaks, but no break before the first block', () => {
    const blocks = model('<section class="v"><h1>Mã đề 1</h1></section><section class="v"><h1>Mã đề 2</h1><blockquote><p>Trích</p></blockquote><p class="c">Giữa</p></section>', {
      breakBefore: (el) => el.classList.contains('v'),
      align: (el) => (el.classList.contains('c') ? 'center' : undefined),
    }).blocks as ParagraphBlock[];
    expect(blocks.map((b) => [textOf(b), !!b.breakBefore, !!b.quote, b.align])).toEqual([
      ['Mã đề 1', false, false, undefined],
      ['Mã đề 2', true, false, undefined],
      ['Trích', false, true, undefined],
      ['Giữa', false, false, 'center'],
    ]);
  });

  it('keeps a row of inline pieces on one line with tabs, and shows blanks to fill as dots', () => {
    const [p] = paragraphs('<p class="candidate"><span>Họ và tên: <span class="fill"></span></span> <span>Lớp: <span class="fill"></span></span></p>', { boxes: (el) => (el.classList.contains('candidate') ? [null, null] : undefined) });
    expect(textOf(p!)).toBe(`Họ và tên: ${FILL}\tLớp: ${FILL}`);
  });

  it('writes bordered boxes side by side as a table of their widths and height, in twips', () => {
    const box = (width: number) => ({ row: 0, width, height: 64, bordered: true });
    const { blocks } = model('<div class="boxes"><div><span>Điểm</span></div><div><span>Lời phê</span></div></div>', { boxes: () => [box(128), box(512)] });
    const table = blocks[0] as TableModel;
    expect([table.plain, table.widths, table.rows.map((r) => [r.height, r.cells.map((c) => c.blocks.map(textOf))])]).toEqual([undefined, [128, 512], [[960, [['Điểm'], ['Lời phê']]]]]);
  });

  it('writes blocks side by side without borders as a plain table, line by line, the shorter line spanning the columns left', () => {
    const place = (row: number) => ({ row, width: 100, height: 20, bordered: false });
    const { blocks } = model('<header class="g"><p>ĐẢNG BỘ</p><p>ĐẢNG CỘNG SẢN VIỆT NAM</p><p>Số 1</p></header>', {
      boxes: (el) => (el.classList.contains('g') ? [place(0), place(0), place(1)] : undefined),
    });
    const table = blocks[0] as TableModel;
    expect(table.plain).toBe(true);
    expect(table.rows.map((r) => [r.height, r.cells.map((c) => [c.colSpan, c.blocks.map(textOf)])])).toEqual([
      [undefined, [[1, ['ĐẢNG BỘ']], [1, ['ĐẢNG CỘNG SẢN VIỆT NAM']]]],
      [undefined, [[2, ['Số 1']]]],
    ]);
  });

  it('keeps tables set side by side whole, each inside the layout table (the answer sheet in columns)', () => {
    const place = { row: 0, width: 100, height: 200, bordered: false };
    const grid = (from: number) => `<table><tr><th>Câu</th><th>A</th></tr><tr><th>${from}</th><td>A</td></tr></table>`;
    const { blocks } = model(`<div class="cols">${grid(1)}${grid(16)}</div>`, { boxes: (el) => (el.classList.contains('cols') ? [place, place] : undefined) });
    const layout = blocks[0] as TableModel;
    expect(layout.plain).toBe(true);
    const inner = layout.rows[0]!.cells.map((c) => c.blocks[0] as TableModel);
    expect(inner.map((t) => [t.type, t.rows.length, t.rows[1]!.cells.map((c) => c.blocks.map(textOf)[0])])).toEqual([
      ['table', 2, ['1', 'A']],
      ['table', 2, ['16', 'A']],
    ]);
  });

  it('keeps a QR code beside its address as text, not as a table', () => {
    const qr = '<svg data-qr="https://a.example/x"></svg>';
    const place = (width: number) => ({ row: 0, width, height: 80, bordered: false });
    const { blocks } = model(`<div class="print-address">${qr}<p>https://a.example/x</p></div>`, { boxes: () => [place(80), place(400)] });
    expect(blocks.map((b) => [b.type, textOf(b)])).toEqual([['paragraph', 'https://a.example/x']]);
  });

  it('takes the look of text from the page\'s style when it is known: bold, italic, capitals set by CSS', () => {
    const [p] = paragraphs('<p class="kind">Giáo án <span class="plain">và</span> <strong class="plain">đề</strong></p>', {
      look: (el) => (el.classList.contains('kind') ? { bold: true, italics: false, caps: true } : { bold: false, italics: true, caps: false }),
    });
    expect(p!.runs).toEqual([
      { kind: 'text', text: 'Giáo án ', bold: true, caps: true },
      { kind: 'text', text: 'và', italics: true },
      { kind: 'text', text: ' ', bold: true, caps: true },
      { kind: 'text', text: 'đề', italics: true },
    ]);
  });

  it('keeps an inline box apart from the text beside it', () => {
    const [p] = paragraphs('<p><span class="n">đoạn 1</span>1. Tổ chức</p>', { apart: (el) => el.classList.contains('n') });
    expect(textOf(p!)).toBe('đoạn 1 1. Tổ chức');
  });

  it('drops empty paragraphs and trims breaks at the ends', () => {
    expect(paragraphs('<p> </p><div><br><p>Một</p><br></div>').map(textOf)).toEqual(['Một']);
  });
});

describe('tidyRuns', () => {
  it('collapses spaces across runs and around tabs and breaks', () => {
    expect(tidyRuns([{ kind: 'text', text: ' a ' }, { kind: 'text', text: ' b', bold: true }, { kind: 'tab' }, { kind: 'text', text: '  c ' }])).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'text', text: 'b', bold: true },
      { kind: 'tab' },
      { kind: 'text', text: 'c' },
    ]);
  });

  it('keeps no-break spaces', () => {
    expect(tidyRuns([{ kind: 'text', text: '111-CV/TU\u00a0ngày' }])).toEqual([{ kind: 'text', text: '111-CV/TU\u00a0ngày' }]);
  });
});

describe('listFormatOf', () => {
  it('maps CSS list styles to Word formats', () => {
    expect(['decimal', 'upper-alpha', 'lower-roman', 'disc', 'none', 'georgian'].map(listFormatOf)).toEqual(['decimal', 'upperLetter', 'lowerRoman', 'bullet', 'none', undefined]);
    // Prototype keys are unknown styles, not Object's own functions.
    expect(['constructor', 'toString', '__proto__'].map(listFormatOf)).toEqual([undefined, undefined, undefined]);
  });
});

describe('docxFileName', () => {
  it('is the view then the class title folded to ASCII', () => {
    expect(docxFileName('giao-an', 'Lớp bồi dưỡng cán bộ xã Đông Sơn')).toBe('giao-an-lop-boi-duong-can-bo-xa-dong-son.docx');
    expect(docxFileName('dap-an', '')).toBe('dap-an.docx');
  });

  it('cuts a long title at a word', () => {
    const name = docxFileName('tai-lieu', 'Quy chế dân chủ ở cơ sở '.repeat(10));
    expect(name.length).toBeLessThanOrEqual('tai-lieu-'.length + 80 + '.docx'.length);
    expect(name).toMatch(/^tai-lieu-quy-che-dan-chu-o-co-so(-[a-z]+)+\.docx$/);
  });
});
