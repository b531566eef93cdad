/**
 * Builds the site from a copy of content/ (optionally changed first) into a
 * folder of its own, with the real pipeline: the steps of `npm run build`
 * (scripts/lib/build-steps.ts) with QCDC_CONTENT_DIR, QCDC_DIST and
 * QCDC_CACHE pointing there, each run when the one before has succeeded.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSteps } from '../../scripts/lib/build-steps.ts';

const root = join(import.meta.dirname, '..', '..');

export interface FixtureBuild {
  status: number | null;
  /** Everything the build printed. */
  output: string;
  content: string;
  dist: string;
}

export function fixtureBuilds(prefix = 'qcdc-fixture-') {
  const work = mkdtempSync(join(tmpdir(), prefix));
  let counter = 0;
  return {
    /** Copies content/, lets `change` edit the copy, then builds it. */
    build(change: (content: string) => void = () => {}, env: Record<string, string> = {}): FixtureBuild {
      const dir = join(work, String(counter++));
      const content = join(dir, 'content');
      const dist = join(dir, 'dist');
      cpSync(join(root, 'content'), content, { recursive: true });
      change(content);
      const options = {
        cwd: root,
        encoding: 'utf8' as const,
        env: { ...process.env, SITE_URL: '', QCDC_CONTENT_DIR: content, QCDC_DIST: dist, QCDC_CACHE: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', ...env },
        timeout: 180_000,
      };
      let output = '';
      let status: number | null = 0;
      for (const { args } of buildSteps(root)) {
        const result = spawnSync(process.execPath, args, options);
        output += `${result.stdout}\n${result.stderr}\n`;
        status = result.status;
        if (status !== 0) break;
      }
      return { status, output, content, dist };
    },
    cleanup: () => rmSync(work, { recursive: true, force: true }),
  };
}
