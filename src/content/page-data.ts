/**
 * One function per page: what the page shows, resolved from the store
 * (store.ts) into plain data the components render. Components take these
 * as props and never look anything up themselves, so each can be rendered
 * and read alone; the only components that reach the store are the ones
 * content names by itself in MDX (LinkedText, ProvisionQuote, Timeline).
 */
import { namesOf } from '../lib/abbreviations';
import { bodyMatrix, provisionsOf, type BodyMatrix } from '../lib/body-matrix';
import { documentName, statusText } from '../lib/documents';
import { facetValues, filterByFacet } from '../lib/facets';
import { partsTaught } from '../lib/modules';
import { bodyPath, documentPath, facetPath, provisionPath, type RegisterFacetKey } from '../lib/paths';
import { registerTitle, type RegisterTitle } from '../lib/register-title';
import { groupRelations } from '../lib/relations';
import { timeline, type TimelineEvent } from '../lib/timeline';
import type { QuizItem } from '../schemas/module';
import { BODY_ROLES } from '../schemas/values';
import { REGISTER_FACETS } from './register-facets';
import { getSite, type BodyEntry, type DocumentEntry, type GlossaryEntry, type HeldText, type ModuleEntry, type Site } from './store';

/** A link as components render it. */
export interface LinkView {
  href: string;
  text: string;
}

// ——— The register ———

export interface RegisterRow {
  slug: string;
  href: string;
  number: string;
  type: string;
  issuer: string;
  date: string | null;
  /** The «Trích yếu» cell: the official title, or what is known instead, labelled as such. */
  title: RegisterTitle;
  status: string;
}

export interface RegisterFiltersView {
  total: number;
  facets: { key: RegisterFacetKey; label: string; values: { href: string; slug: string; label: string; count: number }[] }[];
  active?: { facet: string; value: string };
}

const registerRow = (site: Site, doc: DocumentEntry): RegisterRow => ({
  slug: doc.id,
  href: documentPath(doc.id),
  number: doc.data.number,
  type: doc.data.type,
  issuer: doc.data.issuer,
  date: doc.data.date,
  title: registerTitle(doc.data),
  status: statusText(doc.data, doc.data.replacedBy ? site.document(doc.data.replacedBy).data : undefined),
});

function registerFilters(site: Site, active?: RegisterFiltersView['active']): RegisterFiltersView {
  return {
    total: site.documents.length,
    active,
    facets: REGISTER_FACETS.map((facet) => ({
      key: facet.key,
      label: facet.label,
      values: facetValues(site.documents, facet).map((v) => ({ ...v, href: facetPath(facet.key, v.slug) })),
    })),
  };
}

/** The timeline of documents (all, or only those named), each event linked. */
export function documentTimeline(site: Site, only?: readonly string[]): TimelineEvent[] {
  const docs = site.documents.filter((d) => !only || only.includes(d.id));
  return timeline(docs.map((d) => ({ slug: d.id, ...d.data })));
}

export async function registerPage() {
  const site = await getSite();
  const events = documentTimeline(site);
  return {
    rows: site.documents.map((d) => registerRow(site, d)),
    filters: registerFilters(site),
    events,
    span: { first: events[0]?.date.slice(0, 4), last: events.at(-1)?.date.slice(0, 4) },
  };
}

/** Every facet value of the register, for getStaticPaths of the filtered lists. */
export async function facetPages() {
  const site = await getSite();
  return REGISTER_FACETS.flatMap((facet) =>
    facetValues(site.documents, facet).map((value) => ({ facet: facet.key, label: facet.label, value })),
  );
}

export async function facetPage(facetKey: RegisterFacetKey, valueSlug: string) {
  const site = await getSite();
  const facet = REGISTER_FACETS.find((f) => f.key === facetKey)!;
  return {
    rows: filterByFacet(site.documents, facet, valueSlug).map((d) => registerRow(site, d)),
    filters: registerFilters(site, { facet: facetKey, value: valueSlug }),
  };
}

