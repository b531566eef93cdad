/**
 * The build's last steps, run by `npm run build` once `astro build` has
 * exited: the search index (Pagefind, src/integrations/pagefind.ts), then the
 * offline copy's service worker (src/integrations/offline.ts), which must
 * come after the index so that the index is in the copy.
 *
 * Why a process of its own: inside Astro's build:done hook the indexer ran
 * while Astro still held every page it had rendered, so their memory added
 * up (3.0 GB at 10,000 documents). Run here, the peak is the larger of the two.
 *
 *   node scripts/finish-build.ts        (the site in dist/, or QCDC_DIST)
 */
import './lib/ts-resolve.ts';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(process.env.QCDC_DIST ?? 'dist');
if (!existsSync(join(root, 'index.html'))) {
  console.error(`Không có bản dựng ở ${root}: chạy "astro build" trước (npm run build chạy cả hai bước).`);
  process.exit(1);
}
const { buildSearchIndex } = await import('../src/integrations/pagefind.ts');
const { writeOfflineCopy } = await import('../src/integrations/offline.ts');
const { sizeText } = await import('../src/lib/offline.ts');

const log = (message: string) => console.log(`[qcdc] ${message}`);
try {
  const pages = await buildSearchIndex(root);
  log(`Chỉ mục tìm kiếm: ${pages} trang → ${join(root, 'pagefind')}`);
  const copy = await writeOfflineCopy(root);
  log(`Bản lưu dùng khi không có mạng: ${copy.files} tệp, ${sizeText(copy.bytes)} (${copy.bytes} byte) → ${join(root, 'sw.js')} (${copy.workerBytes} byte)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
