/**
 * The one place pages get content from. It loads every collection, checks
 * references across them (validate.ts) and fails the build with every error
 * at once, then serves typed views: documents, held texts, relations,
 * bodies, modules, glossary.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { createRegisterIndex, findMentions, type RegisterIndex } from '../lib/document-mentions';
import { formatCitation } from '../lib/citation';
import { appearancesOf, usesTerm, type Appearance } from '../lib/glossary-index';
import { compareVietnamese } from '../lib/vietnamese';
import type { TermLike } from '../lib/term-mentions';
import { documentName } from '../lib/documents';
import { BODIES_PATH, bodyPath, DIRECTIVE_SLUG, documentPath, GLOSSARY_PATH, INSTRUCTORS_PATH, modulePath, MODULES_PATH, REGISTER_PATH, termPath } from '../lib/paths';
import { buildParts, indexProvisions, type ParagraphView, type PartView, type ResolvedProvision } from '../lib/provisions';
import { relationGraph, type RelationView } from '../lib/relations';
import { resolveReadyPlan, type Plan } from '../lib/plan';
import type { AbbreviationData } from '../schemas/abbreviation';
import type { ChangeData } from '../schemas/change';
import type { NameEntry } from '../lib/abbreviations';
import type { TestItem } from '../schemas/module';
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
export interface CitingParagraph {
  document: string;
  paragraph: ParagraphView;
}

/** Which terms each text uses, computed once for the glossary and body pages alike. */
export interface TermUsage {
  /** Modules that list the term or use it in their own words. */
  modulesUsing(term: string): ModuleEntry[];
  /** Bodies whose name, summary or duties use the term. */
  bodiesUsing(term: string): BodyEntry[];
  /** Terms a body's name, summary or duties use. */
  termsOf(body: string): GlossaryEntry[];
  /** Paragraphs of the directive that use the term, with an excerpt around the first use. */
  appearances(term: string): Appearance[];
}

export interface Site {
  /** The held text of the directive (DIRECTIVE_SLUG): the build fails without it. */
  directive: HeldText;
  termUsage: TermUsage;
  /** Newest first; unknown dates last. */
  documents: DocumentEntry[];
  document(slug: string): DocumentEntry;
  heldText(slug: string): HeldText | undefined;
  provision(ref: string): ResolvedProvision;
  citation(ref: string): string;
  relations(slug: string): RelationView[];
  citedIn(slug: string): CitingParagraph[];
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
  /** The separate test bank, in file order. */
  testBank: TestItem[];
  /** Abbreviations and names of today (content/abbreviations.yaml), in file order. */
  names: NameEntry[];
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
    [REGISTER_PATH, 'Danh mục văn bản'],
    [MODULES_PATH, 'Bài học'],
    [GLOSSARY_PATH, 'Thuật ngữ'],
    [BODIES_PATH, 'Cơ quan và nhiệm vụ'],
    [INSTRUCTORS_PATH, 'Dành cho giảng viên'],
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
  const [documents, provisions, bodies, modules, glossary, mentioned, plans, changes, testBank, abbreviations] = await Promise.all([
    getCollection('documents'),
    getCollection('provisions'),
    getCollection('bodies'),
    getCollection('modules'),
    getCollection('glossary'),
    getCollection('mentioned'),
    getCollection('plans'),
    getCollection('changes'),
    getCollection('testBank'),
    getCollection('abbreviations'),
  ]);
  // The file loader keys list items "<name>-<n>": back to file order, so the same content always blames the same entry.
  const position = (id: string) => Number(id.slice(id.lastIndexOf('-') + 1));
  abbreviations.sort((a, b) => position(a.id) - position(b.id));
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
    testBank: testBank.map((t) => entry(t, 'testBank')),
    abbreviations: abbreviations.map((a) => entry(a, 'abbreviations')),
    provisionIndex,
    duplicateAnchors: duplicates,
    register,
  });
  if (errors.length) throw new ContentError(errors);

  const bySlug = new Map(documents.map((d) => [d.id, d]));
  const graph = relationGraph(documents.map((d) => ({ slug: d.id, relations: d.data.relations })));
  const citations: CitingParagraph[] = [...heldTexts.values()].flatMap((text) =>
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

  const directive = heldTexts.get(DIRECTIVE_SLUG);
  if (!directive) throw new ContentError([`content/provisions: không có toàn văn của văn bản "${DIRECTIVE_SLUG}", văn bản chính của trang`]);
  const sortedModules = [...modules].sort((a, b) => a.data.order - b.data.order);
  const sortedGlossary = [...glossary].sort((a, b) => compareVietnamese(a.data.term, b.data.term));
  const sortedBodies = [...bodies].sort((a, b) => compareVietnamese(a.data.name, b.data.name));

  return {
    directive,
    termUsage: termUsage(directive, sortedModules, sortedGlossary, sortedBodies),
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
    bodies: sortedBodies,
    body: (slug) => {
      const found = bodyBySlug.get(slug);
      if (!found) throw new Error(`Không có cơ quan "${slug}"`);
      return found;
    },
    modules: sortedModules,
    glossary: sortedGlossary,
    plans: [...plans]
      .sort((a, b) => a.data.order - b.data.order)
      .map((p) => ({ id: p.id, name: p.data.name, description: p.data.description, plan: resolveReadyPlan(p.data.plan, moduleLists) })),
    changes: changes.map((c) => c.data).sort((a, b) => b.date.localeCompare(a.date)),
    testBank: testBank.map((t) => t.data),
    names: abbreviations.map((a) => nameEntry(a.data)),
  };
}

const nameEntry = (d: AbbreviationData): NameEntry =>
  d.kind === 'abbreviation' ? { kind: d.kind, text: d.abbreviation, term: d.term, bodies: d.bodies } : { kind: d.kind, text: d.name, bodies: d.bodies };

/** A body's own words, and a module's: what term usage is read from. */
const bodyText = (b: BodyEntry) => [b.data.name, b.data.summary, ...b.data.duties.map((x) => x.text)].join('\n');
const moduleText = (m: ModuleEntry) => [m.data.title, m.data.summary, ...m.data.objectives, m.body ?? ''].join('\n');
const termOf = (t: GlossaryEntry): TermLike => ({ slug: t.id, term: t.data.term, aliases: t.data.aliases });

function termUsage(directive: HeldText, modules: ModuleEntry[], glossary: GlossaryEntry[], bodies: BodyEntry[]): TermUsage {
  const paragraphs = directive.parts.flatMap((part) => part.paragraphs.map((p) => ({ anchor: `${directive.document}#${p.anchor}`, label: p.label, text: p.text })));
  const uses = new Map<string, { modules: ModuleEntry[]; bodies: BodyEntry[] }>();
  const bodyTerms = new Map<string, GlossaryEntry[]>(bodies.map((b) => [b.id, []]));
  for (const t of glossary) {
    const term = termOf(t);
    const usedBy = bodies.filter((b) => usesTerm(term, bodyText(b)));
    uses.set(t.id, { modules: modules.filter((m) => m.data.terms.includes(t.id) || usesTerm(term, moduleText(m))), bodies: usedBy });
    for (const b of usedBy) bodyTerms.get(b.id)!.push(t);
  }
  const byId = new Map(glossary.map((t) => [t.id, t]));
  return {
    modulesUsing: (term) => uses.get(term)?.modules ?? [],
    bodiesUsing: (term) => uses.get(term)?.bodies ?? [],
    termsOf: (body) => bodyTerms.get(body) ?? [],
    appearances: (term) => {
      const t = byId.get(term);
      return t ? appearancesOf(termOf(t), paragraphs) : [];
    },
  };
}