// ——— One document ———

export interface RelationGroupView {
  label: string;
  items: { href: string; name: string; date: string | null; note?: string; basis: LinkView[]; statedBy?: string }[];
}

/** A part of a held text with what its page shows beside it: whom it tasks and its citation. */
export interface HeldPartView {
  part: HeldText['parts'][number];
  tasked: LinkView[];
  citation: string;
}

export interface HeldTextPageView {
  text: HeldText;
  parts: HeldPartView[];
}

export function heldTextView(site: Site, text: HeldText): HeldTextPageView {
  return {
    text,
    parts: text.parts.map((part) => ({
      part,
      tasked: [...new Set(part.paragraphs.flatMap((p) => p.bodies))].map((slug) => ({ href: bodyPath(slug), text: site.body(slug).data.name })),
      citation: site.citation(`${text.document}#${part.anchor}`),
    })),
  };
}

export async function documentPage(doc: DocumentEntry) {
  const site = await getSite();
  const held = site.heldText(doc.id);
  const replacement = doc.data.replacedBy ? site.document(doc.data.replacedBy) : undefined;
  const ownRelations = site.relations(doc.id);
  const relations: RelationGroupView[] = groupRelations(ownRelations).map((group) => ({
    label: group.label,
    items: group.items.map((rel) => {
      const other = site.document(rel.other).data;
      return {
        href: documentPath(rel.other),
        name: documentName(other),
        date: other.date,
        note: rel.note,
        basis: rel.provisions.map((anchor) => ({ href: provisionPath(`${rel.statedBy}#${anchor}`), text: site.provision(`${rel.statedBy}#${anchor}`).label })),
        statedBy: rel.statedBy !== doc.id ? documentName(site.document(rel.statedBy).data) : undefined,
      };
    }),
  }));
  return {
    held: held && heldTextView(site, held),
    replacedBy: replacement && { href: documentPath(replacement.id), text: documentName(replacement.data) },
    relations,
    related: ownRelations.map((r) => ({ path: documentPath(r.other), name: documentName(site.document(r.other).data) })),
    citedIn: site.citedIn(doc.id).map((c) => ({
      href: provisionPath(`${c.document}#${c.paragraph.anchor}`),
      text: `${c.paragraph.label}, ${documentName(site.document(c.document).data)}`,
    })),
  };
}

// ——— What became of each body ———

/** A body as the directive named it in 2016, with what is known of it since (dated, sourced), or nothing known. */
export interface BodyTodayView {
  slug: string;
  href: string;
  name: string;
  changes: BodyEntry['data']['changes'];
}

const bodyToday = (body: BodyEntry): BodyTodayView => ({ slug: body.id, href: bodyPath(body.id), name: body.data.name, changes: body.data.changes });

/** The bodies the paragraphs of some provisions task or name, in the order they first appear. */
function bodiesIn(site: Site, refs: readonly string[]): BodyEntry[] {
  const slugs = new Set(refs.flatMap((ref) => site.provision(ref).paragraphs.flatMap((p) => [...p.bodies, ...p.mentions])));
  return [...slugs].map((slug) => site.body(slug));
}

/** The modules whose provisions task or name a body. */
const modulesNaming = (site: Site, body: string) => site.modules.filter((m) => bodiesIn(site, m.data.provisions).some((b) => b.id === body));

// ——— Modules ———

/** A module as lists show it: with the labels of the parts of the directive it teaches. */
export interface ModuleSummaryView {
  module: ModuleEntry;
  parts: { ref: string; label: string }[];
}

const moduleSummary = (site: Site, module: ModuleEntry): ModuleSummaryView => ({
  module,
  parts: partsTaught(module.data.provisions).map((ref) => ({ ref, label: site.provision(ref).label })),
});

export async function moduleIndexPage() {
  const site = await getSite();
  return { modules: site.modules.map((m) => moduleSummary(site, m)) };
}

