/** The site's fixed addresses (DESIGN.md). Every link to a page is built here. */
export const documentPath = (slug: string) => `/van-ban/${slug}/`;
export const provisionPath = (ref: string) => {
  const [doc, anchor] = ref.split('#');
  return `${documentPath(doc ?? '')}#${anchor}`;
};
export const modulePath = (slug: string) => `/bai-hoc/${slug}/`;
export const termPath = (slug: string) => `/thuat-ngu/${slug}/`;
export const bodyPath = (slug: string) => `/co-quan/${slug}/`;
export const searchPath = (query?: string) => (query ? `/tim-kiem/?q=${encodeURIComponent(query)}` : '/tim-kiem/');
