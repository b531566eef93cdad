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
import { facetSlug, facetValues } from '../lib/facets';
import { sortByNumber } from '../lib/number-order';
import { BY_NUMBER_PATH, buildLists, LIST_FIELDS, NEWEST_COUNT, PAGE_SIZE, pageCount, pageLinks, pagePath, selectedFields, selectionKey, selectionPath, without, withValue, YEAR_FIELD, yearPath, type List, type ListField, type ListIndex, type ListItem, type PageLink, type Selection } from '../lib/register-lists';
import { partsTaught } from '../lib/modules';
import { bodyPath, documentPath, provisionPath, REGISTER_PATH, type RegisterFacetKey } from '../lib/paths';
import { registerTitle, type RegisterTitle } from '../lib/register-title';
import { groupRelations, RELATIONS_SHOWN, shownItems } from '../lib/relations';
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

/** One field of the filters: its values, each with the count the list narrowed to it would hold. */
export interface FilterFieldView {
  field: ListField;
  label: string;
  /**
   * href: the list with this value; none when the value narrows nothing here
   * (every document shown has it), which `all` says.
   */
  values: { href?: string; slug: string; label: string; count: number; current: boolean; all: boolean }[];
}

export interface RegisterFiltersView {
  total: number;
  fields: FilterFieldView[];
  /** Whether a selection is made (the «Mọi văn bản» link is then not the current page). */
  narrowed: boolean;
}

/** A value selected, shown with the link that removes it. */
export interface SelectedView {
  field: string;
  label: string;
  removeHref: string;
}

/** The pages of a list: previous, next and the page numbers (null where numbers are left out). */
export interface PagerView {
  page: number;
  pages: number;
  previous?: string;
  next?: string;
  links: (PageLink | null)[];
}

export interface RegisterListView {
  title: string;
  heading: string;
  /** The whole list's length and this page's first and last row (1-based). */
  count: number;
  first: number;
  last: number;
  order: ListOrder;
  /** The same list in the other order, when that list is built. */
  otherOrder?: LinkView;
  selected: SelectedView[];
  filters: RegisterFiltersView;
  rows: RegisterRow[];
  pager: PagerView;
}

export type ListOrder = 'date' | 'number';

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

const YEAR_LABEL = 'Năm ban hành';

/** The register's lists, worked out once per build from the store (its documents are newest first). */
interface RegisterLists {
  rows: RegisterRow[];
  /** Indices into rows in number order. */
  byNumber: number[];
  index: ListIndex;
  /** Per field: its label, and its values (slug → label) in the order filters show them. */
  fields: Record<ListField, { label: string; values: Map<string, string> }>;
}

const listsCache = new WeakMap<Site, RegisterLists>();

function registerLists(site: Site): RegisterLists {
  const cached = listsCache.get(site);
  if (cached) return cached;
  const docs = site.documents;
  const items: ListItem[] = docs.map((d) => ({
    values: {
      ...(Object.fromEntries(REGISTER_FACETS.map((f) => [f.key, facetSlug(f, f.value(d))])) as Record<RegisterFacetKey, string>),
      nam: d.data.date?.slice(0, 4) ?? null,
    },
  }));
  const fields = {
    ...Object.fromEntries(REGISTER_FACETS.map((f) => [f.key, { label: f.label, values: new Map(facetValues(docs, f).map((v) => [v.slug, v.label])) }])),
    nam: { label: YEAR_LABEL, values: new Map([...new Set(items.flatMap((i) => (i.values.nam ? [i.values.nam] : [])))].sort().reverse().map((y) => [y, y])) },
  } as RegisterLists['fields'];
  const rows = docs.map((d) => registerRow(site, d));
  const byNumber = sortByNumber(docs.map((d, index) => ({ number: d.data.number, date: d.data.date, index }))).map((d) => d.index);
  const built: RegisterLists = { rows, byNumber, index: buildLists(items), fields };
  listsCache.set(site, built);
  return built;
}

/**
 * Only the whole register is also built in number order (/van-ban/theo-so/):
 * a list narrowed by year or field is short enough to scan, and a second
 * order of every list would double the pages.
 */
