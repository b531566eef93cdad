// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { loadRegisterIndex } from './src/content/register-source.ts';
import { contentErrors } from './src/integrations/content-errors.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { remarkDocumentLinks } from './src/remark/document-links.ts';
import { remarkGlossaryLinks } from './src/remark/glossary-links.ts';

const errors = contentErrors();

export default defineConfig({
  // The public address, for the sitemap and canonical links; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  // Overridable so tests and parallel work can build fixture sites without touching dist/.
  outDir: process.env.QCDC_DIST ?? './dist',
  cacheDir: process.env.QCDC_CACHE ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // Astro 7's default processor runs no remark plugins; unified() does, and MDX inherits it.
    processor: unified({
      remarkPlugins: [
        remarkGfm,
        [remarkDocumentLinks, { register: loadRegisterIndex, report: errors.report }],
        // After document links, so a document's name stays one link; only content/modules/ files get term links.
        remarkGlossaryLinks,
      ],
      smartypants: false,
    }),
  },
  // pagefindIntegration() indexes the built pages for search (after the build, into <outDir>/pagefind).
  integrations: [errors.integration, mdx(), sitemap(), pagefindIntegration()],
  vite: {
    // Scripts stay in files of their own so the Content-Security-Policy can forbid inline script.
    build: { assetsInlineLimit: 0 },
  },
});
