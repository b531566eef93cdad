import type { AstroIntegration } from 'astro';

/**
 * Says once per build when SITE_URL is not set: the pages then carry no
 * absolute address (no canonical link, og:url or sitemap), rather than one
 * that points at the build machine.
 */
export function siteUrlNotice(site: string | undefined): AstroIntegration {
  return {
    name: 'qcdc:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!site) logger.warn('SITE_URL chưa đặt: bản dựng không có địa chỉ tuyệt đối (không có liên kết canonical, og:url, sitemap). Khi triển khai, đặt SITE_URL=https://… (README, mục «Triển khai»).');
      },
    },
  };
}
