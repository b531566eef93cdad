import { BODIES_PATH, GLOSSARY_PATH, INSTRUCTORS_PATH, MODULES_PATH, REGISTER_PATH } from '../lib/paths';
import type { RegisterIndex } from '../lib/document-mentions';
import { unresolvedMentions } from '../lib/document-mentions';
import { findWord, type PartView } from '../lib/provisions';
import { foldVietnamese } from '../lib/vietnamese';
import { documentSlug } from '../lib/slug';
import type { AbbreviationData } from '../schemas/abbreviation';
import { duplicateNames } from '../lib/abbreviations';
import type { BodyData } from '../schemas/body';
import type { ChangeData } from '../schemas/change';
import type { QuizItem, TestItem } from '../schemas/module';
import { UNIT_TYPES } from '../schemas/values';
import { balanceProblems, type BalanceItem } from '../lib/quiz-balance';
import { partsTaught } from '../lib/modules';
import type { DocumentData } from '../schemas/document';
import type { GlossaryData } from '../schemas/glossary';
import type { ModuleData } from '../schemas/module';
import type { ReadyPlanData } from '../schemas/plan';
import { MIN_CASE_MINUTES, moduleBlock, readyPlanProblems } from '../lib/plan';

export interface Entry<T> {
  id: string;
  /** Path of the source file, as the build reports it. */
  file: string;
  data: T;
  body?: string;
}

export interface SiteInput {
  documents: Entry<DocumentData>[];
  heldTexts: Entry<{ document: string; parts: PartView[] }>[];
  bodies: Entry<BodyData>[];
  modules: Entry<ModuleData>[];
  glossary: Entry<GlossaryData>[];
  /** Ready-made session plans (content/plans/). */
  plans?: Entry<ReadyPlanData>[];
  /** The change log (content/changes.yaml). */
  changes?: Entry<ChangeData>[];
  /** The test bank (content/test-bank.yaml), one entry an item. */
  testBank?: Entry<TestItem>[];
  /** Abbreviations and names of today (content/abbreviations.yaml), one entry an item. */
  abbreviations?: Entry<AbbreviationData>[];
  provisionIndex: Map<string, unknown>;
  duplicateAnchors: string[];
  register: RegisterIndex;
}

/**
 * Checks what schemas cannot: references across files, anchors and
 * document numbers in structured text (Unicode form is checked on the raw
 * files, by preflight.ts). Each error names the file
 * and the field, so a content editor can go straight to it.
 */
