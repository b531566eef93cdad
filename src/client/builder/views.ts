/**
 * The four printed outputs, laid out from plan-views.ts. What each holds is
 * decided there; here it only becomes DOM, text always as text.
 */
import type { Catalog, CatalogProvision } from '../../lib/plan-catalog';
import { budget, formatTeachingTime, type Plan } from '../../lib/plan';
import { agendaRows, answerKey, handout, optionLetter, plannedModules, provisionsToRead, testMinutes, testPaper, testVersions } from '../../lib/plan-views';
import { formatDate } from '../../lib/dates';
import { h, lines } from '../dom';
import { ACTIVITY_LABELS, UNTITLED, VIEWS, type ViewName } from '../../ui/builder';

export function renderView(view: ViewName, plan: Plan, catalog: Catalog): HTMLElement {
  const body = { 'giao-an': lessonPlan, 'tai-lieu': learnerHandout, 'de-kiem-tra': test, 'dap-an': key }[view](plan, catalog);
  return h('article', { class: `print-doc print-doc--${view}`, 'data-view': view }, body);
}

function docHead(view: ViewName, plan: Plan, facts: [string, string][]) {
  const shown = facts.filter(([, value]) => value);
  return h(
    'header',
    { class: 'doc-head' },
    h('p', { class: 'doc-kind' }, VIEWS[view]),
    h('h1', {}, plan.title || UNTITLED),
    shown.length ? h('dl', { class: 'doc-facts' }, shown.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])) : null,
  );
}

const dateOf = (plan: Plan) => (plan.date ? formatDate(plan.date) : '');

function quote(provision: CatalogProvision | undefined, ref: string) {
  if (!provision) return h('p', {}, ref);
  return h(
    'figure',
    { class: 'provision-quote' },
    h(
      'blockquote',
      { cite: provision.url },
      provision.paragraphs.map((p) =>
        h(
          'p',
          { class: 'source-paragraph' },
          p.pieces.map((piece) => [piece.text, piece.note ? h('span', { class: 'editorial-note', role: 'note' }, ` [${piece.note}]`) : null]),
        ),
      ),
    ),
    h('figcaption', {}, h('a', { href: provision.url }, provision.citation)),
  );
}

