/**
 * Lighthouse (the npm package) against Debian's Chromium, with its default
 * mobile settings: a Moto G Power-sized screen and simulated slow 4G with a
 * 4× slower CPU. Chromium is started here with a DevTools port, since
 * Lighthouse cannot download a browser on this machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseResult {
  url: string;
  /** 0–100 per category. */
  scores: Record<string, number | null>;
  /** Audits that cost points, per category: "title (score)". */
  failing: Record<string, string[]>;
  metrics: { fcpMs: number | null; lcpMs: number | null; tbtMs: number | null; cls: number | null };
}

export interface Chromium {
  port: number;
  close(): Promise<void>;
}

export async function startChromium(path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'qcdc-lh-'));
  const child: ChildProcess = spawn(
    path,
    ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium không mở cổng DevTools:\n${err}`)), 30_000);
    child.stderr!.on('data', (d) => {
      err += d;
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', () => reject(new Error(`Chromium dừng:\n${err}`)));
  });
  return {
    port,
    close: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; numericValue?: number }>;
}

export async function runLighthouse(chromium: Chromium, url: string): Promise<LighthouseResult> {
  const result = await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse không trả kết quả cho ${url}`);
  const lhr = result.lhr as unknown as Lhr;
  const scores: Record<string, number | null> = {};
  const failing: Record<string, string[]> = {};
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = category?.score == null ? null : Math.round(category.score * 100);
    failing[id] = (category?.auditRefs ?? [])
      .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
      .filter(({ ref, audit }) => audit && ref.weight > 0 && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'informative')
      .map(({ audit }) => `${audit!.title} (${Math.round((audit!.score ?? 0) * 100)})`);
  }
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? null;
  return {
    url,
    scores,
    failing,
    metrics: { fcpMs: metric('first-contentful-paint'), lcpMs: metric('largest-contentful-paint'), tbtMs: metric('total-blocking-time'), cls: metric('cumulative-layout-shift') },
  };
}
