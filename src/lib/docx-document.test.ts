import * as docx from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { A4_TWIPS, buildDocument, MARGINS_MM, mmToTwips } from './docx-document';
import type { DocModel } from './docx-model';

const model: DocModel = {
  lists: [
    { id: 1, format: 'decimal', start: 1, level: 0 },
    { id: 2, format: 'none', start: 1, level: 0 },
  ],
  blocks: [
    { type: 'paragraph', runs: [{ kind: 'text', text: 'Giáo án', bold: true, caps: true }] },
    { type: 'paragraph', heading: 1, runs: [{ kind: 'text', text: 'Lớp bồi dưỡng cán bộ xã Đông Sơn' }] },
    { type: 'paragraph', heading: 2, runs: [{ kind: 'text', text: 'Mục tiêu' }] },
    { type: 'paragraph', list: { id: 1, level: 0, marker: true }, runs: [{ kind: 'text', text: 'Câu hỏi', bold: true }, { kind: 'break' }, { kind: 'text', text: 'dòng hai' }] },
    { type: 'paragraph', list: { id: 2, level: 0, marker: true }, runs: [{ kind: 'text', text: 'A. Phương án' }] },
    { type: 'paragraph', quote: true, runs: [{ kind: 'text', text: 'Trích Công văn' }] },
    { type: 'table', rows: [{ header: false, height: 960, cells: [{ header: false, colSpan: 1, blocks: [{ type: 'paragraph', runs: [{ kind: 'text', text: 'Điểm' }] }] }] }] },
    { type: 'table', plain: true, rows: [{ header: false, cells: [{ header: false, colSpan: 1, blocks: [{ type: 'paragraph', runs: [{ kind: 'text', text: 'ĐẢNG BỘ' }] }] }] }] },
    {
      type: 'table',
      breakBefore: true,
      widths: [1, 3],
      rows: [
        { header: true, cells: [{ header: true, colSpan: 1, blocks: [{ type: 'paragraph', runs: [{ kind: 'text', text: 'Thời gian', bold: true }] }] }, { header: true, colSpan: 1, blocks: [] }] },
        { header: false, cells: [{ header: true, colSpan: 2, blocks: [{ type: 'paragraph', runs: [{ kind: 'text', text: 'Buổi sáng' }] }] }] },
      ],
    },
  ],
};

async function parts() {
  const doc = buildDocument(docx, model, { title: 'Giáo án: Lớp', header: 'Giáo án: Lớp | Học liệu QCDC', creator: 'Học liệu QCDC', pageWord: 'Trang' });
  const files = unzipSync(new Uint8Array(await docx.Packer.toBuffer(doc)));
  return Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith('.xml')).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe('buildDocument', () => {
  it('lays out an A4 page with the margins of an administrative document', async () => {
    const xml = (await parts())['word/document.xml']!;
    expect(xml).toContain(`<w:pgSz w:w="${A4_TWIPS.width}" w:h="${A4_TWIPS.height}"`);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(xml)![1]!;
    for (const [side, mm] of Object.entries(MARGINS_MM)) expect(margin).toContain(`w:${side}="${mmToTwips(mm)}"`);
    expect([mmToTwips(20), mmToTwips(30), mmToTwips(15)]).toEqual([1134, 1701, 850]);
  });

  it('uses Word\'s Heading styles, in Times New Roman, with outline levels for the navigation pane', async () => {
    const files = await parts();
    const xml = files['word/document.xml']!;
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>.*Lớp bồi dưỡng cán bộ xã Đông Sơn/s);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>.*Mục tiêu/s);
    const styles = files['word/styles.xml']!;
    expect(styles).toMatch(/<w:style [^>]*w:styleId="Heading1".*?<w:outlineLvl w:val="0"\/>/s);
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toContain('<w:lang w:val="vi-VN"/>');
  });

  it('numbers list items with Word numbering, leaves unmarked lists unnumbered, borders tables, repeats header rows', async () => {
    const files = await parts();
    const xml = files['word/document.xml']!;
    expect(xml).toMatch(/<w:numPr>.*?<\/w:numPr>.*Câu hỏi/s);
    expect(xml.match(/<w:numPr>/g)?.length).toBe(1);
    expect(files['word/numbering.xml']).toContain('w:val="decimal"');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
    const borders = [...xml.matchAll(/<w:tblBorders>(.*?)<\/w:tblBorders>/gs)].map(([, b]) => b!);
    expect(borders.map((b) => [b.match(/w:val="single"/g)?.length ?? 0, b.match(/w:val="none"/g)?.length ?? 0])).toEqual([[6, 0], [0, 6], [6, 0]]);
    expect(xml).toContain('<w:pageBreakBefore/>');
    expect(xml).toContain('<w:br/>');
    expect(xml).toMatch(/<w:trHeight w:val="960" w:hRule="atLeast"\/>/);
    expect(xml).toMatch(/<w:b\/>.*<w:caps\/>.*Giáo án/s);
  });

  it('numbers pages «Trang N/M» in the footer with PAGE and NUMPAGES fields', async () => {
    const files = await parts();
    const footer = Object.entries(files).find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? '';
    expect(footer).toContain('Trang ');
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
  });
});