const hasNumberOrder = (selection: Selection) => selectedFields(selection).length === 0;
const listPath = (selection: Selection, order: ListOrder) => (order === 'number' && hasNumberOrder(selection) ? BY_NUMBER_PATH : selectionPath(selection));

function registerFilters(reg: RegisterLists, selection: Selection, fields: readonly ListField[] = LIST_FIELDS): RegisterFiltersView {
  const here = selectionKey(selection);
  return {
    total: reg.rows.length,
    narrowed: selectedFields(selection).length > 0,
    fields: fields.map((field) => {
      const base = without(selection, field);
      return {
        field,
        label: reg.fields[field].label,
        values: [...reg.fields[field].values].flatMap(([slug, label]) => {
          const target = withValue(base, field, slug);
          const list = reg.index.find(target);
          if (!list) return [];
          const current = selection[field] === slug;
          const all = !current && list.key === here;
          return [{ slug, label, count: list.items.length, href: all ? undefined : selectionPath(list.selection), current, all }];
        }),
      };
    }),
  };
}

/** The label of a selected value as it reads in a title: «năm 2015» for a year. */
const valueLabel = (reg: RegisterLists, field: ListField, slug: string) => (field === YEAR_FIELD ? `năm ${slug}` : (reg.fields[field].values.get(slug) ?? slug));

function listHeading(reg: RegisterLists, selection: Selection, order: ListOrder): string {
  const fields = selectedFields(selection);
  const byNumber = order === 'number' ? ', theo số, ký hiệu' : '';
  if (!fields.length) return `Danh mục văn bản${byNumber}`;
  if (fields.length === 1) {
    const field = fields[0]!;
    const value = selection[field]!;
    return field === YEAR_FIELD ? `Văn bản năm ${value}${byNumber}` : `${reg.fields[field].label}: ${valueLabel(reg, field, value)}${byNumber}`;
  }
  return `Văn bản: ${fields.map((f) => valueLabel(reg, f, selection[f]!)).join(' · ')}`;
}

/** Where «bỏ lọc» of a value leads: the list of the values left (in number order too when that list has it). */
function removeLink(reg: RegisterLists, rest: Selection, order: ListOrder): string {
  const selection = selectedFields(rest).length ? (reg.index.find(rest)?.selection ?? rest) : {};
  return listPath(selection, order === 'number' && hasNumberOrder(selection) ? 'number' : 'date');
}

/** A list page to build: its address below /van-ban/ and what it shows. */
export interface RegisterListPath {
  params: { list: string };
  props: { key: string; order: ListOrder; page: number };
}

/** Every list page of the register but /van-ban/ itself, for getStaticPaths of src/pages/van-ban/[...list].astro. */
export async function registerListPaths(): Promise<RegisterListPath[]> {
  const reg = registerLists(await getSite());
  const whole: List = { selection: {}, key: '', items: reg.byNumber };
  const paths: RegisterListPath[] = [];
  const add = (list: List, order: ListOrder) => {
    const base = listPath(list.selection, order);
    for (let page = 1; page <= pageCount(list.items.length); page++) {
      paths.push({ params: { list: pagePath(base, page).slice(REGISTER_PATH.length, -1) }, props: { key: list.key, order, page } });
    }
  };
  add(whole, 'number');
  for (const list of reg.index.lists.values()) add(list, 'date');
  return paths;
}

export async function registerListPage({ key, order, page }: RegisterListPath['props']): Promise<RegisterListView> {
  const reg = registerLists(await getSite());
  const list = key ? reg.index.lists.get(key)! : { selection: {}, key: '', items: reg.rows.map((_, i) => i) };
  const { selection } = list;
  const items = order === 'number' ? reg.byNumber : list.items;
  const base = listPath(selection, order);
  const pages = pageCount(items.length);
  const start = (page - 1) * PAGE_SIZE;
  const heading = listHeading(reg, selection, order);
  const other: ListOrder = order === 'date' ? 'number' : 'date';
  return {
    heading,
    title: page > 1 ? `${heading}, trang ${page}` : heading,
    count: items.length,
    first: start + 1,
    last: Math.min(start + PAGE_SIZE, items.length),
    order,
    otherOrder: hasNumberOrder(selection) ? { href: listPath(selection, other), text: other === 'number' ? 'theo số, ký hiệu' : 'mới nhất ở trên' } : undefined,
    selected: selectedFields(selection).map((field) => ({
      field: reg.fields[field].label,
      label: reg.fields[field].values.get(selection[field]!) ?? selection[field]!,
      removeHref: removeLink(reg, without(selection, field), order),
    })),
    filters: registerFilters(reg, selection),
    rows: items.slice(start, start + PAGE_SIZE).map((i) => reg.rows[i]!),
    pager: {
      page,
      pages,
      previous: page > 1 ? pagePath(base, page - 1) : undefined,
      next: page < pages ? pagePath(base, page + 1) : undefined,
      links: pageLinks(base, page, pages),
    },
  };
}

