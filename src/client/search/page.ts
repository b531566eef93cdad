/**
 * The search page (/tim-kiem/). Its state lives in the address: the query
 * and filters are read from it on load and on Back/Forward (popstate), and
 * written to it on each search (pushState; replaceState while typing).
 */
import { REGISTER_PATH } from '../../lib/paths';
import { withoutDiacritics } from '../../lib/search-text';
import { FILTER_PARAMS, PAGEFIND_FILTER, readSearchState, sameState, searchHref, type SearchState } from '../../lib/search-url';
import { search, SearchUnavailable, type SearchFilters, type SearchHit, type SearchOutcome } from './engine';
import { appendPieces, h, link, withNumbers } from '../dom';

const PAGE_SIZE = 10;
const TYPING_DEBOUNCE_MS = 250;
const REGISTER = REGISTER_PATH;

const form = document.getElementById('search-form') as HTMLFormElement | null;
const input = document.getElementById('search-query') as HTMLInputElement | null;
const statusBox = document.getElementById('search-status');
const list = document.getElementById('search-results') as HTMLOListElement | null;
const more = document.getElementById('search-more') as HTMLButtonElement | null;

if (form && input && statusBox && list && more) {
  const selects = new Map(FILTER_PARAMS.map((key) => [key, form.elements.namedItem(key) as HTMLSelectElement | null]));
  const titleBase = document.title;
  const filtersBox = document.getElementById('search-filters') as HTMLDetailsElement | null;
  const chosen = document.getElementById('search-filters-chosen');
  if (filtersBox) {
    // Folded on a narrow screen, so the first results are in the first screen; its summary says what is chosen.
    filtersBox.open = window.matchMedia('(min-width: 40em)').matches;
  }

  let limit = PAGE_SIZE;
  let generation = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** While the reader types, the first change adds a history entry and the rest replace it. */
  let typingEntry = false;

  const formState = (): SearchState => {
    const filters: SearchState['filters'] = {};
    for (const [key, select] of selects) if (select?.value) filters[key] = select.value;
    return { q: input.value, filters };
  };

  const fillForm = (state: SearchState) => {
    input.value = state.q;
    for (const [key, select] of selects) {
      if (!select) continue;
      const wanted = state.filters[key] ?? '';
      select.value = [...select.options].some((o) => o.value === wanted) ? wanted : '';
    }
  };

  /** Slugs in the form → the labels pages declare to Pagefind. */
  const labelFilters = (): SearchFilters => {
    const out: SearchFilters = {};
    for (const [key, select] of selects) {
      const label = select?.selectedOptions[0]?.dataset.label;
      if (label) out[PAGEFIND_FILTER[key] as keyof SearchFilters] = label;
    }
    return out;
  };

  /** The chosen filters, on the folded box's summary: «Lọc kết quả — đang lọc (2): Văn bản; 2015». */
  const showChosen = () => {
    const labels = [...selects.values()].flatMap((select) => (select?.value ? [select.selectedOptions[0]?.textContent?.trim() ?? select.value] : []));
    if (chosen) chosen.textContent = labels.length ? ` — đang lọc (${labels.length}): ${labels.join('; ')}` : '';
  };

  const setStatus = (...parts: (string | Node)[]) => {
    const p = h('p');
    p.append(...parts);
    statusBox.replaceChildren(p);
  };

  const renderHit = (hit: SearchHit): HTMLLIElement => {
    const li = h('li', { class: 'search-hit' });
    const heading = h('h2', { class: 'search-hit__title' });
    heading.append(h('a', { href: hit.url }, withNumbers(hit.title)));
    li.append(heading);
    if (hit.page) {
      // A paragraph: where it stands, each step a link (the whole page, the whole part).
      const where = h('p', { class: 'search-hit__where' }, 'Trong ', h('a', { href: hit.page.url }, withNumbers(hit.page.title)));
      if (hit.part) where.append(' › ', link(hit.part.url, hit.part.title));
      li.append(where);
    }
    const meta = h('p', { class: 'search-hit__meta' });
    meta.append(h('span', { class: 'search-hit__kind' }, hit.kind || 'Trang'));
    // Found by its number: the number is what matched, so it is marked.
    if (hit.number) meta.append(' · Số ', hit.byNumber ? h('mark', {}, h('span', { class: 'doc-number' }, hit.number)) : h('span', { class: 'doc-number' }, hit.number));
    if (hit.date) meta.append(` · ngày ${hit.date}`);
    if (hit.issuer) meta.append(h('span', { class: 'search-hit__issuer' }, ` · ${hit.issuer}`));
    if (hit.byNumber) meta.append(h('span', { class: 'search-hit__exact' }, ' · đúng số hiệu'));
    li.append(meta);
    if (hit.excerpt.length) li.append(appendPieces(h('p', { class: 'search-hit__excerpt' }), hit.excerpt));
    if (hit.sections.length) {
      const sections = h('ul', { class: 'search-hit__sections' });
      sections.setAttribute('aria-label', `Các phần khớp trong ${hit.page?.title ?? hit.title}`);
      for (const section of hit.sections) {
        const item = h('li');
        item.append(link(section.url, section.title, 'search-hit__section-link'));
        // A space, so the name and the text never read (or copy) as one word.
        if (section.excerpt.length) item.append(' ', appendPieces(h('span', { class: 'search-hit__section-excerpt' }), section.excerpt));
        sections.append(item);
      }
      li.append(sections);
    }
    return li;
  };

  const filtered = () => Object.keys(labelFilters()).length > 0;

  const renderNone = (outcome: SearchOutcome) => {
    const text = outcome.query.text;
    const parts: (string | Node)[] = [`Không tìm thấy kết quả nào cho «${text}».`];
    const plain = withoutDiacritics(text);
    if (plain !== text.toLowerCase()) {
      parts.push(' Thử tìm không dấu: ', link(searchHref({ q: plain, filters: formState().filters }), plain), '.');
    } else {
      parts.push(' Thử bớt từ, hoặc gõ có dấu.');
    }
    if (filtered()) parts.push(' ', link(searchHref({ q: text, filters: {} }), 'Tìm lại không lọc'), '.');
    parts.push(' Hoặc tra trong ', link(REGISTER, 'Danh mục văn bản'), '.');
    setStatus(...parts);
  };

  /** data-state tells tests and the benchmark when results are in, data-ms how long the search took. */
  let started = 0;
  const settle = () => {
    list.removeAttribute('aria-busy');
    list.dataset.state = 'done';
    list.dataset.ms = String(Math.round(performance.now() - started));
  };

  /**
   * How many results the last page showed: «Hiện thêm kết quả» asks for the
   * next page only when pressed (no search runs ahead of the reader, so a
   * search fetches only what it shows); if that adds nothing, the page says so.
   */
  let shown = 0;

  const run = async () => {
    const mine = ++generation;
    const state = formState();
    started = performance.now();
    list.dataset.state = 'busy';
    list.dataset.more = 'no';
    more.hidden = true;
    showChosen();
    document.title = state.q.trim() ? `Tìm «${state.q.trim().slice(0, 60)}» | ${titleBase}` : titleBase;
    if (!state.q.trim()) {
      list.replaceChildren();
      setStatus('Gõ số hiệu văn bản (120-KL/TW, qd 1738), từ ngữ (đảng ủy, dan chu) hoặc tên cơ quan, người (Ban Dân vận, Tô Hiệu).');
      settle();
      return;
    }
    list.setAttribute('aria-busy', 'true');
    setStatus('Đang tìm…');
    try {
      const outcome = await search(state.q, labelFilters(), limit);
      if (mine !== generation) return;
      const before = limit > PAGE_SIZE ? shown : 0;
      shown = outcome.hits.length;
      list.replaceChildren(...outcome.hits.map(renderHit));
      const q = `«${outcome.query.text}»${filtered() ? ' (đã lọc)' : ''}`;
      if (!outcome.query.term) {
        setStatus('Câu tìm không có chữ hay số nào. Hãy gõ một từ hoặc một số hiệu, hoặc tra trong ', link(REGISTER, 'Danh mục văn bản'), '.');
      } else if (!outcome.hits.length) {
        renderNone(outcome);
      } else if (outcome.partial) {
        setStatus(`Không trang nào có đủ mọi từ của ${q}; dưới đây là ${outcome.hits.length} trang có một phần.`);
      } else {
        setStatus(`${outcome.hits.length} kết quả cho ${q}.`);
      }
      if (before && outcome.hits.length <= before) {
        setStatus(`${outcome.hits.length} kết quả cho ${q}; không còn kết quả nào khác.`);
      } else if (outcome.more && outcome.hits.length) {
        list.dataset.more = 'yes';
        more.hidden = false;
        if (!outcome.partial) setStatus(`${outcome.hits.length} kết quả đầu cho ${q}; bấm «Hiện thêm kết quả» ở cuối danh sách để xem tiếp.`);
      }
    } catch (error) {
      if (mine !== generation) return;
      console.error(error);
      list.replaceChildren();
      more.hidden = true;
      if (!(error instanceof SearchUnavailable)) {
        setStatus('Tìm kiếm gặp lỗi với câu tìm này. Hãy thử cách viết khác, hoặc tra văn bản trong ', link(REGISTER, 'Danh mục văn bản'), '.');
      } else if (error.reason === 'dev') {
        setStatus('Chế độ phát triển chưa có chỉ mục tìm kiếm: chạy "npm run build" một lần (máy chủ phát triển sẽ dùng chỉ mục đó) rồi tải lại trang.');
      } else {
        setStatus(
          'Không tải được chỉ mục tìm kiếm — có thể trang đang được mở từ tệp trên máy hoặc mất kết nối mạng. Hãy tra văn bản trong ',
          link(REGISTER, 'Danh mục văn bản'),
          '.',
        );
      }
    } finally {
      if (mine === generation) settle();
    }
  };

  /** Records the form's state in the address, then searches. */
  const commit = (mode: 'push' | 'replace') => {
    limit = PAGE_SIZE;
    const state = formState();
    const current = readSearchState(window.location.search);
    if (!sameState(state, current)) {
      const href = searchHref(state);
      if (mode === 'push') history.pushState(null, '', href);
      else history.replaceState(null, '', href);
    }
    void run();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    typingEntry = false;
    commit('push');
  });
  for (const select of selects.values()) {
    select?.addEventListener('change', () => {
      typingEntry = false;
      commit('push');
    });
  }
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      commit(typingEntry ? 'replace' : 'push');
      typingEntry = true;
    }, TYPING_DEBOUNCE_MS);
  });
  more.addEventListener('click', () => {
    limit += PAGE_SIZE;
    void run();
  });
  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer);
    typingEntry = false;
    limit = PAGE_SIZE;
    fillForm(readSearchState(window.location.search));
    void run();
  });

  fillForm(readSearchState(window.location.search));
  void run();
}
