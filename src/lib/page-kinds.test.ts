import { describe, expect, it } from 'vitest';
import { pageKind, previewImageOf, previewImagePath, PREVIEW_IMAGES } from './page-kinds';

describe('pageKind', () => {
  it('tells each kind of page from its address', () => {
    expect(
      ['/', '/404.html', '/van-ban/111-cv-tu-2016/', '/van-ban/120-kl-tw-2016/', '/van-ban/', '/van-ban/loai/chi-thi/', '/van-ban/hieu-luc/het-hieu-luc/', '/bai-hoc/', '/bai-hoc/x/', '/bai-hoc/x/trinh-chieu/', '/thuat-ngu/', '/thuat-ngu/cap-uy/', '/co-quan/', '/co-quan/y/', '/tim-kiem/', '/giang-vien/', '/giang-vien/soan-bai/', '/giang-vien/in/', '/thay-doi/'].map(pageKind),
    ).toEqual(['home', 'not-found', 'directive', 'document', 'register', 'register', 'register', 'module-index', 'module', 'slides', 'glossary-index', 'glossary', 'body-index', 'body', 'search', 'instructors', 'builder', 'instructors', 'other']);
  });
});

describe('previewImageOf', () => {
  it('gives every kind one of the preview images, by the part of the site it is in', () => {
    expect(previewImageOf(pageKind('/van-ban/111-cv-tu-2016/'))).toBe('van-ban');
    expect(previewImageOf(pageKind('/giang-vien/soan-bai/'))).toBe('giang-vien');
    expect(previewImageOf(pageKind('/thay-doi/'))).toBe('trang-chu');
    expect(PREVIEW_IMAGES.map(previewImagePath)).toContain('/anh-xem-truoc/bai-hoc.png');
  });
});
