/**
 * Lighthouse (the npm package) against the project's Chromium (chromium.ts),
 * with its default mobile settings: a Moto G Power-sized screen and simulated
 * slow 4G with a 4× slower CPU.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, resolveChromium } from './chromium.ts';

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

/** Chromium with a DevTools port for Lighthouse; chrome-launcher owns the port, the profile and the clean kill. */
export async function startChromium(): Promise<Chromium> {
  const chrome = await launch({ chromePath: await resolveChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  return { port: chrome.port, close: async () => chrome.kill() };
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
