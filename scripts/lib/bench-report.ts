/**
 * The report of `npm run bench`: docs/PERFORMANCE.md, written from the
 * figures scripts/bench.ts measured (also kept in .bench/results.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { DIRECTIVE_PATH, pageKind, type PageKind } from '../../src/lib/page-kinds.ts';
import { CATEGORIES, type LighthouseResult } from './lighthouse.ts';
import type { BuildRun } from './measure-build.ts';
import { BUDGETS, measurePage, type Bytes, type PageWeight } from './page-weight.ts';
import { SEARCH_PARTS, type PlainRun, type SearchRun } from './search-bench.ts';
import { listPages, resolveSitePath } from './site/files.ts';
import { kb, mb, median, sec } from './units.ts';

/** Issue 6's goals and Starlight's figures, measured on this machine kind. */
export const GOALS = {
  directiveGzip: BUDGETS.directive,
  buildMs: 45_000,
  buildBytes: 1_000_000_000,
  searchBytes: 120_000,
  searchMs: 250,
  lighthouse: 100,
};


export interface KindRow {
  kind: PageKind;
  pages: number;
  heaviest: PageWeight;
  medianGzip: number;
}


interface Built {
  run: BuildRun;
  dist: string;
  pages: number;
}

/** One synthetic corpus: its build, page weights, and search beside plain Pagefind. */
export interface CorpusResult {
  count: number;
  built: Built;
  weights: { rows: KindRow[]; all: PageWeight[] } | null;
  search: SearchRun[] | null;
  plain: { runs: PlainRun[]; indexMs: number; indexBytes: number } | null;
  searchNote: string;
}

export interface BenchResults {
  info: { cores: number; memory: number; cpu: string; os: string; node: string; astro: string; chromium: string; date: string; loadAtStart: number };
  real: Built;
  realWeights: { rows: KindRow[]; all: PageWeight[] } | null;
  idle: string[] | null;
  corpora: CorpusResult[];
  lighthouseReal: LighthouseResult[] | null;
  lighthouseSynth: LighthouseResult[] | null;
  loadAtEnd: number;
  skippedLighthouse: boolean;
}

/** Issue 13's goals at scale. */
export const SCALE_GOALS = {
  coldBytes: 120_000,
  warmBytes: 30_000,
  /** A number query's search data (everything but the page itself). */
  numberBytes: 20_000,
  /** Peak build memory by corpus size: below 1 GB at 2,000, below 2 GB at 10,000. */
  memory: (count: number) => (count <= 2000 ? 1e9 : 2e9),
};

/**
 * What makes a page big: from <main>, go down into the largest child while it
 * holds most of the bytes; names the element where the bulk stops narrowing.
 */
function bulkOf(dist: string, path: string): string {
  const file = resolveSitePath(dist, path);
  if (!file) return 'unknown';
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  let el: Element | null = document.querySelector('main');
  if (!el) return 'unknown';
  for (;;) {
    const size = el.outerHTML.length;
    const biggest: Element | undefined = [...el.children].sort((a, b) => b.outerHTML.length - a.outerHTML.length)[0];
    if (!biggest || biggest.outerHTML.length < size * 0.6) break;
    el = biggest;
  }
  const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
  return `\`${name}\` (${kb(el.outerHTML.length)} raw, ${el.children.length} children)`;
}


