/** Mouse users may drag a block by its handle onto another block's place; keyboard users have the buttons. */
import { dropBlock } from '../../lib/plan-edits';
import { $ } from '../dom';
import { commit, state } from './state';

export function wireDrag(): void {
  const list = $('#agenda');
  /** The dragged block's index, or -1 when no drag of ours is under way (a file or text dragged in is ignored). */
  let from = -1;
  const clearMark = () => {
    for (const el of list.querySelectorAll('.block--drop')) el.classList.remove('block--drop');
  };
  list.addEventListener('dragstart', (e) => {
    const handle = (e.target as HTMLElement).closest<HTMLElement>('[data-drag]');
    if (!handle || !e.dataTransfer) return;
    from = Number(handle.dataset.drag);
    e.dataTransfer.effectAllowed = 'move';
    e.dataTransfer.setData('text/plain', String(from));
    const li = handle.closest('li');
    if (li) e.dataTransfer.setDragImage(li, 10, 10);
  });
  list.addEventListener('dragover', (e) => {
    if (from < 0) return;
    const li = (e.target as HTMLElement).closest<HTMLElement>('li[data-index]');
    if (!li) return;
    e.preventDefault();
    clearMark();
    li.classList.add('block--drop');
  });
  list.addEventListener('drop', (e) => {
    const li = (e.target as HTMLElement).closest<HTMLElement>('li[data-index]');
    if (from < 0 || !li) return;
    e.preventDefault();
    const edit = dropBlock(state.plan, from, Number(li.dataset.index), state.modules);
    from = -1;
    if (edit) commit(edit);
  });
  list.addEventListener('dragend', () => {
    from = -1;
    clearMark();
  });
}
