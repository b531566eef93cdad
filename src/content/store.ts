/**
 * The one place pages get content from. It loads every collection, checks
 * references across them (validate.ts) and fails the build with every error
 * at once, then serves typed views: documents, held texts, relations,
 * bodies, modules, glossary.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { createRegisterIndex, findMentions, type RegisterIndex } from '../lib/citations';
import { formatCitation } from '../lib/cite';
import { documentName } from '../lib/documents';
import { bodyPath, documentPath, modulePath, termPath } from '../lib/paths';
import { buildParts, indexProvisions, type ParagraphView, type PartView, type ResolvedProvision } from '../lib/provisions';
import { relationGraph, type RelationView } from '../lib/relations';
import { resolveReadyPlan, type Plan } from '../lib/plan';
import type { ChangeData } from '../schemas/change';
import type { HeldTextData } from '../schemas/provision';
import { ContentError } from './preflight';
import { validateSite, type Entry } from './validate';

export type DocumentEntry = CollectionEntry<'documents'>;
export type ModuleEntry = CollectionEntry<'modules'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type BodyEntry = CollectionEntry<'bodies'>;

export interface HeldText {
  document: string;
  header: HeldTextData['header'];
  parts: PartView[];
}

/** A paragraph of a held text that names a document. */
export interface Citation {
  document: string;
  paragraph: ParagraphView;
}

export interface Site {
  /** Newest first; unknown dates last. */
  documents: DocumentEntry[];
  document(slug: string): DocumentEntry;
  heldText(slug: string): HeldText | undefined;
  provision(ref: string): ResolvedProvision;
  citation(ref: string): string;
  relations(slug: string): RelationView[];
  citedIn(slug: string): Citation[];
  register: RegisterIndex;
  bodies: BodyEntry[];
  body(slug: string): BodyEntry;
  /** In teaching order. */
  modules: ModuleEntry[];
  glossary: GlossaryEntry[];
  /** Ready-made session plans, in their order, resolved to the builder's plan shape. */
  plans: ReadyPlan[];
  /** The content's change log, newest first. */
  changes: ChangeData[];
}

export interface ReadyPlan {
  id: string;
  name: string;
  description: string;
  plan: Plan;
}

/** The title of every page of the content families and of their lists, by site path (for /thay-doi/). */
export function pageTitles(site: Site): Map<string, string> {
  return new Map<string, string>([
    ['/van-ban/', 'Danh mục văn bản'],
    ['/bai-hoc/', 'Bài học'],
    ['/thuat-ngu/', 'Thuật ngữ'],
    ['/co-quan/', 'Cơ quan và nhiệm vụ'],
    ['/giang-vien/', 'Dành cho giảng viên'],
    ...site.documents.map((d) => [documentPath(d.id), documentName(d.data)] as const),
    ...site.modules.map((m) => [modulePath(m.id), m.data.title] as const),
    ...site.glossary.map((g) => [termPath(g.id), g.data.term] as const),
    ...site.bodies.map((b) => [bodyPath(b.id), b.data.name] as const),
  ]);
}

let site: Promise<Site> | undefined;

export function getSite(): Promise<Site> {
  site ??= loadSite();
  return site;
}

const fileOf = (entry: { id: string; filePath?: string }, collection: string) => entry.filePath ?? `${collection}/${entry.id}`;

async function loadSite(): Promise<Site> {
  const [documents, provisions, bodies, modules, glossary, mentioned, plans, changes] = await Promise.all([
    getCollection('documents'),
    getCollection('provisions'),
    getCollection('bodies'),
    getCollection('modules'),
    getCollection('glossary'),
    getCollection('mentioned'),
    getCollection('plans'),
    getCollection('changes'),
  ]);
  const register = createRegisterIndex(
    documents.map((d) => ({ slug: d.id, number: d.data.number, aliases: d.data.aliases })),
    mentioned.map((m) => m.data.number),
  );
  const heldTexts = new Map<string, HeldText>(
    provisions.map((p) => [p.data.document, { document: p.data.document, header: p.data.header, parts: buildParts(p.data) }]),
  );
  const { index: provisionIndex, duplicates } = indexProvisions([...heldTexts.values()]);

  const entry = <T,>(e: { id: string; filePath?: string; data: T; body?: string }, collection: string): Entry<T> => ({
    id: e.id,
    file: fileOf(e, collection),
    data: e.data,
    body: e.body,
  });
  const errors = validateSite({
    documents: documents.map((d) => entry(d, 'documents')),
    heldTexts: provisions.map((p) => ({ ...entry(p, 'provisions'), data: heldTexts.get(p.data.document)! })),
    bodies: bodies.map((b) => entry(b, 'bodies')),
    modules: modules.map((m) => entry(m, 'modules')),
    glossary: glossary.map((g) => entry(g, 'glossary')),
    plans: plans.map((p) => entry(p, 'plans')),
    changes: changes.map((c) => entry(c, 'changes')),
    provisionIndex,
    duplicateAnchors: duplicates,
    register,
  });
  if (errors.length) throw new ContentError(errors);

  const bySlug = new Map(documents.map((d) => [d.id, d]));
  const graph = relationGraph(documents.map((d) => ({ slug: d.id, relations: d.data.relations })));
  const citations: Citation[] = [...heldTexts.values()].flatMap((text) =>
    text.parts.flatMap((part) => part.paragraphs.map((paragraph) => ({ document: text.document, paragraph }))),
  );
  const mentionsOf = new Map(citations.map((c) => [c, new Set(findMentions(c.paragraph.text, register).flatMap((m) => (m.status === 'linked' ? [m.slug] : [])))]));
  const bodyBySlug = new Map(bodies.map((b) => [b.id, b]));
  const moduleLists = new Map(modules.map((m) => [m.id, { slug: m.id, ...m.data }]));

  const document = (slug: string) => {
    const found = bySlug.get(slug);
    if (!found) throw new Error(`Không có văn bản "${slug}"`);
    return found;
  };
  const provision = (ref: string) => {
    const found = provisionIndex.get(ref);
    if (!found) throw new Error(`Không có điều khoản "${ref}"`);
    return found;
  };

  return {
    documents: [...documents].sort((a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.id.localeCompare(b.id)),
    document,
    heldText: (slug) => heldTexts.get(slug),
    provision,
    citation: (ref) => {
      const found = provision(ref);
      return formatCitation(found.label, document(found.document).data);
    },
    relations: (slug) => graph.get(slug) ?? [],
    citedIn: (slug) => citations.filter((c) => c.document !== slug && mentionsOf.get(c)?.has(slug)),
    register,
    bodies: [...bodies].sort((a, b) => a.data.name.localeCompare(b.data.name, 'vi')),
    body: (slug) => {
      const found = bodyBySlug.get(slug);
      if (!found) throw new Error(`Không có cơ quan "${slug}"`);
      return found;
    },
    modules: [...modules].sort((a, b) => a.data.order - b.data.order),
    glossary: [...glossary].sort((a, b) => a.data.term.localeCompare(b.data.term, 'vi')),
    plans: [...plans]
      .sort((a, b) => a.data.order - b.data.order)
      .map((p) => ({ id: p.id, name: p.data.name, description: p.data.description, plan: resolveReadyPlan(p.data.plan, moduleLists) })),
    changes: changes.map((c) => c.data).sort((a, b) => b.date.localeCompare(a.date)),
  };
}
