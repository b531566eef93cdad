/** A small catalogue for the plan tests (not content: the real one comes from the build). */
import type { Catalog, CatalogModule } from './plan-catalog';

const mod = (slug: string, order: number, duration: number, quiz = 4): CatalogModule => ({
  slug,
  url: `/bai-hoc/${slug}/`,
  title: `Học phần ${order}`,
  order,
  summary: `Tóm tắt ${order}`,
  audience: 'Cán bộ cấp xã',
  duration,
  objectives: [`Mục tiêu ${order}.1`, `Mục tiêu ${order}.2`],
  provisions: [`111-cv-tu-2016#muc-${order}`, `111-cv-tu-2016#muc-${order}-doan-1`],
  discussion: [`Thảo luận ${order}.1`, `Thảo luận ${order}.2`, `Thảo luận ${order}.3`],
  situations: [
    { title: `Tình huống ${order}.1`, text: `Nội dung tình huống ${order}.1`, hints: [`Gợi ý ${order}.1`], unitType: 'xa-phuong', rubric: ['Tiêu chí 1', 'Tiêu chí 2', 'Tiêu chí 3'], provisions: [`111-cv-tu-2016#muc-${order}`] },
    { title: `Tình huống ${order}.2`, text: `Nội dung tình huống ${order}.2`, hints: [], unitType: 'co-quan', rubric: ['Tiêu chí 1', 'Tiêu chí 2', 'Tiêu chí 3'], provisions: [`111-cv-tu-2016#muc-${order}`] },
  ],
  quiz: Array.from({ length: quiz }, (_, i) => ({
    question: `Câu hỏi ${order}.${i + 1}?`,
    options: ['Phương án một', 'Phương án hai', 'Phương án ba'],
    answer: i % 3,
    explanation: `Giải thích ${order}.${i + 1}`,
    provision: `111-cv-tu-2016#muc-${order}`,
    level: i % 2 ? ('hiểu' as const) : ('nhớ' as const),
  })),
  instructorNotes: [`Gợi ý giảng ${order}`],
});

export const catalog: Catalog = {
  version: 1,
  modules: [mod('muc-1', 1, 90), mod('muc-2', 2, 60), mod('muc-3', 3, 45, 5)],
  testBank: [],
  provisions: {},
};