function lessonPlan(plan: Plan, catalog: Catalog) {
  const b = budget(plan);
  const planned = plannedModules(plan, catalog);
  const rows = agendaRows(plan, catalog);
  const reading = provisionsToRead(plan, catalog);
  let quizNumber = 0;
  return [
    docHead('giao-an', plan, [
      ['Ngày', dateOf(plan)],
      ['Địa điểm', plan.place],
      ['Đối tượng', plan.audience],
      ['Giảng viên', plan.instructor],
      ['Thời lượng', `${formatTeachingTime(b.total)} giảng dạy; dự kiến ${formatTeachingTime(b.planned)}${b.over ? ` (vượt ${b.over} phút)` : ''}`],
    ]),
    h(
      'section',
      { id: 'muc-tieu' },
      h('h2', {}, 'Mục tiêu'),
      planned.map((p) => [h('h3', {}, p.module.title), h('ul', {}, p.module.objectives.map((o) => h('li', {}, o)))]),
    ),
    h(
      'section',
      { id: 'chuong-trinh' },
      h('h2', {}, 'Chương trình'),
      h(
        'table',
        { class: 'agenda-table' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Thời gian'), h('th', { scope: 'col' }, 'Nội dung'), h('th', { scope: 'col' }, 'Số phút'))),
        h(
          'tbody',
          {},
          rows.map((row) => {
            if (row.type === 'session') return h('tr', { class: 'agenda-session' }, h('th', { colspan: '3', scope: 'rowgroup' }, row.heading));
            if (row.type === 'break' || row.type === 'event') return h('tr', { class: `agenda-${row.type}` }, h('td', {}, row.time), h('td', {}, row.label), h('td', {}, row.minutes));
            return h(
              'tr',
              {},
              h('td', {}, row.time),
              h('td', {}, h('strong', {}, row.label), h('ul', { class: 'agenda-activities' }, row.activities.map((a) => h('li', {}, a)))),
              h('td', {}, row.minutes),
            );
          }),
        ),
      ),
    ),
    h(
      'section',
      { id: 'tien-trinh' },
      h('h2', {}, 'Tiến trình giảng dạy'),
      planned.map((p) =>
        h(
          'section',
          { class: 'lesson-module' },
          h('h3', {}, p.module.title),
          p.block.activities.map((a) => {
            const head = h('h4', {}, `${ACTIVITY_LABELS[a.kind].name} (${a.minutes} phút)`);
            if (a.kind === 'provisions') {
              return [head, h('ul', {}, a.items.map((i) => p.module.provisions[i]).filter((r): r is string => !!r).map((ref) => h('li', {}, catalog.provisions[ref]?.citation ?? ref)))];
            }
            if (a.kind === 'discussion') return [head, h('ol', {}, a.items.map((i) => h('li', {}, p.module.discussion[i] ?? '')))];
            if (a.kind === 'situations') {
              return [
                head,
                a.items.map((i) => {
                  const s = p.module.situations[i];
                  if (!s) return null;
                  return h('div', { class: 'situation' }, h('p', {}, h('strong', {}, s.title)), h('p', {}, s.text), s.hints.length ? [h('p', {}, h('em', {}, 'Gợi ý:')), h('ul', {}, s.hints.map((t) => h('li', {}, t)))] : null);
                }),
              ];
            }
            const first = quizNumber + 1;
            quizNumber += a.items.length;
            return [head, h('p', {}, a.items.length ? `Câu ${first}${a.items.length > 1 ? `–${quizNumber}` : ''} trong Đề kiểm tra; đáp án ở tờ Đáp án.` : 'Chưa chọn câu nào.')];
          }),
          h('h4', {}, 'Gợi ý cho giảng viên'),
          h('ul', {}, p.module.instructorNotes.map((n) => h('li', {}, n))),
        ),
      ),
    ),
    h(
      'section',
      { id: 'dieu-khoan-can-doc' },
      h('h2', {}, 'Các đoạn của Công văn cần đọc'),
      reading.length
        ? h('ol', {}, reading.map((ref) => h('li', {}, catalog.provisions[ref]?.citation ?? ref, ' — ', h('a', { href: catalog.provisions[ref]?.url ?? '#' }, catalog.provisions[ref]?.url ?? ''))))
        : h('p', {}, 'Chưa chọn đoạn nào của Công văn để giảng.'),
    ),
    plan.notes ? h('section', { id: 'ghi-chu' }, h('h2', {}, 'Ghi chú của giảng viên'), h('p', {}, lines(plan.notes))) : null,
  ];
}

function learnerHandout(plan: Plan, catalog: Catalog) {
  const sections = handout(plan, catalog);
  return [
    docHead('tai-lieu', plan, [
      ['Ngày', dateOf(plan)],
      ['Địa điểm', plan.place],
    ]),
    sections.map((s, n) =>
      h(
        'section',
        { class: 'handout-module' },
        h('h2', {}, `${n + 1}. ${s.module.title}`),
        h('p', {}, s.module.summary),
        s.provisions.length ? [h('h3', {}, 'Các đoạn của Công văn'), s.provisions.map((ref) => quote(catalog.provisions[ref], ref))] : null,
        s.discussion.length ? [h('h3', {}, 'Câu hỏi thảo luận'), h('ol', { class: 'discussion' }, s.discussion.map((q) => h('li', {}, q)))] : null,
        s.situations.length ? [h('h3', {}, 'Tình huống'), s.situations.map((t) => h('div', { class: 'situation' }, h('p', {}, h('strong', {}, t.title)), h('p', {}, t.text)))] : null,
      ),
    ),
    sections.length ? null : h('p', {}, 'Kế hoạch chưa có bài học nào.'),
  ];
}

/** The test or its key when the bank has no item for the plan's lessons. */
function emptyTest(view: 'de-kiem-tra' | 'dap-an', plan: Plan) {
  return [docHead(view, plan, [['Ngày', dateOf(plan)]]), h('p', {}, 'Ngân hàng câu hỏi chưa có câu nào cho các bài trong kế hoạch.')];
}

/** The test, exam-ready: each version (mã đề) on its own pages with name, class, score and remarks boxes, then an answer sheet. */
function test(plan: Plan, catalog: Catalog) {
  const versions = testVersions(plan, catalog);
  if (!versions.length) return emptyTest('de-kiem-tra', plan);
  return versions.map((version) => {
    const items = testPaper(version);
    const letters = (items[0]?.options ?? []).map((_, i) => optionLetter(i));
    return h(
      'section',
      { class: 'test-version', 'data-test-version': version.code },
      docHead('de-kiem-tra', plan, [
        ['Mã đề', version.code],
        ['Ngày', dateOf(plan)],
        ['Thời gian làm bài', `${testMinutes(items.length)} phút`],
        ['Số câu', String(items.length)],
      ]),
      h('div', { class: 'exam-boxes' }, h('div', { class: 'exam-box' }, h('span', {}, 'Điểm')), h('div', { class: 'exam-box exam-box--wide' }, h('span', {}, 'Lời phê của giảng viên'))),
      h('p', { class: 'candidate' }, h('span', {}, 'Họ và tên: ', h('span', { class: 'fill' })), h('span', {}, 'Lớp, đơn vị: ', h('span', { class: 'fill' }))),
      h('p', {}, 'Chọn một phương án đúng cho mỗi câu và đánh dấu vào phiếu trả lời ở cuối đề.'),
      h(
        'ol',
        { class: 'quiz-paper' },
        items.map((q) => h('li', { class: 'quiz-question' }, h('p', {}, q.question), h('ul', { class: 'quiz-options' }, q.options.map((o, i) => h('li', {}, h('span', { class: 'option-letter' }, `${optionLetter(i)}. `), o))))),
      ),
      h(
        'section',
        { class: 'answer-sheet', 'aria-label': `Phiếu trả lời, mã đề ${version.code}` },
        h('h2', {}, `Phiếu trả lời — mã đề ${version.code}`),
        h('table', { class: 'answer-sheet__grid' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Câu'), letters.map((l) => h('th', { scope: 'col' }, l)))), h('tbody', {}, items.map((q) => h('tr', {}, h('th', { scope: 'row' }, String(q.number)), letters.map(() => h('td', {}, '○')))))),
      ),
    );
  });
}

/** The answer key of every version: the grid first, then why each answer is right, with what it rests on. */
function key(plan: Plan, catalog: Catalog) {
  const versions = testVersions(plan, catalog);
  if (!versions.length) return emptyTest('dap-an', plan);
  return versions.map((version) => {
    const items = answerKey(version);
    return h(
      'section',
      { class: 'key-version', 'data-test-version': version.code },
      docHead('dap-an', plan, [
        ['Mã đề', version.code],
        ['Ngày', dateOf(plan)],
        ['Số câu', String(items.length)],
      ]),
      h('p', { class: 'answer-grid' }, items.map((a) => h('span', {}, `${a.number}–${a.letter}`))),
      h(
        'ol',
        { class: 'answer-key' },
        items.map((a) =>
          h(
            'li',
            { class: 'answer' },
            h('p', {}, a.question),
            h('p', {}, h('strong', { class: 'answer-choice' }, `Đáp án ${a.letter}: ${a.answer}`)),
            h('p', {}, a.explanation),
            h('p', { class: 'answer-basis' }, 'Căn cứ: ', h('a', { href: catalog.provisions[a.provision]?.url ?? '#' }, catalog.provisions[a.provision]?.citation ?? a.provision)),
          ),
        ),
      ),
    );
  });
}