export function renderReport(results: BenchResults): string {
  const { info, real, realWeights, idle, corpora, lighthouseReal, lighthouseSynth } = results;

  const lines: string[] = [];
  const p = (s = '') => lines.push(s);
  const verdict = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? '**met**' : '**missed**');
  const bytesCell = (b: Bytes) => `${b.raw.toLocaleString('en')} / ${b.gzip.toLocaleString('en')}`;
  const count = (c: number) => c.toLocaleString('en');
  const sitePath = (url: string) => url.replace(/^https?:\/\/[^/]+/, '');
  const smallest = corpora[0];
  const largest = corpora.at(-1);
  const built = corpora.filter((c) => c.built.run.ok);

  const directive = real.run.ok ? measurePage(real.dist, DIRECTIVE_PATH) : null;
  const directiveOk = directive ? directive.total.gzip <= GOALS.directiveGzip && (idle?.length ?? 0) === 0 : null;
  const lhAll = [...(lighthouseReal ?? []), ...(lighthouseSynth ?? [])];
  const lhOk = lhAll.length ? lhAll.every((r) => CATEGORIES.every((c) => r.scores[c] === GOALS.lighthouse)) : null;

  /** Search data a query fetched: everything but the search page itself. */
  const dataBytes = (s: SearchRun) => s.bytesTotal - s.parts.page.bytes;
  const heaviestRegister = (c: CorpusResult) => {
    const pages = c.weights?.all.filter((w) => w.kind === 'register') ?? [];
    return pages.length ? pages.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a)) : null;
  };
  /** Pages other than the register (and the documents themselves) that weigh more in the largest corpus than in the smallest. */
  const grownPages = (() => {
    if (!smallest?.weights || !largest?.weights || smallest === largest) return null;
    const before = new Map(smallest.weights.all.map((w) => [w.path, w.total.gzip]));
    return largest.weights.all
      .filter((w) => w.kind !== 'register' && w.kind !== 'document' && before.has(w.path) && w.total.gzip > before.get(w.path)! * 1.01 + 50)
      .map((w) => ({ path: w.path, from: before.get(w.path)!, to: w.total.gzip }));
  })();
  const kindsOf = (runs: SearchRun[]) => [...new Set(runs.map((r) => r.kind))];
  const range = (xs: number[]) => (xs.length ? `${kb(median(xs))} median, ${kb(Math.max(...xs))} max` : '–');

  p('# Performance');
  p();
  p(`Written by \`npm run bench\` (scripts/bench.ts) on ${info.date.replace('T', ' ').slice(0, 16)} UTC; do not edit by hand, run it again. Units are decimal: 1 KB = 1,000 bytes, 1 MB = 10⁶, 1 GB = 10⁹.`);
  p();
  p('## Machine');
  p();
  p('| | |');
  p('|---|---|');
  p(`| CPU | ${info.cpu} |`);
  p(`| cores (nproc) | ${info.cores} |`);
  p(`| memory | ${(info.memory / 1024 ** 3).toFixed(1)} GiB |`);
  p(`| OS | ${info.os} |`);
  p(`| Node / Astro / Chromium | ${info.node} / ${info.astro} / ${info.chromium} |`);
  p(`| load average (1 min) at start / end | ${info.loadAtStart.toFixed(2)} / ${results.loadAtEnd.toFixed(2)} |`);
  p(`| synthetic corpora | ${corpora.map((c) => count(c.count)).join(' and ')} generated documents (scripts/generate-corpus.ts) added to a copy of all real content, in .bench/content |`);
  p();

  p('## Against the goals of issue 13 (the site at scale)');
  p();
  p('Each figure beside plain Pagefind: the same built pages indexed with Pagefind\'s defaults and queried with its JS API (the first five results\' data fetched, as its default UI does). Search bytes are what the host sent, gzip for text.');
  p();
  p(`| figure | goal | ${corpora.map((c) => `this site, ${count(c.count)}`).join(' | ')} | ${corpora.map((c) => `plain Pagefind, ${count(c.count)}`).join(' | ')} | |`);
  p(`|---|---|${corpora.map(() => '---').join('|')}|${corpora.map(() => '---').join('|')}|---|`);
  const kinds = built[0]?.search ? kindsOf(built[0].search) : [];
  for (const kind of kinds) {
    const site = corpora.map((c) => c.search?.filter((s) => s.kind === kind) ?? []);
    const plain = corpora.map((c) => c.plain?.runs.filter((s) => s.kind === kind) ?? []);
    const ok = site.every((runs) => runs.length > 0 && runs.every((r) => r.bytesTotal <= SCALE_GOALS.coldBytes));
    p(`| cold search, ${kind} queries (${site[0]!.length}): bytes fetched, page included | ≤ ${kb(SCALE_GOALS.coldBytes)} each | ${site.map((runs) => range(runs.map((r) => r.bytesTotal))).join(' | ')} | ${plain.map((runs) => range(runs.map((r) => r.cold))).join(' | ')} | ${verdict(site.some((r) => r.length) ? ok : null)} |`);
  }
  {
    const site = corpora.map((c) => (c.search ?? []).flatMap((s) => (s.warm ? [s.warm.bytes] : [])));
    const plain = corpora.map((c) => (c.plain?.runs ?? []).map((r) => r.warm));
    const ok = site.every((xs) => xs.length > 0 && xs.every((x) => x <= SCALE_GOALS.warmBytes));
    p(`| warm search (a second query on the same page), every query | ≤ ${kb(SCALE_GOALS.warmBytes)} each | ${site.map(range).join(' | ')} | ${plain.map(range).join(' | ')} | ${verdict(site.some((x) => x.length) ? ok : null)} |`);
  }
  {
    const numbers = corpora.map((c) => (c.search ?? []).filter((s) => s.kind === 'number'));
    const ok = numbers.every((runs) => runs.length > 0 && runs.every((r) => dataBytes(r) <= SCALE_GOALS.numberBytes && r.parts['pagefind runtime'].requests === 0));
    const cell = (runs: SearchRun[]) => (runs.length ? `${range(runs.map(dataBytes))}; Pagefind runtime loaded by ${runs.filter((r) => r.parts['pagefind runtime'].requests > 0).length} of ${runs.length}` : '–');
    p(`| number queries: search data fetched (the page excluded), without Pagefind's runtime | ≤ ${kb(SCALE_GOALS.numberBytes)}, no runtime | ${numbers.map(cell).join(' | ')} | ${corpora.map(() => '—').join(' | ')} | ${verdict(numbers.some((r) => r.length) ? ok : null)} |`);
  }
  {
    const cells = corpora.map((c) => (c.built.run.ok ? `${mb(c.built.run.peakTreeRss)} (Astro ${mb(c.built.run.stepPeaks.astro)}, then index and copy ${c.built.run.stepPeaks.finish === null ? '–' : mb(c.built.run.stepPeaks.finish)})` : 'failed'));
    const ok = corpora.every((c) => c.built.run.ok && c.built.run.peakTreeRss < SCALE_GOALS.memory(c.count));
    p(`| build peak memory | ${corpora.map((c) => `< ${(SCALE_GOALS.memory(c.count) / 1e9).toFixed(0)} GB at ${count(c.count)}`).join(', ')} | ${cells.join(' | ')} | ${corpora.map(() => '—').join(' | ')} | ${verdict(ok)} |`);
  }
  if (smallest && largest && smallest !== largest && smallest.built.run.ok && largest.built.run.ok) {
    const ratio = largest.built.run.wallMs / smallest.built.run.wallMs;
    const size = largest.count / smallest.count;
    const plainIndex = corpora.map((c) => (c.plain ? `indexing alone ${sec(c.plain.indexMs)}, ${mb(c.plain.indexBytes)} index` : '–'));
    p(
      `| build time, ${count(smallest.count)} → ${count(largest.count)} documents (${size.toFixed(0)}× the documents) | grows no faster than linearly | ${corpora.map((c) => sec(c.built.run.wallMs)).join(' | ')}; ratio ${ratio.toFixed(2)} (${(ratio / size).toFixed(2)} of linear) | ${plainIndex.join(' | ')} | ${verdict(ratio <= size * 1.1)} |`,
    );
  }
  {
    const cells = corpora.map((c) => {
      const h = heaviestRegister(c);
      const pages = c.weights?.all.filter((w) => w.kind === 'register').length ?? 0;
      return h ? `${kb(h.total.gzip)} \`${h.path}\` (${count(pages)} register pages)` : '–';
    });
    const ok = corpora.every((c) => (heaviestRegister(c)?.total.gzip ?? Infinity) <= BUDGETS.register);
    p(`| heaviest register page as loaded, gzip | ≤ ${kb(BUDGETS.register)} | ${cells.join(' | ')} | ${corpora.map(() => '—').join(' | ')} | ${verdict(built.length ? ok : null)} |`);
  }
  if (grownPages) {
    p(
      `| pages other than the register that grow from ${count(smallest!.count)} to ${count(largest!.count)} documents | none | ${grownPages.length ? grownPages.map((g) => `\`${g.path}\` ${kb(g.from)} → ${kb(g.to)}`).join('; ') : 'none'} | ${corpora.slice(1).map(() => '').join(' | ')} | ${corpora.map(() => '—').join(' | ')} | ${verdict(grownPages.length === 0)} |`,
    );
  }
  p();

  p('## Against the goals of issue 6');
  p();
  p('| figure | Starlight, measured | goal | this site | |');
  p('|---|---|---|---|---|');
  p(
    `| directive page as loaded, HTML + CSS + JS gzip (search excluded) | ~24 KB (+26 KB search UI fetched while idle) | ≤ ${kb(GOALS.directiveGzip)}, nothing fetched while idle | ${directive ? `${kb(directive.total.gzip)}; fetched while idle: ${idle?.length ? idle.join(', ') : 'nothing'}` : 'build failed'} | ${verdict(directiveOk)} |`,
  );
  if (smallest) {
    const run = smallest.built.run;
    const ok = run.ok ? run.wallMs < GOALS.buildMs && run.peakTreeRss < GOALS.buildBytes : false;
    p(`| ${count(smallest.count)}-document build | ~52 s, 1.5 GB peak | < 45 s, < 1 GB | ${run.ok ? `${sec(run.wallMs)}, ${mb(run.peakTreeRss)} peak` : `failed after ${sec(run.wallMs)}`} | ${verdict(ok)} |`);
    const s = smallest.search;
    const ms = s ? s.map((r) => r.msToFirstResult ?? Infinity) : [];
    const bytes = s ? s.map((r) => r.bytesTotal) : [];
    const searchOk = s ? median(ms) <= GOALS.searchMs && median(bytes) <= GOALS.searchBytes && ms.every(Number.isFinite) : null;
    p(`| cold search on that corpus: bytes fetched, ms to first result (median of ${s?.length ?? 0} queries) | ~224 KB, ~350 ms | ≤ 120 KB, ≤ 250 ms | ${s ? `${kb(median(bytes))}, ${Math.round(median(ms))} ms` : 'not measured'} | ${verdict(searchOk)} |`);
  }
  const pageLabel = (url: string) => {
    const path = sitePath(url);
    return path === '/' ? 'home' : path === DIRECTIVE_PATH ? 'directive' : pageKind(path.split('?')[0]!);
  };
  const lhCell = (rs: LighthouseResult[] | null) => (rs?.length ? rs.map((r) => `${pageLabel(r.url)} ${r.scores.performance ?? '–'}`).join(', ') : 'not measured');
  p(`| Lighthouse mobile performance, real site / ${largest ? count(largest.count) : '–'}-document site | 99 / 66 | 100 / 100, and 100 in the other three categories | ${lhCell(lighthouseReal)} / ${lhCell(lighthouseSynth)} | ${verdict(lhOk)} |`);
  p();

  p('## Build');
  p();
  p('A clean build (cache removed first) as `npm run build` runs it (scripts/lib/build-steps.ts, with its V8 flags): `astro build`, then, once it has exited, scripts/finish-build.ts (Pagefind\'s index and the offline copy) as a process of its own. Peak memory is the resident memory of the whole process tree summed, sampled every 100 ms, the larger of the two steps; in brackets, the largest single process as GNU time reports it.');
  p();
  p('| build | pages | time | pages/s | peak memory | peak per program | phases |');
  p('|---|---|---|---|---|---|---|');
  for (const [label, b] of [['real content', real] as const, ...corpora.map((c) => [`${count(c.count)} synthetic documents`, c.built] as const)]) {
    const phases = Object.entries(b.run.phases).map(([k, v]) => `${k} ${sec(v)}`).join('; ');
    const programs = Object.entries(b.run.peakByProgram)
      .filter(([, bytes]) => bytes > 20e6)
      .sort((x, y) => y[1] - x[1])
      .map(([name, bytes]) => `${name} ${mb(bytes)}`)
      .join(', ');
    p(`| ${label} | ${b.run.ok ? b.pages : 'failed'} | ${sec(b.run.wallMs)} | ${b.run.ok ? (b.pages / (b.run.wallMs / 1000)).toFixed(1) : '–'} | ${mb(b.run.peakTreeRss)}${b.run.maxRss ? ` (${mb(b.run.maxRss)})` : ''} | ${programs || '–'} | ${phases || '–'} |`);
  }
  p();

  const weightTable = (title: string, w: { rows: KindRow[] } | null) => {
    p(`### ${title}`);
    p();
    if (!w) {
      p('Build failed.');
      p();
      return;
    }
    p('| kind | pages | heaviest page | HTML raw / gzip | CSS raw / gzip | JS raw / gzip | total gzip | median total gzip | budget | |');
    p('|---|---|---|---|---|---|---|---|---|---|');
    for (const r of w.rows) {
      const h = r.heaviest;
      const budget = BUDGETS[r.kind];
      p(`| ${r.kind} | ${r.pages} | \`${h.path}\` | ${bytesCell(h.html)} | ${bytesCell(h.css)} | ${bytesCell(h.js)} | ${kb(h.total.gzip)} | ${kb(r.medianGzip)} | ${kb(budget)} | ${h.total.gzip <= budget ? 'within' : '**over**'} |`);
    }
    p();
  };
  p('## Page weight per kind');
  p();
  p('Bytes of the heaviest page of each kind: its HTML and the CSS and JS it loads on first view (static imports followed), raw / gzip. Pagefind\'s files (/pagefind/) and the search data (/du-lieu/) are fetched only when the reader searches and are not counted; see the search figures. The budgets are the gate in tests/gates/weight.test.ts.');
  p();
  weightTable('Real content', realWeights);
  for (const c of corpora) weightTable(`${count(c.count)}-document corpus`, c.weights);

  p('## Does a large corpus make every page heavier?');
  p();
  if (realWeights && built.length) {
    const same = ['/', DIRECTIVE_PATH, '/van-ban/120-kl-tw-2016/', '/van-ban/', '/tim-kiem/', listPages(real.dist).find((x) => pageKind(x) === 'module'), listPages(real.dist).find((x) => pageKind(x) === 'glossary')].filter(
      (x): x is string => Boolean(x) && built.every((c) => existsSync(join(c.built.dist, x!))),
    );
    p(`| page | real content, gzip | ${built.map((c) => `${count(c.count)} documents`).join(' | ')} |`);
    p(`|---|---|${built.map(() => '---').join('|')}|`);
    for (const path of same) {
      const a = measurePage(real.dist, path).total.gzip;
      const cells = built.map((c) => {
        const b = measurePage(c.built.dist, path).total.gzip;
        return `${kb(b)} (${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(0)}%)`;
      });
      p(`| \`${path}\` | ${kb(a)} | ${cells.join(' | ')} |`);
    }
    p();
    if (grownPages?.length) {
      for (const g of grownPages) p(`- \`${g.path}\` grows from ${kb(g.from)} to ${kb(g.to)}; its bulk is ${bulkOf(largest!.built.dist, g.path)}.`);
      p();
    } else if (grownPages) {
      p(`No page but the register's lists (and the documents' own pages) weighs more at ${count(largest!.count)} documents than at ${count(smallest!.count)}.`);
      p();
    }
  }

  for (const c of corpora) {
    p(`## Search at ${count(c.count)} documents`);
    p();
    if (!c.search) {
      p(`Not measured: ${c.searchNote}`);
      p();
      continue;
    }
    p('Chromium, a fresh context (empty cache) per query. *ms* runs from the start of navigation to `/tim-kiem/?q=…` until the first item of `#search-results` appears; *cold* is what the host sent for the whole visit, split by part; *warm* what the same query fetched when typed second, after the query named, on a page that had already searched. Host and browser on this machine, no network throttling.');
    p();
    p(`| query | kind | results | first result | ms | cold | warm (after) | plain Pagefind cold / warm | ${SEARCH_PARTS.join(' | ')} |`);
    p(`|---|---|---|---|---|---|---|---|${SEARCH_PARTS.map(() => '---').join('|')}|`);
    for (const s of c.search) {
      const plain = c.plain?.runs.find((r) => r.query === s.query);
      p(
        `| ${s.query} | ${s.kind} | ${s.results} | ${s.firstResult ? `\`${s.firstResult}\`` : '–'} | ${s.msToFirstResult === null ? 'none' : Math.round(s.msToFirstResult)} | ${kb(s.bytesTotal)} (${s.requests}) | ${s.warm ? `${kb(s.warm.bytes)} (${s.warm.after})` : '–'} | ${plain ? `${kb(plain.cold)} / ${kb(plain.warm)}` : '–'} | ${SEARCH_PARTS.map((part) => `${kb(s.parts[part].bytes)} (${s.parts[part].requests})`).join(' | ')} |`,
      );
    }
    p();
    p('Parts: *page* is the search page\'s HTML, CSS and JS; *pagefind runtime* its script, WebAssembly and metadata; *filters*, *index* and *fragments* Pagefind\'s chunks; *site data* files under /du-lieu/ (the number shards and the document index). Requests in brackets.');
    p();
  }

  p('## Lighthouse');
  p();
  p('The lighthouse npm package with the Chromium the tests use and its default mobile settings (simulated slow 4G, 4× CPU slowdown), served by a local static host with gzip and the headers of public/_headers.');
  p();
  if (results.skippedLighthouse) p('Skipped (--skip-lighthouse).');
  for (const [label, rs] of [['Real content', lighthouseReal], [`${largest ? count(largest.count) : ''}-document corpus`, lighthouseSynth]] as const) {
    if (!rs) continue;
    p(`### ${label}`);
    p();
    p('| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |');
    p('|---|---|---|---|---|---|---|---|---|');
    for (const r of rs) {
      const m = r.metrics;
      p(`| \`${sitePath(r.url)}\` | ${CATEGORIES.map((c) => r.scores[c] ?? '–').join(' | ')} | ${m.fcpMs === null ? '–' : Math.round(m.fcpMs)} ms | ${m.lcpMs === null ? '–' : Math.round(m.lcpMs)} ms | ${m.tbtMs === null ? '–' : Math.round(m.tbtMs)} ms | ${m.cls === null ? '–' : m.cls.toFixed(3)} |`);
    }
    p();
    const lost = rs.flatMap((r) => CATEGORIES.flatMap((c) => (r.failing[c] ?? []).map((f) => `\`${sitePath(r.url)}\` ${c}: ${f}`)));
    if (lost.length) {
      p('Audits that cost points:');
      p();
      for (const l of lost) p(`- ${l}`);
      p();
    }
  }

  p('## Pages over budget');
  p();
  const over = [...(realWeights ? [{ label: 'real content', w: realWeights, dist: real.dist }] : []), ...built.map((c) => ({ label: `${count(c.count)} documents`, w: c.weights!, dist: c.built.dist }))].flatMap(({ label, w, dist }) =>
    w.rows.filter((r) => r.heaviest.total.gzip > BUDGETS[r.kind]).map((r) => `${label}: \`${r.heaviest.path}\` (${r.kind}) ${kb(r.heaviest.total.gzip)} against ${kb(BUDGETS[r.kind])}; its bulk ${bulkOf(dist, r.heaviest.path)}`),
  );
  if (!over.length) p('None.');
  for (const o of over) p(`- ${o}`);
  p();
  p('## How it is measured');
  p();
  p('- Page weight: scripts/lib/page-weight.ts, the same function as the gate tests/gates/weight.test.ts and `npm run weight`; zlib gzip level 6.');
  p('- Synthetic corpora: scripts/generate-corpus.ts copies content/ to .bench/content and adds documents numbered from 5000, each carrying out the one before it (nine in ten), one in a hundred applying Công văn 111-CV/TU; built with QCDC_CONTENT_DIR. The documents are made up and say so in their sources.');
  p('- Search: scripts/lib/search-bench.ts (this site cold and warm, and plain Pagefind over the same pages).');
  p('- Raw figures: .bench/results.json; build logs: .bench/*-build.log.');
  p();

  return lines.join('\n');
}
