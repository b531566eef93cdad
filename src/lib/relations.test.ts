import { describe, expect, it } from 'vitest';
import { groupRelations, relationGraph, RELATIONS_SHOWN, shownItems } from './relations';

const docs = [
  { slug: 'a', relations: [{ kind: 'carries-out' as const, target: 'b', provisions: ['mo-dau'] }] },
  { slug: 'b', relations: [] },
  { slug: 'c', relations: [{ kind: 'replaces' as const, target: 'b' }] },
];

describe('relationGraph', () => {
  it('shows a relation stored once on both documents', () => {
    const graph = relationGraph(docs);
    expect(graph.get('a')).toEqual([
      expect.objectContaining({ direction: 'outgoing', other: 'b', label: 'Triển khai thực hiện', statedBy: 'a' }),
    ]);
    expect(graph.get('b')).toEqual([
      expect.objectContaining({ direction: 'incoming', other: 'a', label: 'Được triển khai thực hiện tại', provisions: ['mo-dau'] }),
      expect.objectContaining({ direction: 'incoming', other: 'c', label: 'Văn bản thay thế' }),
    ]);
  });
  it('groups by kind in a fixed order', () => {
    const groups = groupRelations(relationGraph(docs).get('b') ?? []);
    expect(groups.map((g) => g.label)).toEqual(['Được triển khai thực hiện tại', 'Văn bản thay thế']);
  });
});

describe('shownItems', () => {
  it('keeps the first RELATIONS_SHOWN of a group and counts the rest', () => {
    const items = Array.from({ length: RELATIONS_SHOWN + 7 }, (_, i) => i);
    expect(shownItems(items)).toEqual({ shown: items.slice(0, RELATIONS_SHOWN), more: 7 });
    expect(shownItems([1, 2, 3])).toEqual({ shown: [1, 2, 3], more: 0 });
  });
});
