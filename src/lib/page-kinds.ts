/** Kinds of page, from their address (DESIGN.md "Addresses"), for budgets and per-kind figures. */

// With its extension: Node tools (scripts/) import this file without a bundler.
import { DIRECTIVE_PATH, REGISTER_FACET_KEYS, REGISTER_LIST_SEGMENTS } from './paths.ts';

export { DIRECTIVE_PATH };
const REGISTER_FACETS: ReadonlySet<string> = new Set([...REGISTER_FACET_KEYS, ...REGISTER_LIST_SEGMENTS]);

export type PageKind =
  | 'home'
  | 'register'
  | 'directive'
  | 'document'
  | 'module-index'
  | 'module'
  /** A module's projector view, /bai-hoc/<slug>/trinh-chieu/. */
  | 'slides'
  | 'glossary-index'
  | 'glossary'
  | 'body-index'
  | 'body'
  | 'search'
  | 'instructors'
  | 'builder'
  | 'not-found'
  | 'other';

/** Pages a reader reads: they must work fully with JavaScript off. */
export const READING_KINDS: readonly PageKind[] = ['directive', 'document', 'module', 'glossary', 'body', 'register', 'module-index', 'glossary-index', 'body-index'];

export function pageKind(path: string): PageKind {
  if (path === '/') return 'home';
  if (path === '/404.html' || path === '/404/') return 'not-found';
  if (path === DIRECTIVE_PATH) return 'directive';
  const parts = path.split('/').filter(Boolean);
  const [section, slug] = parts;
  switch (section) {
    case 'van-ban':
      // /van-ban/ and its facet lists (/van-ban/loai/chi-thi/) are the register; one level down is a document.
      return parts.length === 2 && !REGISTER_FACETS.has(slug ?? '') ? 'document' : 'register';
    case 'bai-hoc':
      return parts[2] === 'trinh-chieu' ? 'slides' : slug ? 'module' : 'module-index';
    case 'thuat-ngu':
      return slug ? 'glossary' : 'glossary-index';
    case 'co-quan':
      return slug ? 'body' : 'body-index';
    case 'tim-kiem':
      return 'search';
    case 'giang-vien':
      return slug === 'soan-bai' ? 'builder' : 'instructors';
    default:
      return 'other';
  }
}

/** The preview image (Open Graph) of each kind of page: one per part of the site, named by its address. */
export const PREVIEW_IMAGES = ['trang-chu', 'van-ban', 'bai-hoc', 'thuat-ngu', 'co-quan', 'tim-kiem', 'giang-vien'] as const;
export type PreviewImage = (typeof PREVIEW_IMAGES)[number];

export function previewImageOf(kind: PageKind): PreviewImage {
  switch (kind) {
    case 'register':
    case 'directive':
    case 'document':
      return 'van-ban';
    case 'module-index':
    case 'module':
    case 'slides':
      return 'bai-hoc';
    case 'glossary-index':
    case 'glossary':
      return 'thuat-ngu';
    case 'body-index':
    case 'body':
      return 'co-quan';
    case 'search':
      return 'tim-kiem';
    case 'instructors':
    case 'builder':
      return 'giang-vien';
    default:
      return 'trang-chu';
  }
}

export const previewImagePath = (image: PreviewImage) => `/anh-xem-truoc/${image}.png`;