export function validateSite(site: SiteInput): string[] {
  const errors: string[] = [];
  const fail = (entry: Entry<unknown>, field: string, message: string) => errors.push(`${entry.file}: ${field}: ${message}`);
  const docs = new Set(site.documents.map((d) => d.id));
  const bodies = new Set(site.bodies.map((b) => b.id));
  const terms = new Set(site.glossary.map((g) => g.id));
  const held = new Set(site.heldTexts.map((t) => t.data.document));
  const checkRef = (entry: Entry<unknown>, field: string, ref: string) => {
    if (!site.provisionIndex.has(ref)) fail(entry, field, `không có điều khoản "${ref}"`);
  };

  for (const entry of [...site.documents, ...site.heldTexts, ...site.bodies, ...site.modules, ...site.glossary, ...(site.plans ?? []), ...(site.changes ?? []), ...(site.testBank ?? [])] as Entry<unknown>[]) {
    for (const [field, text] of strings(entry.data)) {
      for (const m of unresolvedMentions(text, site.register)) fail(entry, field, `số hiệu "${m.text}" không có trong danh mục văn bản`);
    }
  }

  for (const doc of site.documents) {
    const expected = documentSlug(doc.data.number, doc.data.date);
    if (doc.id !== expected) fail(doc, 'number', `tên tệp phải là "${expected}" theo số hiệu và ngày ban hành`);
    if (doc.data.textHeld !== held.has(doc.id)) {
      fail(doc, 'textHeld', doc.data.textHeld ? 'ghi là có toàn văn nhưng không có tệp trong content/provisions' : 'có toàn văn trong content/provisions nhưng ghi textHeld: false');
    }
    if (doc.data.replacedBy && !docs.has(doc.data.replacedBy)) fail(doc, 'replacedBy', `không có văn bản "${doc.data.replacedBy}"`);
    doc.data.relations.forEach((rel, i) => {
      if (!docs.has(rel.target)) fail(doc, `relations[${i}].target`, `không có văn bản "${rel.target}"`);
      if (rel.target === doc.id) fail(doc, `relations[${i}].target`, 'văn bản không thể quan hệ với chính nó');
      (rel.provisions ?? []).forEach((anchor, j) => checkRef(doc, `relations[${i}].provisions[${j}]`, `${doc.id}#${anchor}`));
    });
  }

  for (const text of site.heldTexts) {
    if (!docs.has(text.data.document)) fail(text, 'document', `không có văn bản "${text.data.document}"`);
    text.data.parts.forEach((part, i) =>
      part.paragraphs.forEach((p, j) => {
        const field = `parts[${i}].paragraphs[${j}]`;
        for (const b of [...p.bodies, ...p.mentions]) if (!bodies.has(b)) fail(text, field, `không có cơ quan "${b}"`);
        for (const n of p.editorialNotes) if (findWord(p.text, n.word) < 0) fail(text, `${field}.editorialNotes`, `không thấy chữ "${n.word}" trong đoạn`);
      }),
    );
  }
  for (const key of site.duplicateAnchors) {
    const text = site.heldTexts.find((t) => key.startsWith(`${t.data.document}#`));
    if (text) fail(text, 'anchor', `neo "${key.split('#')[1]}" bị trùng`);
  }

  for (const body of site.bodies) body.data.duties.forEach((d, i) => checkRef(body, `duties[${i}].provision`, d.provision));
  for (const [entry, field, message] of dutyProblems(site)) fail(entry, field, message);
  for (const mod of site.modules) {
    if (!mod.body?.trim()) fail(mod, '(nội dung)', 'bài học chưa có phần giảng giải (sau phần đầu --- … --- của tệp)');
    mod.data.provisions.forEach((ref, i) => checkRef(mod, `provisions[${i}]`, ref));
    mod.data.quiz.forEach((q, i) => checkRef(mod, `quiz[${i}].provision`, q.provision));
    mod.data.situations.forEach((sit, i) => sit.provisions.forEach((ref, j) => checkRef(mod, `situations[${i}].provisions[${j}]`, ref)));
    mod.data.terms.forEach((t, i) => {
      if (!terms.has(t)) fail(mod, `terms[${i}]`, `không có thuật ngữ "${t}"`);
    });
  }
  // Each abbreviation or name points to pages that exist, and stands for one thing only.
  const names = site.abbreviations ?? [];
  const label = (d: AbbreviationData) => (d.kind === 'abbreviation' ? `"${d.abbreviation}"` : `"${d.name}"`);
  for (const a of names) {
    if (a.data.kind === 'abbreviation' && a.data.term && !terms.has(a.data.term)) fail(a, `${label(a.data)}.term`, `không có thuật ngữ "${a.data.term}"`);
    a.data.bodies.forEach((b, i) => {
      if (!bodies.has(b)) fail(a, `${label(a.data)}.bodies[${i}]`, `không có cơ quan "${b}"`);
    });
  }
  const texts = names.map((a) => (a.data.kind === 'abbreviation' ? a.data.abbreviation : a.data.name));
  for (const { index, first } of duplicateNames(texts)) {
    const a = names[index]!;
    fail(a, `${label(a.data)}.${a.data.kind === 'abbreviation' ? 'abbreviation' : 'name'}`, `trùng với ${label(names[first]!.data)} (không kể hoa thường và dấu)`);
  }
  for (const term of site.glossary) term.data.provisions.forEach((ref, i) => checkRef(term, `provisions[${i}]`, ref));
  for (const item of site.testBank ?? []) checkRef(item, 'provision', item.data.provision);
  // A name or alias standing for two terms would make term links and search ambiguous.
  const namedBy = new Map<string, string>();
  // In file order, so the same content always blames the same file.
  for (const term of [...site.glossary].sort((a, b) => a.id.localeCompare(b.id))) {
    [term.data.term, ...term.data.aliases].forEach((name, i) => {
      const key = foldVietnamese(name);
      const owner = namedBy.get(key);
      const field = i === 0 ? 'term' : `aliases[${i - 1}]`;
      if (owner && owner !== term.id) fail(term, field, `"${name}" đã là tên hoặc tên khác của thuật ngữ "${owner}"`);
      else namedBy.set(key, term.id);
    });
  }
  // The pages of each content family, by the first segment of their address.
  // A Map: a path such as /constructor/x/ names no family (a plain object would hand back Object's own function).
  const pages = new Map<string, Set<string>>([['van-ban', docs], ['bai-hoc', new Set(site.modules.map((m) => m.id))], ['thuat-ngu', terms], ['co-quan', bodies]]);
  // The change log names pages of the content families or their lists.
  const LISTS = new Set(['/', REGISTER_PATH, MODULES_PATH, GLOSSARY_PATH, BODIES_PATH, INSTRUCTORS_PATH]);
  for (const change of site.changes ?? []) {
    change.data.pages.forEach((path, i) => {
      const [, section = '', slug, ...rest] = path.split('/');
      const family = pages.get(section);
      const known = LISTS.has(path) || (family && slug && rest.join('') === '' && family.has(slug));
      if (!known) fail(change, `pages[${i}]`, `không có trang "${path}"`);
    });
  }
  // <Timeline only={[…]} /> in a module names documents by slug: each must be in the register.
  for (const mod of site.modules) {
    for (const m of (mod.body ?? '').matchAll(/<Timeline\s+only=\{\[([^\]]*)\]\}/g)) {
      for (const slug of [...m[1]!.matchAll(/["']([^"']+)["']/g)].map((x) => x[1]!)) {
        if (!docs.has(slug)) fail(mod, '(nội dung)', `<Timeline only>: không có văn bản "${slug}"`);
      }
    }
  }
  // Links written in prose: a page or anchor that does not exist fails here, naming the source file.
  for (const entry of [...site.documents, ...site.modules, ...site.glossary] as Entry<unknown>[]) {
    for (const { href, section, slug, anchor } of proseLinks(entry.body ?? '')) {
      const known = pages.get(section);
      if (!known) continue;
      if (!known.has(slug)) fail(entry, '(nội dung)', `liên kết "${href}": không có trang "${slug}"`);
      else if (anchor && section === 'van-ban' && held.has(slug) && !site.provisionIndex.has(`${slug}#${anchor}`)) {
        fail(entry, '(nội dung)', `liên kết "${href}": văn bản "${slug}" không có neo "#${anchor}"`);
      }
    }
  }
  const moduleLists = new Map(site.modules.map((m) => [m.id, { slug: m.id, ...m.data }]));
  for (const plan of site.plans ?? []) for (const p of readyPlanProblems(plan.data.plan, moduleLists)) fail(plan, p.field, p.message);
  for (const [entry, field, message] of assessmentProblems(site, docs)) fail(entry, field, message);
  return errors;
}

