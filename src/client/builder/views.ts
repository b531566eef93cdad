/**
 * The four printed outputs, laid out from plan-views.ts. What each holds is
 * decided there; here it only becomes DOM, text always as text. The whole
 * document sits in one <article> of real headings, paragraphs, lists and
 * tables, so it can also be read back into a word-processor file.
 *
 * On paper a link is useless: every page or provision is printed with its
 * full address (fullAddress), and the plan itself with a QR code, drawn by
 * print.ts into the `[data-plan-qr]` slot.
 */
import { problemLine, timingProblems } from '../../lib/plan-timing';
import type { Catalog, CatalogModule, CatalogProvision } from '../../lib/plan-catalog';
import { formatTeachingTime, PERIOD_MINUTES, type Activity, type Plan } from '../../lib/plan';
import {
  AIM_HEADINGS,
  answerKey,
  departmentLine,
  examMinutes,
  handout,
  lessonAims,
  optionLetter,
  plannedModules,
  provisionsToRead,
  teachingMethods,
  testPaper,
  testVersions,
  timetable,
  type AimKind,
  type PlannedModule,
  type TestVersion,
  type Timetable,
} from '../../lib/plan-views';
import { formatDate } from '../../lib/dates';
import { BUILDER_PATH } from '../../lib/paths';
import { fullAddress } from '../paper';
import { h, lines } from '../dom';
import { ACTIVITY_LABELS, UNTITLED, VIEWS, type ViewName } from '../../ui/builder';

export function renderView(view: ViewName, plan: Plan, catalog: Catalog): HTMLElement {
  const body = { 'giao-an': lessonPlan, 'tai-lieu': learnerHandout, 'de-kiem-tra': test, 'dap-an': key }[view](plan, catalog);
  return h('article', { class: `print-doc print-doc--${view}`, 'data-view': view }, body);
}

/** A line left to be filled in by hand. */
const DOTS = '…………………………………';
const titleOf = (plan: Plan) => plan.title || UNTITLED;
const dateOf = (plan: Plan) => (plan.date ? formatDate(plan.date) : '');

/**
 * The heading of a Party school's paper: the city Party committee, the
 * school and the khoa on the left; the Party's name and the place and date
 * (to be written when signed) on the right.
 */
function schoolHeader(plan: Plan, options: { placeDate: boolean }) {
  const khoa = departmentLine(plan);
  return h(
    'table',
    { class: 'school-header', role: 'presentation' },
    h(
      'tbody',
      {},
      h(
        'tr',
        {},
        h(
          'td',
          { class: 'school-header__issuer' },
          h('p', {}, 'THÀNH ỦY HẢI PHÒNG'),
          h('p', { class: 'school-header__school' }, 'TRƯỜNG CHÍNH TRỊ TÔ HIỆU'),
          h('p', { class: khoa ? 'school-header__khoa' : 'school-header__khoa school-header__khoa--blank' }, khoa || `KHOA ${DOTS}`),
        ),
        h(
          'td',
          { class: 'school-header__party' },
          h('p', { class: 'school-header__party-name' }, 'ĐẢNG CỘNG SẢN VIỆT NAM'),
          options.placeDate ? h('p', { class: 'school-header__date' }, 'Hải Phòng, ngày …… tháng …… năm 20……') : null,
        ),
      ),
    ),
  );
}

/** The document's name (h1), the class it is for, and its particulars. */
function docTitle(kind: string, plan: Plan, facts: [string, string][] = []) {
  const shown = facts.filter(([, value]) => value);
  return h(
    'header',
    { class: 'doc-head' },
    h('h1', { class: 'doc-kind' }, kind),
    h('p', { class: 'doc-title' }, titleOf(plan)),
    shown.length ? h('dl', { class: 'doc-facts' }, shown.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])) : null,
  );
}

/** A printed reference: what it is, then where to read it, as a full address. */
function reference(text: string, path: string) {
  return [text, ' — ', h('a', { class: 'full-address', href: path }, fullAddress(path))];
}

const citation = (catalog: Catalog, ref: string) => catalog.provisions[ref]?.citation ?? ref;
const provisionUrl = (catalog: Catalog, ref: string) => catalog.provisions[ref]?.url ?? '';

function quote(provision: CatalogProvision | undefined, ref: string) {
  if (!provision) return h('p', {}, ref);
  return h(
    'figure',
    { class: 'provision-quote' },
    h(
      'blockquote',
      { cite: fullAddress(provision.url) },
      provision.paragraphs.map((p) =>
        h(
          'p',
          { class: 'source-paragraph' },
          p.pieces.map((piece) => [piece.text, piece.note ? h('span', { class: 'editorial-note', role: 'note' }, ` [${piece.note}]`) : null]),
        ),
      ),
    ),
    h('figcaption', {}, reference(provision.citation, provision.url)),
  );
}