/** The timeline of documents (all, or only those named), each event linked. */
export function documentTimeline(site: Site, only?: readonly string[]): TimelineEvent[] {
  const docs = site.documents.filter((d) => !only || only.includes(d.id));
  return timeline(docs.map((d) => ({ slug: d.id, ...d.data })));
}

/**
 * /van-ban/: the newest documents, the year index and the counts per field.
 * Nothing on it lists the whole register: its timeline is of the directive
 * and the documents it names, so the page does not grow with the register.
 */
export async function registerPage() {
  const site = await getSite();
  const reg = registerLists(site);
  // Only what the directive itself states: documents that cite or apply it come and go with the register.
  const directive = site.directive.document;
  const named = new Set([directive, ...site.relations(directive).filter((r) => r.statedBy === directive).map((r) => r.other)]);
  const events = documentTimeline(site, [...named]);
  return {
    total: reg.rows.length,
    rows: reg.rows.slice(0, NEWEST_COUNT),
    years: [...reg.fields.nam.values.keys()].map((year) => ({ year, href: yearPath(year), count: reg.index.lists.get(selectionKey({ nam: year }))!.items.length })),
    filters: registerFilters(reg, {}, REGISTER_FACETS.map((f) => f.key)),
    byNumber: BY_NUMBER_PATH,
    events,
    span: { first: events[0]?.date.slice(0, 4), last: events.at(-1)?.date.slice(0, 4) },
  };
}

// ——— One document ———

export interface RelationGroupView {
  label: string;
  items: { href: string; name: string; date: string | null; note?: string; basis: LinkView[]; statedBy?: string }[];
  /** Documents of this group left to the page of relations (relationsPath), past RELATIONS_SHOWN. */
  more: number;
}

/** A document's page of relations: every document of each group, where its own page lists only the first. */
export const relationsPath = (slug: string) => `${documentPath(slug)}quan-he/`;

/** The relations of a document as its pages show them, each group cut to `limit` (all of them without). */
function relationGroups(site: Site, doc: DocumentEntry, limit?: number): RelationGroupView[] {
  return groupRelations(site.relations(doc.id)).map((group) => {
    const { shown, more } = limit === undefined ? { shown: group.items, more: 0 } : shownItems(group.items, limit);
    return {
      label: group.label,
      more,
      items: shown.map((rel) => {
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
    };
  });
}

/** Documents whose page leaves some relations to their page of relations, for its getStaticPaths. */
export async function relationsPages() {
  const site = await getSite();
  return site.documents
    .filter((doc) => groupRelations(site.relations(doc.id)).some((g) => shownItems(g.items).more > 0))
    .map((doc) => ({ doc, groups: relationGroups(site, doc) }));
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
  const relations = relationGroups(site, doc, RELATIONS_SHOWN);
  return {
    held: held && heldTextView(site, held),
    replacedBy: replacement && { href: documentPath(replacement.id), text: documentName(replacement.data) },
    relations,
    // The documents the page lists: the JSON-LD names no more than the page does.
    related: relations.flatMap((g) => g.items.map((r) => ({ path: r.href, name: r.name }))),
    relationsHref: relations.some((g) => g.more > 0) ? relationsPath(doc.id) : undefined,
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
  const taskedBy = (point: number) => view.matrix.rows.filter((r) => r.cells.some((c) => c.point === point && c.tasked.length)).map((r) => ({ name: view.bodies[r.body]!.name, href: bodyPath(r.body) }));
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

