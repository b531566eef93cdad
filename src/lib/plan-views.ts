/**
 * What each printed output holds, derived from a plan and the catalogue.
 * The browser only lays these out; what goes in (and, as important, what
 * stays out: no answers in the handout or the test) is decided here.
 */
import { optionLetter } from './quiz';
import { moduleIndex, type Catalog, type CatalogModule, type CatalogQuizItem } from './plan-catalog';
import { formatClock, schedule, type Activity, type ActivityKind, type Block, type ModuleBlock, type Plan } from './plan';
import { ACTIVITY_LABELS } from '../ui/builder';

export { optionLetter };

export interface PlannedModule {
  block: ModuleBlock;
  module: CatalogModule;
  /** Chosen activity of a kind, if any. */
  activity(kind: ActivityKind): Activity | undefined;
}

/** Module blocks in agenda order, with their catalogue entries (blocks whose module is gone are skipped). */
export function plannedModules(plan: Plan, catalog: Pick<Catalog, 'modules'>): PlannedModule[] {
  const modules = moduleIndex(catalog);
  return plan.blocks.flatMap((block) => {
    if (block.type !== 'module') return [];
    const module = modules.get(block.module);
    if (!module) return [];
    return [{ block, module, activity: (kind: ActivityKind) => block.activities.find((a) => a.kind === kind) }];
  });
}

const chosen = <T>(list: readonly T[], activity: Activity | undefined): T[] =>
  activity ? activity.items.flatMap((i) => (i < list.length ? [list[i] as T] : [])) : [];

/** Provision refs to read, in teaching order, each once. */
export function provisionsToRead(plan: Plan, catalog: Pick<Catalog, 'modules'>): string[] {
  const refs = plannedModules(plan, catalog).flatMap((p) => chosen(p.module.provisions, p.activity('provisions')));
  return [...new Set(refs)];
}

export interface HandoutSection {
  /** Only what a learner may see of the module: never its quiz or instructor notes. */
  module: Pick<CatalogModule, 'slug' | 'title' | 'summary' | 'url' | 'objectives'>;
  provisions: string[];
  discussion: string[];
  /** Situations without their hints: hints guide the instructor. */
  situations: { title: string; text: string }[];
}

/** The learners' handout: the provisions, questions and situations chosen. Never quiz items or answers. */
export function handout(plan: Plan, catalog: Pick<Catalog, 'modules'>): HandoutSection[] {
  return plannedModules(plan, catalog).map((p) => ({
    module: { slug: p.module.slug, title: p.module.title, summary: p.module.summary, url: p.module.url, objectives: p.module.objectives },
    provisions: chosen(p.module.provisions, p.activity('provisions')),
    discussion: chosen(p.module.discussion, p.activity('discussion')),
    situations: chosen(p.module.situations, p.activity('situations')).map(({ title, text }) => ({ title, text })),
  }));
}

export interface NumberedQuizItem {
  /** 1-based, across the whole test. */
  number: number;
  module: CatalogModule;
  item: CatalogQuizItem;
}

/** The test's questions numbered across modules; the answer key uses the same numbers. */
export function quizSheet(plan: Plan, catalog: Pick<Catalog, 'modules'>): NumberedQuizItem[] {
  let number = 0;
  return plannedModules(plan, catalog).flatMap((p) => chosen(p.module.quiz, p.activity('quiz')).map((item) => ({ number: ++number, module: p.module, item })));
}

/** The test as learners see it: questions and options only. */
export function testPaper(plan: Plan, catalog: Pick<Catalog, 'modules'>) {
  return quizSheet(plan, catalog).map(({ number, module, item }) => ({ number, module: module.title, question: item.question, options: item.options }));
}

/** The answer key: the right option, why, and the provision it rests on. */
export function answerKey(plan: Plan, catalog: Pick<Catalog, 'modules'>) {
  return quizSheet(plan, catalog).map(({ number, module, item }) => ({
    number,
    module: module.title,
    question: item.question,
    letter: optionLetter(item.answer),
    answer: item.options[item.answer] ?? '',
    explanation: item.explanation,
    provision: item.provision,
  }));
}

/** Module titles by slug, as moduleIndex gives them. */
export type ModuleTitles = ReadonlyMap<string, Pick<CatalogModule, 'title'>>;

/** What the agenda calls a block: its module's title (the slug if the module is gone), or its label. */
export function blockTitle(block: Block, modules: ModuleTitles): string {
  return block.type === 'module' ? (modules.get(block.module)?.title ?? block.module) : block.label;
}

/** One line of the printed agenda table, every cell already text. */
export type AgendaRow =
  /** Spans the table: "Buổi chiều — bắt đầu 13:30". */
  | { type: 'session'; heading: string }
  | { type: 'break'; time: string; label: string; minutes: string }
  /** module: the slug, for a link to its page; activities: "07:30 Tình huống (15 phút)". */
  | { type: 'module'; time: string; label: string; minutes: string; module: string; activities: string[] };

/** The agenda table as the lesson plan and the ready-made plans show it, with clock times. */
export function agendaRows(plan: Plan, catalog: Pick<Catalog, 'modules'>): AgendaRow[] {
  const modules = moduleIndex(catalog);
  return schedule(plan).map(({ block, start, end, activities }): AgendaRow => {
    if (block.type === 'session') return { type: 'session', heading: `${block.label} — bắt đầu ${formatClock(start)}` };
    const time = `${formatClock(start)}–${formatClock(end)}`;
    if (block.type === 'break') return { type: 'break', time, label: block.label, minutes: String(block.minutes) };
    return {
      type: 'module',
      time,
      label: blockTitle(block, modules),
      minutes: String(end - start),
      module: block.module,
      activities: activities.map((a) => `${formatClock(a.start)} ${ACTIVITY_LABELS[a.activity.kind].name} (${a.activity.minutes} phút)`),
    };
  });
}
