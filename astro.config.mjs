// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { pageUpdated } from './src/content/updated.ts';
import { contentErrors } from './src/integrations/content-errors.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { siteUrlNotice } from './src/integrations/site-url.ts';
import { markdownPlugins } from './src/markdown/index.ts';
import { isSitemapPage } from './src/lib/paths.ts';

const errors = contentErrors();
// The public address (README «Triển khai»). Without it the build writes no absolute URL: no canonical links, no sitemap.
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Overridable so tests and parallel work can build fixture sites without touching dist/.
  outDir: process.env.QCDC_DIST ?? './dist',
  cacheDir: process.env.QCDC_CACHE ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // Astro 7's default processor runs no remark plugins; unified() does, and MDX inherits it.
    processor: unified({ ...markdownPlugins({ report: errors.report }), smartypants: false }),
  },
  integrations: [
    errors.integration,
    siteUrlNotice(site),
    mdx(),
    // The sitemap needs absolute URLs, so it exists only where the site's address is known.
    ...(site
      ? [sitemap({ filter: (page) => isSitemapPage(new URL(page).pathname), serialize: (item) => ({ ...item, lastmod: pageUpdated(new URL(item.url).pathname) }) })]
      : []),
    // The search index and the offline copy are written by scripts/finish-build.ts after Astro has exited
    // (npm run build); in `astro dev` this serves the last build's index.
    pagefindIntegration(),
  ],
  vite: {
    build: {
      // Scripts stay in files of their own so the Content-Security-Policy can forbid inline script.
      assetsInlineLimit: 0,
      rolldownOptions: {
        onLog(level, log, handler) {
          // Astro's own MDX modules trip this on every .mdx file (withastro/astro#18087); harmless, and it buries real warnings.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.message).includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
