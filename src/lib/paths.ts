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

/** Tool pages with no content of their own stay out of the sitemap: the print views and the empty search page. */
export const isSitemapPage = (path: string) => !path.startsWith('/giang-vien/in/') && path !== '/tim-kiem/' && !path.startsWith('/404');

/** path made absolute on the site's public address; left relative when the address is not known (no SITE_URL). */
export const absoluteUrl = (path: string, site: URL | undefined) => (site ? new URL(path, site).href : path);