export interface ProseLink {
  href: string;
  section: string;
  slug: string;
  anchor?: string;
}

/** Links to pages of the four content families in Markdown or HTML prose ("](/van-ban/x/#muc-3)", href="/thuat-ngu/y/"). */
export function proseLinks(body: string): ProseLink[] {
  const pattern = /(?:\]\(|href=\{?["'`])(\/(van-ban|bai-hoc|thuat-ngu|co-quan)\/([^/#?\s)"'`]+)(\/[^#?\s)"'`]*)?(?:#([^\s)"'`]+))?)/g;
  return [...body.matchAll(pattern)]
    // A deeper address (/van-ban/loai/cong-van/, /bai-hoc/x/trinh-chieu/) is a list or a view, checked on the built site.
    .filter((m) => !m[4] || m[4] === '/')
    .map((m) => ({ href: m[1]!, section: m[2]!, slug: m[3]!, ...(m[5] && { anchor: m[5] }) }));
}

/** The points and the closing part every ready-made plan must teach. */
const PARTS_A_COURSE_TEACHS = ['muc-1', 'muc-2', 'muc-3', 'muc-4', 'muc-5', 'to-chuc-thuc-hien'];
/** At least this share of all quiz items goes beyond recall. */
const MIN_UNDERSTANDING_SHARE = 0.5;
const MIN_TEST_BANK = 40;

