/**
 * The catalogue column: every module, with an add button unless it is
 * already in the agenda (then a button to go to it), and the choice of where
 * added blocks go.
 */
import type { Catalog } from '../../lib/plan-catalog';
import type { Plan } from '../../lib/plan';
import { blockTitle } from '../../lib/plan-views';
import { moduleIndex } from '../../lib/plan-catalog';
import { $, h } from '../dom';

export function renderCatalog(plan: Plan, catalog: Catalog): void {
  const inPlan = new Set(plan.blocks.flatMap((b) => (b.type === 'module' ? [b.module] : [])));
  $('#catalog-list').replaceChildren(
    ...catalog.modules.map((mod) =>
      h(
        'li',
        { class: 'catalog-item' },
        h('span', { class: 'catalog-item__title' }, h('a', { href: mod.url }, mod.title), h('span', { class: 'catalog-item__meta' }, ` · ${mod.duration} phút`)),
        inPlan.has(mod.slug)
          ? h(
              'span',
              { class: 'catalog-item__added' },
              'Đã có trong chương trình ',
              h('button', { type: 'button', class: 'link-button', 'data-goto-module': mod.slug, 'data-key': `goto-${mod.slug}`, 'aria-label': `Đến «${mod.title}» trong chương trình` }, 'Đến bài này'),
            )
          : h('button', { type: 'button', class: 'tool-button', 'data-add': mod.slug, 'data-key': `add-${mod.slug}`, 'aria-label': `Thêm «${mod.title}» vào chương trình` }, 'Thêm'),
      ),
    ),
  );
  renderPositions(plan, catalog);
}

/** «Thêm vào»: the end, or after any block; the choice survives a redraw while that place exists. */
function renderPositions(plan: Plan, catalog: Catalog): void {
  const select = $('#add-position') as HTMLSelectElement;
  const kept = select.value;
  const modules = moduleIndex(catalog);
  select.replaceChildren(
    h('option', { value: '' }, 'Cuối chương trình'),
    ...plan.blocks.slice(0, -1).map((block, i) => h('option', { value: String(i) }, `Sau vị trí ${i + 1}: ${blockTitle(block, modules)}`)),
  );
  select.value = Number(kept) < plan.blocks.length - 1 ? kept : '';
}

/** Where the next block is added: after this index, or undefined for the end. */
export function addPosition(): number | undefined {
  const value = ($('#add-position') as HTMLSelectElement).value;
  return value === '' ? undefined : Number(value);
}

/** After an insertion, the next block goes after the one just added (still at the end when adding at the end). */
export function followAddition(added: number, plan: Plan): void {
  const select = $('#add-position') as HTMLSelectElement;
  if (select.value === '') return;
  select.value = added < plan.blocks.length - 1 ? String(added) : '';
}
