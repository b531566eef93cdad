/**
 * `npm run build`: the steps of scripts/lib/build-steps.ts, one after the
 * other; the first that fails ends the build with its exit code.
 *
 *   node scripts/build.ts     (QCDC_CONTENT_DIR, QCDC_DIST, QCDC_CACHE, SITE_URL as for astro build)
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildSteps } from './lib/build-steps.ts';

for (const step of buildSteps(resolve(import.meta.dirname, '..'))) {
  const result = spawnSync(process.execPath, step.args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[qcdc] Bước «${step.name}» không thành công (${result.error?.message ?? (result.signal ? `tín hiệu ${result.signal}` : `mã ${result.status}`)}).`);
    process.exit(result.status ?? 1);
  }
}
