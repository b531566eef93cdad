/** The site's fixed addresses. Links to pages are built here, not written out where they are used. */

/** The directive the site is built around: its text is held in full and taught. */
export const DIRECTIVE_SLUG = '111-cv-tu-2016';

export const REGISTER_PATH = '/van-ban/';
export const MODULES_PATH = '/bai-hoc/';
export const GLOSSARY_PATH = '/thuat-ngu/';
export const BODIES_PATH = '/co-quan/';
export const INSTRUCTORS_PATH = '/giang-vien/';
export const CHANGES_PATH = '/thay-doi/';
export const SEARCH_PATH = '/tim-kiem/';

/** The register's filtered lists, by the first segment after /van-ban/: /van-ban/loai/chi-thi/. */
export const REGISTER_FACET_KEYS = ['loai', 'noi-ban-hanh', 'hieu-luc'] as const;
export type RegisterFacetKey = (typeof REGISTER_FACET_KEYS)[number];
export const facetPath = (facet: RegisterFacetKey, value: string) => `${REGISTER_PATH}${facet}/${value}/`;
/** The register's other lists, by the first segment after /van-ban/: by year, by several fields, in number order (src/lib/register-lists.ts). */
export const REGISTER_LIST_SEGMENTS = ['nam', 'loc', 'theo-so'] as const;

/**
 * Addresses that moved, old → new: each old one keeps a page that sends the
 * reader on (and a 301 in _redirects for hosts that read it). The status
 * lists once had the stored codes in their address.
 */
export const MOVED_PAGES: Readonly<Record<string, string>> = {
  // No document is shown as «còn hiệu lực» without a checked status, so that list has no page: the register stands in.
  '/van-ban/hieu-luc/in-force/': REGISTER_PATH,
  '/van-ban/hieu-luc/replaced/': '/van-ban/hieu-luc/het-hieu-luc/',
  '/van-ban/hieu-luc/unknown/': '/van-ban/hieu-luc/chua-co-thong-tin-ve-hieu-luc/',
};

/** Machine-readable data. */
export const DATA_PATHS = { register: '/du-lieu/van-ban.json', bodies: '/du-lieu/co-quan.json', catalog: '/du-lieu/hoc-phan.json', numberTable: '/du-lieu/tra-cuu-so-hieu.json', nameTable: '/du-lieu/tra-cuu-viet-tat.json' } as const;

export const documentPath = (slug: string) => `${REGISTER_PATH}${slug}/`;
export const DIRECTIVE_PATH = documentPath(DIRECTIVE_SLUG);
export const provisionPath = (ref: string) => {
  const [doc, anchor] = ref.split('#');
  return `${documentPath(doc ?? '')}#${anchor}`;
};
export const modulePath = (slug: string) => `${MODULES_PATH}${slug}/`;
/** A module's projector view (DESIGN.md «Addresses»). */
export const slidesPath = (slug: string) => `${modulePath(slug)}trinh-chieu/`;
export const termPath = (slug: string) => `${GLOSSARY_PATH}${slug}/`;
export const bodyPath = (slug: string) => `${BODIES_PATH}${slug}/`;
export const searchPath = (query?: string) => (query ? `${SEARCH_PATH}?q=${encodeURIComponent(query)}` : SEARCH_PATH);

/** Tool pages with no content of their own stay out of the sitemap: the print views and the empty search page. */
export const isSitemapPage = (path: string) => !path.startsWith(PRINT_PATH) && path !== SEARCH_PATH && !path.startsWith('/404') && !Object.hasOwn(MOVED_PAGES, path);

/** path made absolute on the site's public address; left relative when the address is not known (no SITE_URL). */
export const absoluteUrl = (path: string, site: URL | undefined) => (site ? new URL(path, site).href : path);

/** The instructors' builder, its print views (by ?ban=) and the catalogue it reads. */
export const BUILDER_PATH = '/giang-vien/soan-bai/';
export const PRINT_PATH = '/giang-vien/in/';
export const CATALOG_PATH = DATA_PATHS.catalog;
export const printPath = (view: string, fragment = '') => `${PRINT_PATH}?ban=${view}${fragment ? `#${fragment}` : ''}`;
export const builderLink = (fragment: string) => `${BUILDER_PATH}#${fragment}`;

