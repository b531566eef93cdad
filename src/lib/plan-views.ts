/**
 * What each printed output holds, derived from a plan and the catalogue.
 * The browser only lays these out; what goes in (and, as important, what
 * stays out: no answers in the handout or the test) is decided here.
 */
import { optionLetter } from './quiz';
import { seededRandom } from './random';
import { moduleIndex, type Catalog, type CatalogModule, type CatalogQuizItem } from './plan-catalog';
import { DEFAULT_LABELS, breakMinutes, formatClock, schedule, teachingMinutes, type Activity, type ActivityKind, type Block, type ModuleBlock, type Plan } from './plan';
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

/** How many versions (mã đề) the printed test comes in: neighbours get different papers. */
export const TEST_VERSIONS = 2;
/** Minutes allowed per question, for «Thời gian làm bài». */
const MINUTES_PER_QUESTION = 1.5;

/** One question of one version: its options in that version's order, and the key in that order. */
export interface TestQuestion {
  number: number;
  module: string;
  question: string;
  options: string[];
  answer: number;
  explanation: string;
  provision: string;
  fact?: string;
}

export interface TestVersion {
  /** "01", "02": printed on the paper and its answer key. */
  code: string;
  questions: TestQuestion[];
}

/** A stable number from text (FNV-1a), so the same plan always prints the same versions. */
function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function shuffled<T>(list: readonly T[], rand: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The printed test: the test bank's items for the planned modules (never the
 * self-check items learners have seen), in TEST_VERSIONS versions whose
 * questions and options are shuffled from a seed of the plan and the version,
 * deterministically; each version's key follows its own order.
 */
export function testVersions(plan: Plan, catalog: Pick<Catalog, 'modules' | 'testBank'>, count = TEST_VERSIONS): TestVersion[] {
  const planned = plannedModules(plan, catalog);
  const items = planned.flatMap((p) => catalog.testBank.filter((t) => t.module === p.module.slug).map((item) => ({ item, module: p.module.title })));
  if (!items.length) return [];
  const base = seedOf(`${plan.title}|${plan.date}|${items.map((i) => i.item.question).join('|')}`);
  return Array.from({ length: count }, (_, v) => {
    const rand = seededRandom(base + v * 7919);
    const order = v === 0 ? items : shuffled(items, rand);
    return {
      code: String(v + 1).padStart(2, '0'),
      questions: order.map(({ item, module }, i) => {
        const options = item.options.map((text, index) => ({ text, index }));
        const mixed = v === 0 ? options : shuffled(options, rand);
        return {
          number: i + 1,
          module,
          question: item.question,
          options: mixed.map((o) => o.text),
          answer: mixed.findIndex((o) => o.index === item.answer),
          explanation: item.explanation,
          provision: item.provision,
          ...(item.fact && { fact: item.fact }),
        };
      }),
    };
  });
}

/** «Thời gian làm bài»: about a minute and a half a question, in whole five minutes, at least 15. */
export const testMinutes = (questions: number) => Math.max(15, Math.ceil((questions * MINUTES_PER_QUESTION) / 5) * 5);

/** The test as learners see it: questions and options only, never the key. */
export function testPaper(version: TestVersion) {
  return version.questions.map(({ number, module, question, options }) => ({ number, module, question, options }));
}

