/**
 * Results as you type under the header's search box: the ARIA combobox
 * pattern (input role=combobox, a listbox of options, aria-activedescendant),
 * so focus stays in the box. ↓/↑ move through the options, Enter opens the
 * chosen one (or, with none chosen, submits the form to the search page), Esc
 * closes the list and then clears the box.
 */
import { REGISTER_PATH } from '../../lib/paths';
import { searchHref } from '../../lib/search-url';
import { loadPagefind, search, SearchUnavailable, type SearchHit } from './engine';
import { h, link, withNumbers } from '../dom';

const SHOWN = 6;
const DEBOUNCE_MS = 120;

interface Option {
  url: string;
  node: HTMLLIElement;
}

export function attachSuggestions(input: HTMLInputElement): void {
  const form = input.form;
  if (!form || input.dataset.suggest) return;
  input.dataset.suggest = 'on';

  const popup = h('div', { class: 'site-search__popup' });
  popup.hidden = true;
  const listbox = h('ul', { class: 'site-search__list' });
  listbox.id = `${input.id}-goi-y`;
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Gợi ý tìm kiếm');
  const note = h('p', { class: 'site-search__note' });
  const status = h('p', { class: 'visually-hidden' });
  status.setAttribute('role', 'status');
  popup.append(note, listbox);
  form.append(popup, status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);

  let options: Option[] = [];
  let active = -1;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setActive = (index: number) => {
    active = index;
    options.forEach((o, i) => o.node.setAttribute('aria-selected', String(i === index)));
    const chosen = options[index];
    if (chosen) {
      input.setAttribute('aria-activedescendant', chosen.node.id);
      chosen.node.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const open = () => {
    if (!options.length) return;
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = () => {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const clear = () => {
    options = [];
    listbox.replaceChildren();
    note.replaceChildren();
    status.textContent = '';
    close();
  };

  const addOption = (url: string, title: string, detail: string) => {
    const node = h('li', { class: 'site-search__option' });
    node.id = `${listbox.id}-${options.length}`;
    node.setAttribute('role', 'option');
    node.setAttribute('aria-selected', 'false');
    node.append(h('span', { class: 'site-search__option-title' }, withNumbers(title)));
    if (detail) node.append(h('span', { class: 'site-search__option-detail' }, detail));
    listbox.append(node);
    options.push({ url, node });
  };

  const show = (text: string, hits: SearchHit[]) => {
    options = [];
    listbox.replaceChildren();
    note.replaceChildren();
    for (const hit of hits.slice(0, SHOWN)) {
      addOption(hit.url, hit.title, [hit.kind, hit.date].filter(Boolean).join(' · '));
    }
    if (!hits.length) note.textContent = 'Không có gợi ý nào.';
    addOption(searchHref({ q: text, filters: {} }), `Xem mọi kết quả cho «${text}»`, '');
    const count = Math.min(hits.length, SHOWN);
    status.textContent = count ? `${count} gợi ý. Dùng phím mũi tên để chọn.` : 'Không có gợi ý nào.';
    setActive(-1);
    open();
  };

  const showUnavailable = (reason: 'dev' | 'unavailable' | 'error') => {
    options = [];
    listbox.replaceChildren();
    note.replaceChildren(
      reason === 'dev'
        ? 'Chưa có chỉ mục tìm kiếm: chạy "npm run build" một lần rồi tải lại trang.'
        : reason === 'error'
          ? 'Tìm kiếm gặp lỗi với câu tìm này. Nhấn Enter để mở trang Tìm kiếm, hoặc xem '
          : 'Không tải được chỉ mục tìm kiếm. Nhấn Enter để mở trang Tìm kiếm, hoặc xem ',
    );
    if (reason !== 'dev') note.append(link(REGISTER_PATH, 'Danh mục văn bản'), '.');
    status.textContent = note.textContent ?? '';
    popup.hidden = false;
  };

  const update = async () => {
    const mine = ++generation;
    const text = input.value;
    if (!text.trim()) return clear();
    try {
      const outcome = await search(text, {}, SHOWN);
      if (mine !== generation || document.activeElement !== input) return;
      if (!outcome.query.term) return clear();
      show(outcome.query.text, outcome.hits);
    } catch (error) {
      if (mine !== generation) return;
      console.error(error);
      showUnavailable(error instanceof SearchUnavailable ? error.reason : 'error');
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!options.length) return;
        event.preventDefault();
        open();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive(active === -1 && step === -1 ? options.length - 1 : (active + step + options.length) % options.length);
        break;
      }
      case 'Enter': {
        const chosen = popup.hidden ? undefined : options[active];
        if (chosen) {
          event.preventDefault();
          window.location.assign(chosen.url);
        }
        break;
      }
      case 'Escape':
        if (!popup.hidden) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = '';
          clear();
        }
        break;
      case 'Tab':
        close();
        break;
    }
  });
  // A pointer on the list must not take focus from the box (the list would close first).
  listbox.addEventListener('pointerdown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const node = event.target instanceof Element ? event.target.closest('[role="option"]') : null;
    const chosen = options.find((o) => o.node === node);
    if (chosen) window.location.assign(chosen.url);
  });
  input.addEventListener('blur', () => {
    // Let a click on the note's link land first.
    setTimeout(() => {
      if (document.activeElement !== input) close();
      if (document.activeElement !== input && !options.length) popup.hidden = true;
    }, 150);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && options.length) open();
  });

  // Focus is the sign a search is coming: start loading the index now.
  // A failure here is reported when the reader's search runs into it.
  loadPagefind().catch(() => undefined);
  if (input.value.trim()) void update();
}
