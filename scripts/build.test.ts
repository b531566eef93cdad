import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_NODE_FLAGS, buildSteps } from './lib/build-steps.ts';

const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'qcdc-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run build (scripts/build.ts)', () => {
  it('is what package.json runs', async () => {
    const pkg = (await import('../package.json', { with: { type: 'json' } })).default;
    expect(pkg.scripts.build).toBe('node scripts/build.ts');
  });

  it('runs Astro, then the index and offline copy, each with the memory flags', () => {
    const steps = buildSteps(root);
    expect(steps.map((s) => s.name)).toEqual(['astro build', 'finish-build']);
    for (const step of steps) expect(step.args.slice(0, BUILD_NODE_FLAGS.length)).toEqual(BUILD_NODE_FLAGS);
  });

  it('stops at the step that fails, names it and passes on its exit code', () => {
    const dist = join(work, 'dist');
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.ts')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, QCDC_CONTENT_DIR: join(work, 'no-content'), QCDC_DIST: dist, QCDC_CACHE: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('[qcdc] Bước «astro build» không thành công (mã 1).');
    // The index step never ran.
    expect(existsSync(join(dist, 'pagefind'))).toBe(false);
  }, 60_000);
});
