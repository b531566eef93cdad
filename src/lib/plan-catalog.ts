/**
 * The shape of /du-lieu/hoc-phan.json: the modules as the builder sees them.
 * The build emits it from the content collections (src/pages/du-lieu/hoc-phan.json.ts);
 * the browser never holds a second, hand-made copy of the modules.
 */
import type { ModuleData, QuizItem, TestItem } from '../schemas/module';
import { modulePath, provisionPath } from './paths';
import { withEditorialNotes } from './provisions';

/** 2: quiz items carry `level` (and `fact`), situations `unitType`, `rubric` and `provisions`; the test bank is added. */
export const CATALOG_VERSION = 2;

/** A quiz item as the catalogue carries it: the schema's. */
export type CatalogQuizItem = QuizItem;

/** A module as the builder sees it: its content fields (the schema's), with its slug and page. */
export type CatalogModule = Omit<ModuleData, 'terms'> & { slug: string; url: string };

/** A verbatim paragraph, split so an editorial note stands after the word it is about. */
export interface CatalogParagraph {
  pieces: { text: string; note?: string }[];
}

export interface CatalogProvision {
  label: string;
  /** "Mục 3, Công văn số 111-CV/TU ngày 13/4/2016 của …" */
  citation: string;
  url: string;
  paragraphs: CatalogParagraph[];
}

export interface Catalog {
  version: number;
  modules: CatalogModule[];
  /** The separate test bank the printed test draws on: items with their module. */
  testBank: TestItem[];
  /** Every provision a module teaches or a quiz answer rests on, by ref. */
  provisions: Record<string, CatalogProvision>;
}

/** Catalog lookups the plan logic needs (modules by slug). */
export function moduleIndex(catalog: Pick<Catalog, 'modules'>): Map<string, CatalogModule> {
  return new Map(catalog.modules.map((m) => [m.slug, m]));
}

/** What building the catalogue needs from the site (getSite() satisfies it). */
export interface CatalogSource {
  modules: { id: string; data: Omit<CatalogModule, 'slug' | 'url'> & Record<string, unknown> }[];
  provision(ref: string): { label: string; paragraphs: { text: string; editorialNotes: { word: string; note: string }[] }[] };
  citation(ref: string): string;
  testBank: TestItem[];
}

/**
 * The catalogue from the content: each module's builder-relevant fields, and
 * every provision it teaches or a quiz answer rests on resolved to its
 * verbatim text, so the handout can transclude it in the browser.
 */
export function buildCatalog(site: CatalogSource): Catalog {
  const provisions: Record<string, CatalogProvision> = {};
  const resolve = (ref: string) => {
    if (provisions[ref]) return;
    const found = site.provision(ref);
    provisions[ref] = {
      label: found.label,
      citation: site.citation(ref),
      url: provisionPath(ref),
      paragraphs: found.paragraphs.map((p) => ({ pieces: withEditorialNotes(p) })),
    };
  };
  const modules = site.modules.map(({ id, data }): CatalogModule => {
    data.provisions.forEach(resolve);
    data.quiz.forEach((q) => resolve(q.provision));
    data.situations.forEach((s) => s.provisions.forEach(resolve));
    return {
      slug: id,
      url: modulePath(id),
      title: data.title,
      order: data.order,
      summary: data.summary,
      audience: data.audience,
      duration: data.duration,
      objectives: data.objectives,
      provisions: data.provisions,
      discussion: data.discussion,
      situations: data.situations,
      quiz: data.quiz,
      instructorNotes: data.instructorNotes,
    };
  });
  site.testBank.forEach((q) => resolve(q.provision));
  return { version: CATALOG_VERSION, modules, testBank: site.testBank, provisions };
}
