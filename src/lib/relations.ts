/** Typed relations between documents: stored once on one document, shown on both. */
import { RELATION_KINDS, type RelationKind } from '../schemas/values';

export type { RelationKind };

/** How each kind reads from the document that states it, and from the other end. */
export const RELATION_LABELS: Record<RelationKind, { outgoing: string; incoming: string }> = {
  'carries-out': { outgoing: 'Triển khai thực hiện', incoming: 'Được triển khai thực hiện tại' },
  // 111-CV/TU carries out 120-KL/TW "gắn với tiếp tục đẩy mạnh thực hiện" 37-KL/TU: a relation of its own.
  'ties-to': { outgoing: 'Gắn với tiếp tục đẩy mạnh thực hiện', incoming: 'Được nêu để tiếp tục đẩy mạnh thực hiện tại' },
  'sums-up': { outgoing: 'Tổng kết việc thực hiện', incoming: 'Được tổng kết tại' },
  applies: { outgoing: 'Yêu cầu thực hiện', incoming: 'Được yêu cầu thực hiện tại' },
  cites: { outgoing: 'Có nêu', incoming: 'Được nêu tại' },
  replaces: { outgoing: 'Thay thế', incoming: 'Văn bản thay thế' },
};

export interface StoredRelation {
  kind: RelationKind;
  target: string;
  /** Anchors of the provisions of the stating document that establish the relation. */
  provisions?: readonly string[];
  note?: string;
}

export interface RelationView {
  kind: RelationKind;
  direction: 'outgoing' | 'incoming';
  label: string;
  /** The document at the other end. */
  other: string;
  /** The document whose provisions establish it, and those provisions. */
  statedBy: string;
  provisions: readonly string[];
  note?: string;
}

/** Every relation of every document, in both directions, keyed by document slug. */
export function relationGraph(docs: readonly { slug: string; relations: readonly StoredRelation[] }[]) {
  const graph = new Map<string, RelationView[]>(docs.map((d) => [d.slug, []]));
  for (const doc of docs) {
    for (const rel of doc.relations) {
      const shared = { kind: rel.kind, statedBy: doc.slug, provisions: rel.provisions ?? [], note: rel.note };
      graph.get(doc.slug)?.push({ ...shared, direction: 'outgoing', label: RELATION_LABELS[rel.kind].outgoing, other: rel.target });
      graph.get(rel.target)?.push({ ...shared, direction: 'incoming', label: RELATION_LABELS[rel.kind].incoming, other: doc.slug });
    }
  }
  return graph;
}

/** Groups one document's relations by their label, in the order of RELATION_KINDS, outgoing first. */
export function groupRelations(views: readonly RelationView[]): { label: string; items: RelationView[] }[] {
  const groups = new Map<string, RelationView[]>();
  const order = RELATION_KINDS.flatMap((kind) => [
    RELATION_LABELS[kind].outgoing,
    RELATION_LABELS[kind].incoming,
  ]);
  for (const label of order) {
    const items = views.filter((v) => v.label === label);
    if (items.length) groups.set(label, items);
  }
  return [...groups].map(([label, items]) => ({ label, items }));
}

/**
 * How many documents of one relation a document's page lists: a document
 * that many others carry out or apply (the directive, in a register of
 * thousands) would otherwise grow with the register. The rest are on its
 * page of relations (/van-ban/<slug>/quan-he/).
 */
export const RELATIONS_SHOWN = 20;

/** The first `limit` items of a group and how many are left for the full list. */
export function shownItems<T>(items: readonly T[], limit = RELATIONS_SHOWN): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}
