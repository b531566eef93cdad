/** The catalogue column: every module, with an add button unless it is already in the agenda. */
import type { Catalog } from '../../lib/plan-catalog';
import type { Plan } from '../../lib/plan';
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
          ? h('span', { class: 'catalog-item__added' }, 'Đã có trong chương trình')
          : h('button', { type: 'button', class: 'tool-button', 'data-add': mod.slug, 'data-key': `add-${mod.slug}`, 'aria-label': `Thêm «${mod.title}» vào chương trình` }, 'Thêm'),
      ),
    ),
  );
}
