/** Kinds of page, from their address (DESIGN.md "Addresses"), for budgets and per-kind figures. */

export const DIRECTIVE_PATH = '/van-ban/111-cv-tu-2016/';

/** First segments of the register's filtered lists under /van-ban/ (src/pages/van-ban/[facet]). */
const REGISTER_FACETS = new Set(['loai', 'noi-ban-hanh', 'hieu-luc', 'nam']);

export type PageKind =
  | 'home'
  | 'register'
  | 'directive'
  | 'document'
  | 'module-index'
  | 'module'
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
      return slug ? 'module' : 'module-index';
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