/** A version's answer key: the right option, why, and what it rests on. */
export function answerKey(version: TestVersion) {
  return version.questions.map((q) => ({
    number: q.number,
    module: q.module,
    question: q.question,
    letter: optionLetter(q.answer),
    answer: q.options[q.answer] ?? '',
    explanation: q.explanation,
    provision: q.provision,
    ...(q.fact && { fact: q.fact }),
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
  /** A non-lesson part of the course: counted as class time. */
  | { type: 'event'; time: string; label: string; minutes: string }
  /** module: the slug, for a link to its page; activities: "07:30 Tình huống (15 phút)". */
  | { type: 'module'; time: string; label: string; minutes: string; module: string; activities: string[] };

/** The agenda table as the lesson plan and the ready-made plans show it, with clock times. */
export function agendaRows(plan: Plan, catalog: Pick<Catalog, 'modules'>): AgendaRow[] {
  const modules = moduleIndex(catalog);
  return schedule(plan).map(({ block, start, end, activities }): AgendaRow => {
    if (block.type === 'session') return { type: 'session', heading: `${block.label} — bắt đầu ${formatClock(start)}` };
    const time = `${formatClock(start)}–${formatClock(end)}`;
    if (block.type === 'break' || block.type === 'event') return { type: block.type, time, label: block.label, minutes: String(block.minutes) };
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

/** What an objective trains, for the lesson plan's «Mục đích – yêu cầu»: kiến thức, kỹ năng, thái độ. */
export type AimKind = 'knowledge' | 'skills' | 'attitudes';
export const AIM_HEADINGS: Record<AimKind, string> = { knowledge: 'Về kiến thức', skills: 'Về kỹ năng', attitudes: 'Về thái độ' };

const AIM_PREFIXES: [RegExp, AimKind][] = [
  [/^kiến thức\s*:\s*/i, 'knowledge'],
  [/^kỹ năng\s*:\s*/i, 'skills'],
  [/^thái độ\s*:\s*/i, 'attitudes'],
];
/** Without a label, the verb the objective opens with says what it trains. */
const ATTITUDE_VERBS = /^(có (thái độ|ý thức)|tôn trọng|coi )/i;
const SKILL_VERBS = /^(vận dụng|đọc được|lập được|lập |xử lý|đề xuất|viết được|soạn được|trích dẫn)/i;

/** An objective's kind and its text without the label some modules write ("Kỹ năng: …"). */
export function classifyAim(objective: string): { kind: AimKind; text: string } {
  for (const [prefix, kind] of AIM_PREFIXES) {
    if (prefix.test(objective)) {
      const text = objective.replace(prefix, '');
      return { kind, text: text.charAt(0).toUpperCase() + text.slice(1) };
    }
  }
  return { kind: ATTITUDE_VERBS.test(objective) ? 'attitudes' : SKILL_VERBS.test(objective) ? 'skills' : 'knowledge', text: objective };
}

/** The planned modules' objectives, by kind, in teaching order, each once. */
export function lessonAims(plan: Plan, catalog: Pick<Catalog, 'modules'>): Record<AimKind, string[]> {
  const aims: Record<AimKind, string[]> = { knowledge: [], skills: [], attitudes: [] };
  for (const p of plannedModules(plan, catalog)) {
    for (const objective of p.module.objectives) {
      const { kind, text } = classifyAim(objective);
      if (!aims[kind].includes(text)) aims[kind].push(text);
    }
  }
  return aims;
}

/**
 * How the class is taught, named after what the plan's activities are:
 * each method with the minutes the plan gives it, in the order activities
 * are listed, then the written test when the plan has one.
 */
export const METHOD_NAMES: Record<ActivityKind | 'test', string> = {
  provisions: 'Thuyết trình: đọc và giảng giải nội dung Công văn',
  discussion: 'Nêu vấn đề, thảo luận theo câu hỏi',
  situations: 'Xử lý tình huống theo nhóm, các nhóm trình bày',
  quiz: 'Câu hỏi trắc nghiệm tự kiểm tra',
  test: 'Kiểm tra viết bằng đề trắc nghiệm',
};

export function teachingMethods(plan: Plan): { kind: ActivityKind | 'test'; name: string; minutes: number }[] {
  const minutes = new Map<ActivityKind | 'test', number>();
  for (const block of plan.blocks) {
    if (block.type === 'module') for (const a of block.activities) if (a.minutes > 0) minutes.set(a.kind, (minutes.get(a.kind) ?? 0) + a.minutes);
    if (block.type === 'event' && block.event === 'kiem-tra') minutes.set('test', (minutes.get('test') ?? 0) + block.minutes);
  }
  return (['provisions', 'discussion', 'situations', 'quiz', 'test'] as const).filter((k) => minutes.has(k)).map((kind) => ({ kind, name: METHOD_NAMES[kind], minutes: minutes.get(kind)! }));
}

/** «KHOA …» of the heading: what the instructor typed, upper case, without a repeated «Khoa»; '' when empty. */
export function departmentLine(plan: Pick<Plan, 'department'>): string {
  const name = plan.department.trim().replace(/^khoa\s+/i, '');
  return name ? `KHOA ${name.toLocaleUpperCase('vi')}` : '';
}

/**
 * «Thời gian làm bài»: the minutes of the plan's own test (its «Kiểm tra»
 * parts) when it has one, otherwise what testMinutes gives for the questions.
 */
export function examMinutes(plan: Plan, questions: number): number {
  const planned = plan.blocks.reduce((sum, b) => sum + (b.type === 'event' && b.event === 'kiem-tra' ? b.minutes : 0), 0);
  return planned > 0 ? planned : testMinutes(questions);
}

/** One session of the printed timetable: every session headed alike, with its own teaching minutes. */
export interface TimetableSession {
  /** "Buổi 1 — bắt đầu 07:30", or the session's own name: "Buổi chiều — bắt đầu 13:30". */
  heading: string;
  rows: Exclude<AgendaRow, { type: 'session' }>[];
  /** Teaching minutes of the session (breaks not counted). */
  teaching: number;
}

export interface Timetable {
  sessions: TimetableSession[];
  /** Teaching minutes in all (breaks not counted), as budget() counts them. */
  teaching: number;
  breaks: number;
}

/**
 * The lesson plan's timetable: agendaRows grouped by session. A plan that
 * does not open with a session gets one named «Buổi 1» at the plan's start,
 * so the first session is headed like the others; a session left with the
 * builder's default name is numbered.
 */
export function timetable(plan: Plan, catalog: Pick<Catalog, 'modules'>): Timetable {
  const sessions: TimetableSession[] = [];
  const rows = agendaRows(plan, catalog);
  const heading = (label: string, start: string) => `${label} — bắt đầu ${start}`;
  let current: TimetableSession | undefined;
  rows.forEach((row, i) => {
    const block = plan.blocks[i]!;
    if (block.type === 'session') {
      const label = block.label === DEFAULT_LABELS.session ? `Buổi ${sessions.length + 1}` : block.label;
      current = { heading: heading(label, block.start), rows: [], teaching: 0 };
      sessions.push(current);
      return;
    }
    if (row.type === 'session') return;
    if (!current) {
      current = { heading: heading('Buổi 1', plan.start), rows: [], teaching: 0 };
      sessions.push(current);
    }
    current.rows.push(row);
    if (row.type !== 'break') current.teaching += Number(row.minutes);
  });
  return { sessions: sessions.filter((s) => s.rows.length), teaching: teachingMinutes(plan), breaks: breakMinutes(plan) };
}