/**
 * The course as a whole: quizzes that test understanding and give no answer
 * away (quiz-balance.ts), a separate test bank, a case for every kind of
 * unit, and ready-made plans that teach every point with time for group work.
 */
function assessmentProblems(site: SiteInput, docs: ReadonlySet<string>): [Entry<unknown>, string, string][] {
  const out: [Entry<unknown>, string, string][] = [];
  const modules = new Map(site.modules.map((m) => [m.id, m]));
  const first = site.modules[0];
  // Provisions are checked with every other reference (validateSite); the FACTS entry an answer rests on is a document.
  const checkFact = (entry: Entry<unknown>, field: string, q: QuizItem) => {
    if (q.fact && !docs.has(q.fact)) out.push([entry, field, `không có văn bản "${q.fact}"`]);
  };
  const questionKey = (q: QuizItem) => foldVietnamese(q.question).replace(/\s+/g, ' ').trim();
  const asBalance = (items: readonly QuizItem[], where: string): BalanceItem[] => items.map((q, i) => ({ options: q.options, answer: q.answer, where: `${where}[${i}]` }));

  // Self-check quizzes, over all modules.
  const quizzes = new Map(site.modules.map((m) => [m.file, asBalance(m.data.quiz, 'quiz')]));
  const all = site.modules.flatMap((m) => m.data.quiz);
  if (first) {
    for (const p of balanceProblems(quizzes)) out.push([first, 'quiz', `câu tự kiểm tra của các bài học: ${p}`]);
    const deep = all.filter((q) => q.level !== 'nhớ').length;
    if (all.length && deep / all.length < MIN_UNDERSTANDING_SHARE) {
      out.push([first, 'quiz', `chỉ ${deep}/${all.length} câu tự kiểm tra ở mức «hiểu» hoặc «vận dụng»; cần ít nhất một nửa`]);
    }
  }
  for (const m of site.modules) m.data.quiz.forEach((q, i) => checkFact(m, `quiz[${i}].fact`, q));
  const unitTypes = new Set(site.modules.flatMap((m) => m.data.situations.map((s) => s.unitType)));
  const missing = UNIT_TYPES.filter((t) => !unitTypes.has(t));
  if (first && missing.length) out.push([first, 'situations', `chưa có tình huống nào cho loại đơn vị: ${missing.join(', ')}`]);

  // The test bank: its own items, enough of them, none a copy of a self-check item.
  const bank = site.testBank ?? [];
  if (site.testBank && bank.length < MIN_TEST_BANK) out.push([bank[0] ?? (first as Entry<unknown>), '(tệp)', `ngân hàng câu hỏi có ${bank.length} câu; cần ít nhất ${MIN_TEST_BANK}`]);
  const selfCheck = new Set(all.map(questionKey));
  const bankGroups = new Map<string, BalanceItem[]>();
  for (const entry of bank) {
    const q = entry.data;
    if (!modules.has(q.module)) out.push([entry, 'module', `không có bài học "${q.module}"`]);
    checkFact(entry, 'fact', q);
    if (selfCheck.has(questionKey(q))) out.push([entry, 'question', 'trùng với một câu tự kiểm tra của bài học; ngân hàng câu hỏi phải có câu riêng']);
    const group = bankGroups.get(`${entry.file}: ${q.module}`) ?? [];
    group.push({ options: q.options, answer: q.answer, where: entry.id });
    bankGroups.set(`${entry.file}: ${q.module}`, group);
  }
  if (bank[0]) for (const p of balanceProblems(bankGroups)) out.push([bank[0], '(tệp)', `ngân hàng câu hỏi: ${p}`]);

  // Ready-made plans: every point and the closing part, and time for a real group case.
  for (const plan of site.plans ?? []) {
    const taught = new Set(
      plan.data.plan.blocks.flatMap((b) => (b.type === 'module' ? partsTaught(modules.get(b.module)?.data.provisions ?? []).map((ref) => ref.split('#')[1]!) : [])),
    );
    const untaught = PARTS_A_COURSE_TEACHS.filter((p) => !taught.has(p));
    if (untaught.length) out.push([plan, 'plan.blocks', `kế hoạch chưa dạy: ${untaught.join(', ')}`]);
    plan.data.plan.blocks.forEach((b, i) => {
      if (b.type !== 'module') return;
      // Activities left out take the module's defaults, which keep the case long enough.
      const mod = modules.get(b.module);
      const activities = b.activities ?? (mod ? moduleBlock({ slug: mod.id, ...mod.data }).activities : []);
      activities.forEach((a, j) => {
        if (a.kind === 'situations' && a.minutes < MIN_CASE_MINUTES) out.push([plan, `plan.blocks[${i}].activities[${j}].minutes`, `tình huống làm theo nhóm, có trình bày, cần ít nhất ${MIN_CASE_MINUTES} phút (đang là ${a.minutes})`]);
      });
    });
  }
  return out;
}

