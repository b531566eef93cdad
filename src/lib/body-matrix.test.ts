import { describe, expect, it } from 'vitest';
import { bodyMatrix, provisionsOf, taskedBodies, type MatrixPart } from './body-matrix';

const para = (anchor: string, bodies: string[] = [], mentions: string[] = []) => ({ anchor, label: anchor, bodies, mentions });

const parts: MatrixPart[] = [
  { anchor: 'mo-dau', kind: 'preamble', label: 'Phần mở đầu', paragraphs: [para('mo-dau-doan-1', ['addressee'], ['issuer'])] },
  { anchor: 'muc-2', kind: 'point', point: 2, label: 'Mục 2', paragraphs: [para('muc-2-doan-1', ['council'])] },
  {
    anchor: 'muc-1',
    kind: 'point',
    point: 1,
    label: 'Mục 1',
    paragraphs: [para('muc-1-doan-1', ['addressee']), para('muc-1-doan-2', ['press']), para('muc-1-doan-3', ['addressee'], ['issuer'])],
  },
  { anchor: 'to-chuc-thuc-hien', kind: 'closing', label: 'Tổ chức thực hiện', paragraphs: [para('to-chuc-thuc-hien-doan-1', ['closer'])] },
];

describe('bodyMatrix', () => {
  const m = bodyMatrix(parts);

  it('has one column per numbered point, in order, then the closing part', () => {
    expect(m.columns.map((c) => c.point ?? c.anchor)).toEqual([1, 2, 'to-chuc-thuc-hien']);
  });

  it('has a row for each body a point or the closing part tasks or names, and none for bodies only in the preamble', () => {
    expect(m.rows.map((r) => r.body).sort()).toEqual(['addressee', 'closer', 'council', 'issuer', 'press']);
  });

  it('lists every tasking paragraph of a point in its cell', () => {
    const row = m.rows.find((r) => r.body === 'addressee')!;
    expect(row.cells[0]!.tasked.map((t) => t.anchor)).toEqual(['muc-1-doan-1', 'muc-1-doan-3']);
    expect(row.cells[1]!.tasked).toEqual([]);
  });

  it('keeps mentions apart from tasks', () => {
    const row = m.rows.find((r) => r.body === 'issuer')!;
    expect(row.cells[0]!.tasked).toEqual([]);
    expect(row.cells[0]!.mentioned.map((t) => t.anchor)).toEqual(['muc-1-doan-3']);
  });

  it('orders rows by the first column that tasks them, named-only bodies last', () => {
    expect(m.rows.map((r) => r.body)).toEqual(['addressee', 'press', 'council', 'closer', 'issuer']);
    expect(bodyMatrix(parts, ['press', 'addressee']).rows.map((r) => r.body)).toEqual(['press', 'addressee', 'council', 'closer', 'issuer']);
  });
});

describe('provisionsOf and taskedBodies', () => {
  it('collects tasks and mentions across the whole text', () => {
    expect(provisionsOf(parts, 'addressee').tasked.map((p) => p.anchor)).toEqual(['mo-dau-doan-1', 'muc-1-doan-1', 'muc-1-doan-3']);
    expect(provisionsOf(parts, 'issuer').mentioned.map((p) => p.anchor)).toEqual(['mo-dau-doan-1', 'muc-1-doan-3']);
    expect([...taskedBodies(parts)].sort()).toEqual(['addressee', 'closer', 'council', 'press']);
  });
});
