/**
 * `npm run bench`: builds the real site and synthetic corpora of 2,000 and
 * 10,000 documents, measures build time, pages per second and peak memory,
 * page weight per kind, cold and warm search in Chromium beside plain
 * Pagefind over the same pages, and Lighthouse (mobile), then writes
 * docs/PERFORMANCE.md against the goals of issues 6 and 13. Not a test:
 * timings vary with the machine; the tests hold only byte budgets.
 *
 *   npm run bench [-- --counts=2000,10000] [-- --skip-lighthouse]
 *
 * Everything it builds goes to .bench/ (gitignored); the content folder of
 * the synthetic corpus is .bench/content, never content/.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus.ts';
import { runLighthouse, startChromium, type LighthouseResult } from './lib/lighthouse.ts';
import { measureBuild, type BuildRun } from './lib/measure-build.ts';
import { DIRECTIVE_PATH, pageKind } from '../src/lib/page-kinds.ts';
import { BUDGETS, measurePage, type PageWeight } from './lib/page-weight.ts';
import { benchPlainPagefind, benchSearch, type BenchQuery } from './lib/search-bench.ts';
import { listPages } from './lib/site/files.ts';
import { chromiumVersion, launchChromium, resolveChromium } from './lib/chromium.ts';
import { siteHeaders } from './lib/site/headers.ts';
import { serveSite } from './lib/site/server.ts';
import { median, mb, sec } from './lib/units.ts';
import { renderReport, type BenchResults, type CorpusResult, type KindRow } from './lib/bench-report.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH = join(ROOT, '.bench');
const { values: args } = parseArgs({ options: { counts: { type: 'string', default: '2000,10000' }, 'skip-lighthouse': { type: 'boolean', default: false } } });
const COUNTS = args.counts.split(',').map(Number);
if (!COUNTS.every((c) => Number.isInteger(c) && c > 0)) throw new Error(`--counts phải là các số nguyên dương cách nhau bằng dấu phẩy (đang là "${args.counts}")`);
const SKIP_LIGHTHOUSE = args['skip-lighthouse'];
/** The port the bench serves on; the builds get it as SITE_URL so canonical links match where they are served. */
const PORT = Number(process.env.QCDC_BENCH_PORT ?? 4390);
const SITE_URL = `http://127.0.0.1:${PORT}`;
const OUT = join(ROOT, 'docs', 'PERFORMANCE.md');

/** Number, phrase and no-diacritics queries (issue 13); the last is a generated document's number. */
const SEARCH_QUERIES = (sample: string[]): BenchQuery[] => [
  { kind: 'number', query: '111-CV/TU' },
  { kind: 'number', query: '120-KL/TW' },
  { kind: 'number', query: 'qd 1738' },
  { kind: 'phrase', query: 'quy chế dân chủ' },
  { kind: 'no diacritics', query: 'quy che dan chu' },
  { kind: 'phrase', query: 'đối thoại' },
  { kind: 'no diacritics', query: 'doi thoai truc tiep' },
  { kind: 'phrase', query: 'Ủy ban kiểm tra' },
  { kind: 'phrase', query: 'Tô Hiệu' },
  { kind: 'no diacritics', query: 'tiep cong dan' },
  { kind: 'number', query: sample[0] ?? '1737' },
];

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function machine() {
  const os = existsSync('/etc/os-release') ? (/^PRETTY_NAME="?([^"\n]+)/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '') : '';
  return {
    cores: availableParallelism(),
    memory: totalmem(),
    cpu: cpus()[0]?.model ?? 'unknown',
    os,
    node: process.version,
    astro: JSON.parse(readFileSync(join(ROOT, 'node_modules', 'astro', 'package.json'), 'utf8')).version as string,
    chromium: chromiumVersion(await resolveChromium()),
    date: new Date().toISOString(),
    /** Other work on the machine skews timings; the load average says how much there was. */
    loadAtStart: loadavg()[0]!,
  };
}

/** The built site as a production host serves it: gzip and the headers of its _headers file. */
const serveBuilt = (dist: string, port?: number) => serveSite(dist, { gzip: true, headers: siteHeaders(dist), port });

async function build(name: string, env: Record<string, string>): Promise<{ run: BuildRun; dist: string; pages: number }> {
  const dir = join(BENCH, name);
  rmSync(dir, { recursive: true, force: true });
  const dist = join(dir, 'dist');
  log(`building ${name}…`);
  const run = await measureBuild(ROOT, { QCDC_DIST: dist, QCDC_CACHE: join(dir, 'cache'), SITE_URL, ...env });
  writeFileSync(join(BENCH, `${name}-build.log`), run.log);
  const pages = run.ok && existsSync(dist) ? listPages(dist).length : 0;
  log(`${name}: ${run.ok ? 'done' : 'FAILED'} after ${sec(run.wallMs)}, ${pages} pages, peak memory ${mb(run.peakTreeRss)}`);
  return { run, dist, pages };
}