/**
 * Bodies against the held text: each paragraph that tasks a body is one of
 * its duties (or its whole point is), and each duty rests on a paragraph
 * that tasks it; so no tasked body can have an empty list.
 */
function dutyProblems(site: SiteInput): [Entry<unknown>, string, string][] {
  const out: [Entry<unknown>, string, string][] = [];
  for (const text of site.heldTexts) {
    const doc = text.data.document;
    for (const body of site.bodies) {
      const duties = body.data.duties.filter((d) => d.provision.startsWith(`${doc}#`)).map((d) => d.provision.slice(doc.length + 1));
      for (const part of text.data.parts) {
        for (const para of part.paragraphs) {
          if (para.bodies.includes(body.id) && !duties.some((a) => a === para.anchor || a === part.anchor)) {
            out.push([body, 'duties', `đoạn "${doc}#${para.anchor}" giao việc cho cơ quan này nhưng không có trong duties`]);
          }
        }
      }
      body.data.duties.forEach((d, i) => {
        if (!d.provision.startsWith(`${doc}#`)) return;
        const anchor = d.provision.slice(doc.length + 1);
        const part = text.data.parts.find((p) => p.anchor === anchor || p.paragraphs.some((para) => para.anchor === anchor));
        if (!part) return; // an unknown anchor is reported by checkRef
        const paras = part.anchor === anchor ? part.paragraphs : part.paragraphs.filter((p) => p.anchor === anchor);
        if (!paras.some((p) => p.bodies.includes(body.id))) out.push([body, `duties[${i}].provision`, `"${d.provision}" không giao việc cho cơ quan này`]);
      });
    }
  }
  return out;
}

/** Every string inside a value, with its field path ("quiz[2].options[0]"). */
export function* strings(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path || '(giá trị)', value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
  }
}
