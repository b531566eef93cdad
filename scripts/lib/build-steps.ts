/**
 * The build's steps, as `npm run build` (scripts/build.ts), the fixture
 * builds of the tests and the bench all run them: `astro build`, then, once
 * it has exited, scripts/finish-build.ts (search index, offline copy). Each
 * is a Node process of its own, so their memory never adds up.
 */
import { join } from 'node:path';

/**
 * V8's young generation capped at 4 MB a half and the old generation grown
 * by half at a time (V8 grows it up to fourfold on a large machine): at
 * 2,000 documents Astro's peak falls from about 1.05 GB to about 0.76 GB,
 * for some more time in garbage collection (docs/PERFORMANCE.md).
 */
export const BUILD_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4', '--heap-growing-percent=50'];

export interface BuildStep {
  name: 'astro build' | 'finish-build';
  /** Arguments for process.execPath. */
  args: string[];
}

export function buildSteps(root: string): BuildStep[] {
  return [
    { name: 'astro build', args: [...BUILD_NODE_FLAGS, join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'] },
    { name: 'finish-build', args: [...BUILD_NODE_FLAGS, join(root, 'scripts', 'finish-build.ts')] },
  ];
}