/** «Bài học thứ 2/7 — Mục 1: …»: the place in this class, never confused with the directive's own mục. */
const lessonHeading = (n: number, count: number, title: string) => `Bài học thứ ${n}/${count} — ${title}`;

/** Teaching time with its tiết when it comes out whole: "360 phút (6 giờ), tức 8 tiết". */
function teachingTime(minutes: number) {
  const periods = minutes && minutes % PERIOD_MINUTES === 0 ? `, tức ${minutes / PERIOD_MINUTES} tiết` : '';
  return `${formatTeachingTime(minutes)}${periods}`;
}

function lessonPlan(plan: Plan, catalog: Catalog) {
  const planned = plannedModules(plan, catalog);
  const aims = lessonAims(plan, catalog);
  const aimKinds = (Object.keys(AIM_HEADINGS) as AimKind[]).filter((k) => aims[k].length);
  const methods = teachingMethods(plan);
  const reading = provisionsToRead(plan, catalog);
  const table = timetable(plan, catalog);
  const hasTest = testVersions(plan, catalog).length > 0;
  return [
    schoolHeader(plan, { placeDate: true }),
    docTitle('GIÁO ÁN', plan),
    h(
      'section',
      { id: 'muc-dich-yeu-cau' },
      h('h2', {}, 'I. Mục đích – yêu cầu'),
      aimKinds.length
        ? [h('p', {}, 'Sau bài học, học viên:'), aimKinds.map((kind, n) => [h('h3', {}, `${n + 1}. ${AIM_HEADINGS[kind]}`), h('ul', {}, aims[kind].map((a) => h('li', {}, a)))])]
        : h('p', {}, 'Kế hoạch chưa có bài học nào.'),
    ),
    h('section', { id: 'doi-tuong' }, h('h2', {}, 'II. Đối tượng'), h('p', {}, plan.audience || DOTS)),
    h(
      'section',
      { id: 'thoi-gian' },
      h('h2', {}, 'III. Thời gian'),
      h(
        'ul',
        {},
        h('li', {}, `Ngày học: ${dateOf(plan) || DOTS}`),
        h('li', {}, `Thời gian giảng dạy: ${teachingTime(table.teaching)}${table.breaks ? `; giải lao ${table.breaks} phút` : ''}.`),
        h('li', {}, `Số buổi: ${table.sessions.length}${table.sessions.length ? ` (${table.sessions.map((s) => s.heading).join('; ')})` : ''}.`),
        plan.place ? h('li', {}, `Địa điểm: ${plan.place}`) : null,
      ),
    ),
    h(
      'section',
      { id: 'phuong-phap' },
      h('h2', {}, 'IV. Phương pháp'),
      methods.length ? h('ul', {}, methods.map((m) => h('li', {}, `${m.name}: ${m.minutes} phút.`))) : h('p', {}, 'Kế hoạch chưa có hoạt động nào.'),
    ),
    h(
      'section',
      { id: 'tai-lieu-phuong-tien' },
      h('h2', {}, 'V. Tài liệu và phương tiện'),
      h('h3', {}, '1. Các đoạn của Công văn cần đọc'),
      reading.length ? h('ol', {}, reading.map((ref) => h('li', {}, reference(citation(catalog, ref), provisionUrl(catalog, ref))))) : h('p', {}, 'Chưa chọn đoạn nào của Công văn để giảng.'),
      h('h3', {}, '2. Các bài học trên Học liệu QCDC'),
      planned.length ? h('ol', {}, planned.map((p) => h('li', {}, reference(p.module.title, p.module.url)))) : h('p', {}, 'Kế hoạch chưa có bài học nào.'),
      h('h3', {}, '3. Tài liệu in cho lớp'),
      h('p', {}, hasTest ? 'Tài liệu cho học viên; Đề kiểm tra và Đáp án (in từ công cụ soạn bài, cùng kế hoạch này).' : 'Tài liệu cho học viên (in từ công cụ soạn bài, cùng kế hoạch này).'),
      h('h3', {}, '4. Kế hoạch này trên Học liệu QCDC'),
      h(
        'figure',
        { class: 'plan-qr' },
        h('span', { 'data-plan-qr': '' }),
        h('figcaption', {}, 'Quét mã để mở đúng kế hoạch này (chương trình, hoạt động, ghi chú) trong công cụ soạn bài tại ', h('a', { class: 'full-address', href: BUILDER_PATH }, fullAddress(BUILDER_PATH)), '.'),
      ),
    ),
    timetableSection(plan, catalog, table),
    h(
      'section',
      { id: 'noi-dung-chi-tiet' },
      h('h2', {}, 'VII. Nội dung chi tiết'),
      planned.length ? planned.map((p, n) => lessonModule(p, n, planned.length, catalog, table)) : h('p', {}, 'Kế hoạch chưa có bài học nào.'),
    ),
    plan.notes ? h('section', { id: 'ghi-chu' }, h('h2', {}, 'Ghi chú của giảng viên'), h('p', {}, lines(plan.notes))) : null,
    signatures(plan),
  ];
}