function weightsByKind(dist: string): { rows: KindRow[]; all: PageWeight[] } {
  const all = listPages(dist).map((p) => measurePage(dist, p));
  const kinds = [...new Set(all.map((w) => w.kind))];
  const rows = kinds.map((kind) => {
    const of = all.filter((w) => w.kind === kind);
    const heaviest = of.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a));
    return { kind, pages: of.length, heaviest, medianGzip: median(of.map((w) => w.total.gzip)) };
  });
  const order = Object.keys(BUDGETS);
  rows.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  return { rows, all };
}

/** Requests the directive page makes after load while the reader does nothing (goal: none beyond what it weighs). */
async function idleFetches(dist: string): Promise<string[]> {
  const host = await serveBuilt(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(host.url + DIRECTIVE_PATH, { waitUntil: 'load' });
    const afterLoad = host.requests.length;
    await page.waitForTimeout(5_000);
    const counted = new Set(measurePage(dist, DIRECTIVE_PATH).files);
    return host.requests.slice(afterLoad).map((r) => r.path).filter((p) => !counted.has(p) && p !== '/favicon.svg');
  } finally {
    await browser.close();
    await host.close();
  }
}

async function lighthouseOn(dist: string): Promise<LighthouseResult[]> {
  const pages = listPages(dist);
  const module = pages.find((p) => pageKind(p) === 'module');
  const targets = ['/', DIRECTIVE_PATH, module, pages.includes('/tim-kiem/') ? '/tim-kiem/?q=d%C3%A2n%20ch%E1%BB%A7' : undefined].filter((p): p is string => Boolean(p));
  const host = await serveBuilt(dist, PORT);
  const browser = await startChromium();
  const results: LighthouseResult[] = [];
  try {
    for (const path of targets) {
      log(`Lighthouse ${path}`);
      results.push(await runLighthouse(browser, host.url + path));
    }
  } finally {
    await browser.close();
    await host.close();
  }
  return results;
}

// ---------------------------------------------------------------- run

mkdirSync(BENCH, { recursive: true });
const info = await machine();
log(`machine: ${info.cores} cores, ${mb(info.memory)}, ${info.cpu}`);

const real = await build('real', {});
const realWeights = real.run.ok ? weightsByKind(real.dist) : null;
const idle = real.run.ok ? await idleFetches(real.dist) : null;

const corpora: CorpusResult[] = [];
for (const count of COUNTS) {
  log(`generating ${count} synthetic documents…`);
  const corpus = generateCorpus(count, join(BENCH, 'content'), join(ROOT, 'content'));
  const built = await build(`synthetic-${count}`, { QCDC_CONTENT_DIR: corpus.dir });
  const weights = built.run.ok ? weightsByKind(built.dist) : null;
  const queries = SEARCH_QUERIES(corpus.sampleNumbers);
  let search: CorpusResult['search'] = null;
  let plain: CorpusResult['plain'] = null;
  let searchNote = '';
  if (!built.run.ok) searchNote = 'the synthetic corpus did not build.';
  else if (!existsSync(join(built.dist, 'pagefind'))) searchNote = 'the build has no /pagefind/ index.';
  else {
    log(`measuring search at ${count}…`);
    const host = await serveBuilt(built.dist);
    try {
      search = await benchSearch(host, queries);
    } finally {
      await host.close();
    }
    log(`plain Pagefind over the same ${built.pages} pages…`);
    plain = await benchPlainPagefind(built.dist, queries);
  }
  corpora.push({ count, built, weights, search, plain, searchNote });
}

const largest = corpora.at(-1);
let lighthouseReal: LighthouseResult[] | null = null;
let lighthouseSynth: LighthouseResult[] | null = null;
if (!SKIP_LIGHTHOUSE) {
  if (real.run.ok) lighthouseReal = await lighthouseOn(real.dist);
  if (largest?.built.run.ok) lighthouseSynth = await lighthouseOn(largest.built.dist);
}

const results: BenchResults = { info, real, realWeights, idle, corpora, lighthouseReal, lighthouseSynth, loadAtEnd: loadavg()[0]!, skippedLighthouse: SKIP_LIGHTHOUSE };
const withoutLogs = { ...results, real: { ...real, run: { ...real.run, log: undefined } }, corpora: corpora.map((c) => ({ ...c, built: { ...c.built, run: { ...c.built.run, log: undefined } }, weights: c.weights?.rows })) };
writeFileSync(join(BENCH, 'results.json'), JSON.stringify({ ...withoutLogs, realWeights: realWeights?.rows }, null, 2));
mkdirSync(join(ROOT, 'docs'), { recursive: true });
writeFileSync(OUT, renderReport(results));
log(`wrote ${OUT}`);
