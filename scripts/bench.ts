/**
 * `npm run bench`: builds the real site and a synthetic corpus of 2,000
 * documents, measures build time, pages per second and peak memory, page
 * weight per kind, cold search in Chromium and Lighthouse (mobile), then
 * writes docs/PERFORMANCE.md against the goals of issue 6. Not a test:
 * timings vary with the machine; the tests hold only byte budgets.
 *
 *   npm run bench [-- --count=2000] [-- --skip-lighthouse]
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
import { benchSearch, type SearchRun } from './lib/search-bench.ts';
import { listPages } from './lib/site/files.ts';
import { chromiumVersion, launchChromium, resolveChromium } from './lib/chromium.ts';
import { siteHeaders } from './lib/site/headers.ts';
import { serveSite } from './lib/site/server.ts';
import { median, mb, sec } from './lib/units.ts';
import { renderReport, type BenchResults, type KindRow } from './lib/bench-report.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH = join(ROOT, '.bench');
const { values: args } = parseArgs({ options: { count: { type: 'string', default: '2000' }, 'skip-lighthouse': { type: 'boolean', default: false } } });
const COUNT = Number(args.count);
if (!Number.isInteger(COUNT) || COUNT < 1) throw new Error(`--count phải là số nguyên dương (đang là "${args.count}")`);
const SKIP_LIGHTHOUSE = args['skip-lighthouse'];
/** The port the bench serves on; the builds get it as SITE_URL so canonical links match where they are served. */
const PORT = Number(process.env.QCDC_BENCH_PORT ?? 4390);
const SITE_URL = `http://127.0.0.1:${PORT}`;
const OUT = join(ROOT, 'docs', 'PERFORMANCE.md');

const SEARCH_QUERIES = (sample: string[]) => [
  '111-CV/TU',
  '120-KL/TW',
  'quy chế dân chủ',
  'quy che dan chu',
  'đối thoại',
  'doi thoai truc tiep',
  'Ủy ban kiểm tra',
  'Uỷ ban nhân dân',
  'Tô Hiệu',
  sample[0] ?? '1737',
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
log(`generating ${COUNT} synthetic documents…`);
const corpus = generateCorpus(COUNT, join(BENCH, 'content'), join(ROOT, 'content'));
const synthetic = await build('synthetic', { QCDC_CONTENT_DIR: corpus.dir });

const realWeights = real.run.ok ? weightsByKind(real.dist) : null;
const synthWeights = synthetic.run.ok ? weightsByKind(synthetic.dist) : null;
const idle = real.run.ok ? await idleFetches(real.dist) : null;

let search: SearchRun[] | null = null;
let searchNote = '';
if (!synthetic.run.ok) searchNote = 'the synthetic corpus did not build.';
else if (!existsSync(join(synthetic.dist, 'tim-kiem', 'index.html'))) searchNote = 'the build has no /tim-kiem/ page yet (search is being built in another issue).';
else if (!existsSync(join(synthetic.dist, 'pagefind'))) searchNote = 'the build has /tim-kiem/ but no /pagefind/ index.';
else {
  log('measuring search…');
  const host = await serveBuilt(synthetic.dist);
  try {
    search = await benchSearch(host, SEARCH_QUERIES(corpus.sampleNumbers));
  } finally {
    await host.close();
  }
}

let lighthouseReal: LighthouseResult[] | null = null;
let lighthouseSynth: LighthouseResult[] | null = null;
if (!SKIP_LIGHTHOUSE) {
  if (real.run.ok) lighthouseReal = await lighthouseOn(real.dist);
  if (synthetic.run.ok) lighthouseSynth = await lighthouseOn(synthetic.dist);
}

writeFileSync(
  join(BENCH, 'results.json'),
  JSON.stringify({ info, count: COUNT, real: { ...real, run: { ...real.run, log: undefined } }, synthetic: { ...synthetic, run: { ...synthetic.run, log: undefined } }, realWeights, synthWeights, idle, search, searchNote, lighthouseReal, lighthouseSynth }, null, 2),
);

const results: BenchResults = { info, count: COUNT, real, synthetic, realWeights, synthWeights, idle, search, searchNote, lighthouseReal, lighthouseSynth, loadAtEnd: loadavg()[0]!, skippedLighthouse: SKIP_LIGHTHOUSE };
mkdirSync(join(ROOT, 'docs'), { recursive: true });
writeFileSync(OUT, renderReport(results));
log(`wrote ${OUT}`);