export interface QuizItemView extends QuizItem {
  citation: string;
  /** When the key rests on checked facts about a document rather than the directive's words. */
  factBasis?: LinkView;
}

export async function modulePage(module: ModuleEntry) {
  const site = await getSite();
  return {
    summary: moduleSummary(site, module),
    count: site.modules.length,
    quiz: module.data.quiz.map((q): QuizItemView => ({
      ...q,
      citation: site.citation(q.provision),
      factBasis: q.fact ? { href: `${documentPath(q.fact)}#thuoc-tinh`, text: `thông tin đã đối chiếu về ${documentName(site.document(q.fact).data)}` } : undefined,
    })),
    bodies: bodiesIn(site, module.data.provisions).map(bodyToday),
    situations: module.data.situations.map((s) => ({ ...s, basis: s.provisions.map((ref) => ({ href: provisionPath(ref), text: site.provision(ref).label })) })),
  };
}

// ——— Glossary and bodies ———

export async function termPage(entry: GlossaryEntry) {
  const site = await getSite();
  return {
    provisions: entry.data.provisions.map((ref) => ({ ref, href: provisionPath(ref), label: site.provision(ref).label })),
    appearances: site.termUsage.appearances(entry.id),
    names: namesOf(site.names, { term: entry.id }),
    modules: site.termUsage.modulesUsing(entry.id),
    bodies: site.termUsage.bodiesUsing(entry.id),
  };
}

export async function bodyPage(entry: BodyEntry) {
  const site = await getSite();
  const { mentioned } = provisionsOf(site.directive.parts, entry.id);
  return {
    duties: entry.data.duties.map((duty) => ({ ...duty, label: site.provision(duty.provision).label })),
    mentioned: mentioned.map((p) => ({ ref: `${site.directive.document}#${p.anchor}`, label: p.label })),
    terms: site.termUsage.termsOf(entry.id),
    names: namesOf(site.names, { body: entry.id }),
    today: bodyToday(entry),
    modules: modulesNaming(site, entry.id),
  };
}

/** The bodies × points matrix of the directive, with each body's name. */
export interface BodyMatrixView {
  document: string;
  matrix: BodyMatrix;
  bodies: Record<string, BodyTodayView>;
}

const bodyMatrixView = (site: Site): BodyMatrixView => ({
  document: site.directive.document,
  matrix: bodyMatrix(site.directive.parts, site.bodies.map((b) => b.id)),
  bodies: Object.fromEntries(site.bodies.map((b) => [b.id, bodyToday(b)])),
});

export async function bodiesIndexPage() {
  const site = await getSite();
  return {
    matrix: bodyMatrixView(site),
    byRole: BODY_ROLES.map((role) => ({ role, bodies: site.bodies.filter((b) => b.data.role === role) })).filter((g) => g.bodies.length),
  };
}

// ——— Home and search ———

export async function homePage() {
  const site = await getSite();
  const view = bodyMatrixView(site);
  // Who each point tasks comes from the same provisions data as the bodies matrix, never typed here.
  const taskedBy = (point: number) => view.matrix.rows.filter((r) => r.cells.some((c) => c.point === point && c.tasked.length)).map((r) => view.bodies[r.body]!.name);
  return {
    directive: site.directive.document,
    points: site.directive.parts.filter((p) => p.kind === 'point').map((p) => ({ part: p, href: provisionPath(`${site.directive.document}#${p.anchor}`), taskedBy: p.point === undefined ? [] : taskedBy(p.point) })),
    moduleCount: site.modules.length,
  };
}

export async function searchForm() {
  const site = await getSite();
  const [typeFacet, issuerFacet] = REGISTER_FACETS;
  return {
    years: [...new Set(site.documents.flatMap((d) => (d.data.date ? [d.data.date.slice(0, 4)] : [])))].sort().reverse(),
    types: facetValues(site.documents, typeFacet!),
    issuers: facetValues(site.documents, issuerFacet!),
  };
}

