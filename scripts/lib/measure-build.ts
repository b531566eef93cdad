/**
 * Runs the build as `npm run build` does (scripts/lib/build-steps.ts), `astro build` and then
 * scripts/finish-build.ts (search index, offline copy), each a child process
 * started when the one before has exited, and measures it: wall time, peak
 * memory, and the time of each phase as Astro logs it. Memory is taken two
 * ways: GNU time's maximum resident set of the largest process, and the
 * sum over the whole process tree sampled every 100 ms (the build may spawn
 * helpers such as Pagefind's indexer).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSteps } from './build-steps.ts';

export interface BuildRun {
  ok: boolean;
  wallMs: number;
  /** Sum of resident memory of the build's process tree, peak of 100 ms samples, in bytes. */
  peakTreeRss: number;
  /** Peak resident memory per program in the tree, in bytes (each program's own peak; they need not coincide). */
  peakByProgram: Record<string, number>;
  /** GNU time's %M: the largest single process's peak, in bytes (null without /usr/bin/time). */
  maxRss: number | null;
  /** Peak of each process: Astro's build, then the search index and offline copy (null when Astro failed). */
  stepPeaks: { astro: number; finish: number | null };
  /** Pages Astro says it built. */
  pagesReported: number | null;
  /** Phases from Astro's log, in ms: content sync, page generation, total as Astro reports it. */
  phases: Record<string, number>;
  log: string;
}

/** Resident memory of a process tree now: the total, and per program name ("node", "pagefind_extended"). */
function rssOfTree(root: number): { total: number; byName: Map<string, number> } {
  const parent = new Map<number, number>();
  const rss = new Map<number, { name: string; bytes: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = /^PPid:\s+(\d+)/m.exec(status);
      const vmRss = /^VmRSS:\s+(\d+) kB/m.exec(status);
      // The program's file name: Node names its main thread "MainThread", which says nothing.
      const argv0 = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')[0] ?? '';
      const name = argv0.split('/').at(-1) || (/^Name:\s+(.+)$/m.exec(status)?.[1] ?? '?');
      parent.set(Number(entry), ppid ? Number(ppid[1]) : 0);
      rss.set(Number(entry), { name, bytes: vmRss ? Number(vmRss[1]) * 1024 : 0 });
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const byName = new Map<string, number>();
  for (const [pid, { name, bytes }] of rss) {
    for (let p: number | undefined = pid; p; p = parent.get(p)) {
      if (p === root) {
        total += bytes;
        byName.set(name, (byName.get(name) ?? 0) + bytes);
        break;
      }
    }
  }
  return { total, byName };
}

/** Astro's durations: "Completed in 6m 55s.", "built in 1.22s", "in 88ms". */
export function parseDuration(text: string): number | null {
  const m = /(?:(\d+)m\s*)?(\d+(?:\.\d+)?)(ms|s)\b/.exec(text);
  if (!m) return null;
  const minutes = Number(m[1] ?? 0);
  const value = Number(m[2]);
  return minutes * 60_000 + (m[3] === 'ms' ? value : value * 1000);
}

function phasesOf(log: string): Record<string, number> {
  const phases: Record<string, number> = {};
  const clean = log.replace(/\x1b\[[0-9;]*m/g, '');
  const types = /\[types\] Generated ([^\n]+)/.exec(clean);
  if (types) phases['content sync and types'] = parseDuration(types[1]!) ?? NaN;
  const routes = /generating static routes[\s\S]*?✓ Completed in ([^\n]+)/.exec(clean);
  if (routes) phases['page generation'] = parseDuration(routes[1]!) ?? NaN;
  const total = /page\(s\) built in ([^\n]+)/.exec(clean);
  if (total) phases['Astro total'] = parseDuration(total[1]!) ?? NaN;
  return phases;
}

interface StepRun {
  code: number;
  wallMs: number;
  peakTreeRss: number;
  peakByProgram: Record<string, number>;
  maxRss: number | null;
  log: string;
}

/** One process of the build, sampled every 100 ms until it exits. */
async function measureStep(cwd: string, env: Record<string, string>, args: string[]): Promise<StepRun> {
  const timeFile = join(mkdtempSync(join(tmpdir(), 'qcdc-time-')), 'time.txt');
  const useTime = existsSync('/usr/bin/time');
  const [command, argv] = useTime ? ['/usr/bin/time', ['-f', '%M', '-o', timeFile, process.execPath, ...args]] : [process.execPath, args];
  const started = performance.now();
  const child = spawn(command, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let peakTreeRss = 0;
  const peakByProgram: Record<string, number> = {};
  const sampler = setInterval(() => {
    if (!child.pid) return;
    const now = rssOfTree(child.pid);
    peakTreeRss = Math.max(peakTreeRss, now.total);
    for (const [name, bytes] of now.byName) peakByProgram[name] = Math.max(peakByProgram[name] ?? 0, bytes);
  }, 100);
  const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(sampler);
  const wallMs = performance.now() - started;
  let maxRss: number | null = null;
  if (useTime && existsSync(timeFile)) {
    const kb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1));
    if (Number.isFinite(kb)) maxRss = kb * 1024;
    rmSync(timeFile, { force: true });
  }
  return { code, wallMs, peakTreeRss, peakByProgram, maxRss, log };
}

export async function measureBuild(cwd: string, env: Record<string, string>): Promise<BuildRun> {
  const [astroStep, finishStep] = buildSteps(cwd);
  const astro = await measureStep(cwd, env, astroStep!.args);
  const finish = astro.code === 0 ? await measureStep(cwd, env, finishStep!.args) : null;
  const steps = finish ? [astro, finish] : [astro];
  const log = steps.map((s) => s.log).join('\n');
  const peakByProgram: Record<string, number> = {};
  for (const step of steps) for (const [name, bytes] of Object.entries(step.peakByProgram)) peakByProgram[name] = Math.max(peakByProgram[name] ?? 0, bytes);
  const rss = steps.map((s) => s.maxRss).filter((m): m is number => m !== null);
  const pages = /(\d+) page\(s\) built/.exec(log.replace(/\x1b\[[0-9;]*m/g, ''));
  const phases = phasesOf(astro.log);
  phases['astro build process'] = astro.wallMs;
  if (finish) phases['search index and offline copy (own process)'] = finish.wallMs;
  return {
    ok: steps.every((s) => s.code === 0),
    wallMs: steps.reduce((sum, s) => sum + s.wallMs, 0),
    peakTreeRss: Math.max(...steps.map((s) => s.peakTreeRss)),
    peakByProgram,
    maxRss: rss.length ? Math.max(...rss) : null,
    stepPeaks: { astro: astro.peakTreeRss, finish: finish?.peakTreeRss ?? null },
    pagesReported: pages ? Number(pages[1]) : null,
    phases,
    log,
  };
}