/**
 * VI. Tiến trình: the timetable, each session headed alike, with a total.
 * It opens a page of its own so it stays whole when it fits on one.
 * Problems with the plan's times print above the table, as the builder shows
 * them, so a plan that overlaps is not handed out as if it were sound.
 */
function timetableSection(plan: Plan, catalog: Catalog, table = timetable(plan, catalog)) {
  const problems = timingProblems(plan, catalog);
  return h(
    'section',
    { id: 'tien-trinh' },
    h('h2', {}, 'VI. Tiến trình'),
    problems.length
      ? h(
          'div',
          { class: 'timing-summary', role: 'note' },
          h('p', {}, h('strong', {}, `Giờ giấc cần xem lại (${problems.length}):`)),
          h('ul', {}, problems.map((p) => h('li', {}, problemLine(p)))),
        )
      : null,
    h(
      'table',
      { class: 'agenda-table timetable' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Thời gian'), h('th', { scope: 'col' }, 'Nội dung'), h('th', { scope: 'col' }, 'Số phút'))),
      table.sessions.map((session) =>
        h(
          'tbody',
          {},
          h('tr', { class: 'agenda-session' }, h('th', { colspan: '3', scope: 'rowgroup' }, session.heading)),
          session.rows.map((row) => {
            if (row.type !== 'module') return h('tr', { class: `agenda-${row.type}` }, h('td', {}, row.time), h('td', {}, row.label), h('td', {}, row.minutes));
            return h('tr', {}, h('td', {}, row.time), h('td', {}, h('strong', {}, row.label), h('p', { class: 'agenda-activities' }, row.activities.join(' · '))), h('td', {}, row.minutes));
          }),
        ),
      ),
      h(
        'tfoot',
        {},
        h('tr', { class: 'agenda-total' }, h('th', { scope: 'row', colspan: '2' }, `Tổng thời gian giảng dạy${table.breaks ? ` (không kể ${table.breaks} phút giải lao)` : ''}`), h('td', {}, String(table.teaching))),
      ),
    ),
  );
}

function lessonModule(p: PlannedModule, n: number, count: number, catalog: Catalog, table: Timetable) {
  const row = table.sessions.flatMap((s) => s.rows).find((r) => r.type === 'module' && r.module === p.module.slug);
  return h(
    'section',
    { class: 'lesson-module' },
    h('h3', {}, lessonHeading(n + 1, count, p.module.title)),
    row ? h('p', { class: 'lesson-module__time' }, `${row.time} (${row.minutes} phút)`) : null,
    p.block.activities.map((a, i) => [h('h4', {}, `${i + 1}. ${ACTIVITY_LABELS[a.kind].name} (${a.minutes} phút)`), activityContent(a, p.module, catalog)]),
    p.module.instructorNotes.length ? [h('h4', {}, 'Gợi ý cho giảng viên'), h('ul', {}, p.module.instructorNotes.map((t) => h('li', {}, t)))] : null,
  );
}

/** What the instructor needs of one activity: the provisions with their addresses, questions, cases with hints and criteria, self-check items with answers. */
function activityContent(a: Activity, module: CatalogModule, catalog: Catalog) {
  if (!a.items.length) return h('p', {}, 'Chưa chọn mục nào.');
  if (a.kind === 'provisions') {
    return h('ul', {}, a.items.map((i) => module.provisions[i]).filter((r): r is string => !!r).map((ref) => h('li', {}, reference(citation(catalog, ref), provisionUrl(catalog, ref)))));
  }
  if (a.kind === 'discussion') return h('ol', {}, a.items.map((i) => module.discussion[i]).filter((q): q is string => !!q).map((q) => h('li', {}, q)));
  if (a.kind === 'situations') {
    return a.items.map((i) => {
      const s = module.situations[i];
      if (!s) return null;
      return h(
        'div',
        { class: 'situation' },
        h('p', { class: 'situation__title' }, h('strong', {}, s.title)),
        h('p', {}, s.text),
        s.hints.length ? [h('p', {}, h('em', {}, 'Gợi ý hướng giải quyết:')), h('ul', {}, s.hints.map((t) => h('li', {}, t)))] : null,
        s.rubric.length ? [h('p', {}, h('em', {}, 'Tiêu chí đánh giá phần trình bày của nhóm:')), h('ul', {}, s.rubric.map((t) => h('li', {}, t)))] : null,
      );
    });
  }
  return h(
    'ol',
    { class: 'self-check' },
    a.items.map((i) => {
      const q = module.quiz[i];
      if (!q) return null;
      return h('li', {}, h('p', {}, q.question), h('p', { class: 'self-check__answer' }, `Đáp án ${optionLetter(q.answer)}: ${q.options[q.answer] ?? ''}`));
    }),
  );
}

/** Approval and author, side by side, with room to sign. */
function signatures(plan: Plan) {
  const column = (title: string, name: string) =>
    h('td', {}, h('p', { class: 'signature__title' }, title), h('p', { class: 'signature__hint' }, '(Ký, ghi rõ họ tên)'), h('p', { class: 'signature__space' }, ' '), h('p', { class: 'signature__name' }, name));
  return h(
    'table',
    { class: 'signatures', role: 'presentation' },
    h('tbody', {}, h('tr', {}, column('DUYỆT CỦA TRƯỞNG KHOA', ''), column('NGƯỜI SOẠN', plan.instructor))),
  );
}

function learnerHandout(plan: Plan, catalog: Catalog) {
  const sections = handout(plan, catalog);
  return [
    h('p', { class: 'school-line' }, 'TRƯỜNG CHÍNH TRỊ TÔ HIỆU'),
    docTitle('TÀI LIỆU CHO HỌC VIÊN', plan, [
      ['Ngày', dateOf(plan)],
      ['Địa điểm', plan.place],
    ]),
    sections.map((s, n) =>
      h(
        'section',
        { class: 'handout-module' },
        h('h2', {}, lessonHeading(n + 1, sections.length, s.module.title)),
        h('p', {}, s.module.summary),
        h('p', { class: 'handout-module__page' }, reference('Bài học trên Học liệu QCDC', s.module.url)),
        s.provisions.length ? [h('h3', {}, 'Các đoạn của Công văn'), s.provisions.map((ref) => quote(catalog.provisions[ref], ref))] : null,
        s.discussion.length ? [h('h3', {}, 'Câu hỏi thảo luận'), h('ol', { class: 'discussion' }, s.discussion.map((q) => h('li', {}, q)))] : null,
        s.situations.length ? [h('h3', {}, 'Tình huống'), s.situations.map((t) => h('div', { class: 'situation' }, h('p', { class: 'situation__title' }, h('strong', {}, t.title)), h('p', {}, t.text)))] : null,
      ),
    ),
    sections.length ? null : h('p', {}, 'Kế hoạch chưa có bài học nào.'),
  ];
}

/** The test or its key when the bank has no item for the plan's lessons. */
function emptyTest(kind: string, plan: Plan) {
  return [schoolHeader(plan, { placeDate: false }), docTitle(kind, plan, [['Ngày', dateOf(plan)]]), h('p', {}, 'Ngân hàng câu hỏi chưa có câu nào cho các bài trong kế hoạch.')];
}

/** Full name and class lines, for the paper and the answer sheet alike. */
const candidateLines = () => h('p', { class: 'candidate' }, h('span', {}, 'Họ và tên: ', h('span', { class: 'fill' })), h('span', {}, 'Lớp, đơn vị: ', h('span', { class: 'fill' })));

/** Rows of the answer sheet in columns of this many questions, side by side. */
const SHEET_ROWS = 15;

/** The test, exam-ready: each version (mã đề) with name, class, score and remarks boxes, the questions, then its answer sheet on a page of its own. */
function test(plan: Plan, catalog: Catalog) {
  const versions = testVersions(plan, catalog);
  if (!versions.length) return emptyTest('ĐỀ KIỂM TRA', plan);
  return versions.map((version) => {
    const items = testPaper(version);
    const minutes = examMinutes(plan, items.length);
    const letters = (items[0]?.options ?? []).map((_, i) => optionLetter(i));
    const columns = Array.from({ length: Math.ceil(items.length / SHEET_ROWS) }, (_, c) => items.slice(c * SHEET_ROWS, (c + 1) * SHEET_ROWS));
    return h(
      'section',
      { class: 'test-version', 'data-test-version': version.code },
      schoolHeader(plan, { placeDate: false }),
      docTitle('ĐỀ KIỂM TRA', plan, [
        ['Mã đề', version.code],
        ['Ngày', dateOf(plan)],
        ['Thời gian làm bài', `${minutes} phút (không kể thời gian phát đề)`],
        ['Số câu', String(items.length)],
      ]),
      h('table', { class: 'exam-boxes' }, h('tbody', {}, h('tr', {}, h('th', { scope: 'col', class: 'exam-box' }, 'Điểm'), h('th', { scope: 'col', class: 'exam-box exam-box--wide' }, 'Lời phê của giảng viên')), h('tr', { class: 'exam-boxes__space' }, h('td', {}, ''), h('td', {}, '')))),
      candidateLines(),
      h('p', { class: 'exam-instruction' }, 'Mỗi câu chỉ có một phương án đúng. Khoanh tròn chữ cái của phương án đúng ở Phiếu trả lời cuối đề; không ghi vào đề.'),
      h(
        'ol',
        { class: 'quiz-paper' },
        items.map((q) => h('li', { class: 'quiz-question' }, h('p', {}, q.question), h('ul', { class: 'quiz-options' }, q.options.map((o, i) => h('li', {}, h('span', { class: 'option-letter' }, `${optionLetter(i)}. `), o))))),
      ),
      h(
        'section',
        { class: 'answer-sheet', 'aria-label': `Phiếu trả lời, mã đề ${version.code}` },
        h('h2', {}, `PHIẾU TRẢ LỜI — Mã đề ${version.code}`),
        h('p', { class: 'doc-title' }, `${titleOf(plan)}${dateOf(plan) ? `, ngày ${dateOf(plan)}` : ''}`),
        candidateLines(),
        h('p', {}, 'Khoanh tròn một chữ cái cho mỗi câu. Muốn đổi, gạch chéo chữ đã khoanh rồi khoanh chữ khác.'),
        h(
          'div',
          { class: 'answer-sheet__columns' },
          columns.map((column) =>
            h(
              'table',
              { class: 'answer-sheet__grid' },
              h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Câu'), letters.map((l) => h('th', { scope: 'col' }, l)))),
              h('tbody', {}, column.map((q) => h('tr', {}, h('th', { scope: 'row' }, String(q.number)), letters.map((l) => h('td', {}, l))))),
            ),
          ),
        ),
      ),
    );
  });
}

/**
 * The key: each version's letters on one compact grid, then why each answer
 * is right, once for all versions (the versions hold the same questions),
 * with the number each version gives it and what the answer rests on.
 */
function key(plan: Plan, catalog: Catalog) {
  const versions = testVersions(plan, catalog);
  if (!versions.length) return emptyTest('ĐÁP ÁN ĐỀ KIỂM TRA', plan);
  const [first] = versions as [TestVersion];
  const numberIn = (version: TestVersion, question: string) => version.questions.find((q) => q.question === question)?.number ?? 0;
  return [
    schoolHeader(plan, { placeDate: false }),
    docTitle('ĐÁP ÁN ĐỀ KIỂM TRA', plan, [
      ['Ngày', dateOf(plan)],
      ['Số câu', String(first.questions.length)],
      ['Mã đề', versions.map((v) => v.code).join(', ')],
    ]),
    versions.map((version) =>
      h(
        'section',
        { class: 'key-version', 'data-test-version': version.code },
        h('h2', {}, `Mã đề ${version.code}`),
        h('p', { class: 'answer-grid' }, answerKey(version).map((a) => h('span', {}, `${a.number}–${a.letter}`))),
      ),
    ),
    h(
      'section',
      { class: 'key-explained' },
      h('h2', {}, 'Giải thích đáp án'),
      h(
        'ul',
        { class: 'answer-key' },
        answerKey(first).map((a) =>
          h(
            'li',
            { class: 'answer' },
            h('p', { class: 'answer__numbers' }, versions.map((v) => `mã đề ${v.code}: câu ${numberIn(v, a.question)}`).join('; ')),
            h('p', {}, a.question),
            h('p', {}, h('strong', { class: 'answer-choice' }, `Đáp án: ${a.answer}`)),
            h('p', {}, a.explanation),
            h('p', { class: 'answer-basis' }, 'Căn cứ: ', reference(citation(catalog, a.provision), provisionUrl(catalog, a.provision))),
          ),
        ),
      ),
    ),
  ];
}
