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
import { SEARCH_PARTS, type SearchRun } from './search-bench.ts';
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

export interface BenchResults {
  info: { cores: number; memory: number; cpu: string; os: string; node: string; astro: string; chromium: string; date: string; loadAtStart: number };
  count: number;
  real: Built;
  synthetic: Built;
  realWeights: { rows: KindRow[]; all: PageWeight[] } | null;
  synthWeights: { rows: KindRow[]; all: PageWeight[] } | null;
  idle: string[] | null;
  search: SearchRun[] | null;
  searchNote: string;
  lighthouseReal: LighthouseResult[] | null;
  lighthouseSynth: LighthouseResult[] | null;
  loadAtEnd: number;
  skippedLighthouse: boolean;
}

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
  const { info, count: COUNT, real, synthetic, realWeights, synthWeights, idle, search, searchNote, lighthouseReal, lighthouseSynth } = results;

  const lines: string[] = [];
  const p = (s = '') => lines.push(s);
  const verdict = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? '**met**' : '**missed**');
  const bytesCell = (b: Bytes) => `${b.raw.toLocaleString('en')} / ${b.gzip.toLocaleString('en')}`;
  const n = COUNT.toLocaleString('en');
  const sitePath = (url: string) => url.replace(/^https?:\/\/[^/]+/, '');

  const directive = real.run.ok ? measurePage(real.dist, DIRECTIVE_PATH) : null;
  const directiveOk = directive ? directive.total.gzip <= GOALS.directiveGzip && (idle?.length ?? 0) === 0 : null;
  const buildOk = synthetic.run.ok ? synthetic.run.wallMs < GOALS.buildMs && synthetic.run.peakTreeRss < GOALS.buildBytes : synthetic.run.wallMs ? false : null;
  const searchMs = search ? search.map((s) => s.msToFirstResult ?? Infinity) : [];
  const searchBytes = search ? search.map((s) => s.bytesTotal) : [];
  const searchOk = search ? median(searchMs) <= GOALS.searchMs && median(searchBytes) <= GOALS.searchBytes && searchMs.every(Number.isFinite) : null;
  const lhAll = [...(lighthouseReal ?? []), ...(lighthouseSynth ?? [])];
  const lhOk = lhAll.length ? lhAll.every((r) => CATEGORIES.every((c) => r.scores[c] === GOALS.lighthouse)) : null;
  const register = synthetic.run.ok ? measurePage(synthetic.dist, '/van-ban/') : null;
  const registerOk = register ? register.total.gzip <= BUDGETS.register : null;

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
  p(`| synthetic corpus | ${n} generated documents (scripts/generate-corpus.ts) added to a copy of all real content, in .bench/content |`);
  p();
  p('## Against the goals of issue 6');
  p();
  p('| figure | Starlight, measured | goal | this site | |');
  p('|---|---|---|---|---|');
  p(
    `| directive page as loaded, HTML + CSS + JS gzip (search excluded) | ~24 KB (+26 KB search UI fetched while idle) | ≤ ${kb(GOALS.directiveGzip)}, nothing fetched while idle | ${directive ? `${kb(directive.total.gzip)}; fetched while idle: ${idle?.length ? idle.join(', ') : 'nothing'}` : 'build failed'} | ${verdict(directiveOk)} |`,
  );
  p(
    `| ${n}-document build | ~52 s, 1.5 GB peak | < 45 s, < 1 GB | ${synthetic.run.ok ? `${sec(synthetic.run.wallMs)}, ${mb(synthetic.run.peakTreeRss)} peak` : `failed after ${sec(synthetic.run.wallMs)}`} | ${verdict(buildOk)} |`,
  );
  p(
    `| cold search on that corpus: bytes fetched, ms to first result (median of 10 queries) | ~224 KB, ~350 ms | ≤ 120 KB, ≤ 250 ms | ${search ? `${kb(median(searchBytes))}, ${Math.round(median(searchMs))} ms` : 'not measured'} | ${verdict(searchOk)} |`,
  );
  const pageLabel = (url: string) => {
    const path = sitePath(url);
    return path === '/' ? 'home' : path === DIRECTIVE_PATH ? 'directive' : pageKind(path.split('?')[0]!);
  };
  const lhCell = (rs: LighthouseResult[] | null) => (rs?.length ? rs.map((r) => `${pageLabel(r.url)} ${r.scores.performance ?? '–'}`).join(', ') : 'not measured');
  p(`| Lighthouse mobile performance, real site / ${n}-document site | 99 / 66 | 100 / 100, and 100 in the other three categories | ${lhCell(lighthouseReal)} / ${lhCell(lighthouseSynth)} | ${verdict(lhOk)} |`);
  p(`| register page at ${n} documents, gzip (this project's budget) | — | ≤ ${kb(BUDGETS.register)} | ${register ? kb(register.total.gzip) : 'not measured'} | ${verdict(registerOk)} |`);
  p();

  p('## Build');
  p();
  p('A clean build (cache removed first) of `astro build` run as a child process. Peak memory is the resident memory of the whole process tree summed, sampled every 100 ms; in brackets, the largest single process as GNU time reports it. Pagefind\'s indexer (pagefind_extended) is a separate program the build starts once the pages are written.');
  p();
  p('| build | pages | time | pages/s | peak memory | peak per program | phases (from Astro\'s log) |');
  p('|---|---|---|---|---|---|---|');
  for (const [label, b] of [['real content', real], [`${n} synthetic documents`, synthetic]] as const) {
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
  p('Bytes of the heaviest page of each kind: its HTML and the CSS and JS it loads on first view (static imports followed), raw / gzip. Pagefind\'s files (/pagefind/) are fetched only when the reader searches and are not counted; see the search figures. The budgets are the gate in tests/gates/weight.test.ts.');
  p();
  weightTable('Real content', realWeights);
  weightTable(`${n}-document corpus`, synthWeights);

  p('## Does a large corpus make every page heavier?');
  p();
  if (realWeights && synthWeights && register) {
    const same = ['/', DIRECTIVE_PATH, '/van-ban/120-kl-tw-2016/', '/van-ban/', listPages(real.dist).find((x) => pageKind(x) === 'module'), listPages(real.dist).find((x) => pageKind(x) === 'glossary')].filter(
      (x): x is string => Boolean(x) && existsSync(join(synthetic.dist, x!)),
    );
    p('| page | real content, gzip | large corpus, gzip | change |');
    p('|---|---|---|---|');
    const grown: string[] = [];
    for (const path of same) {
      const a = measurePage(real.dist, path).total.gzip;
      const b = measurePage(synthetic.dist, path).total.gzip;
      p(`| \`${path}\` | ${kb(a)} | ${kb(b)} | ${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(0)}% |`);
      if (b > a * 1.25) grown.push(path);
    }
    p();
    for (const path of grown) p(`- \`${path}\` grows with the corpus; its bulk is ${bulkOf(synthetic.dist, path)}.`);
    if (grown.length) p();
    p(`The navigation lists no documents. The register \`/van-ban/\` at ${n} documents: HTML ${kb(register.html.raw)} raw, ${kb(register.html.gzip)} gzip; the page as loaded ${kb(register.total.gzip)} gzip (budget ${kb(BUDGETS.register)}).`);
    const facets = synthWeights.all.filter((w) => w.kind === 'register' && w.path !== '/van-ban/');
    const worstFacet = facets.length ? facets.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a)) : null;
    if (worstFacet) p(`The heaviest filtered list is \`${worstFacet.path}\`, ${kb(worstFacet.total.gzip)} gzip.`);
    p();
    if (!registerOk) {
      p(
        '**Too large.** The register lists every document twice on one page, a table and a timeline, so it grows linearly with the corpus. ' +
          'Proposal (the register pages belong to the lead, so this is not implemented here): keep the newest 50 documents on `/van-ban/` with the existing filters (type, issuer, status) ' +
          'and add one page per year of issue (`/van-ban/nam/<year>/`, which fits the facet addresses already used); the timeline shows counts per year linking to those pages; ' +
          'filtered lists over 100 entries page by year the same way. Each page then stays within its budget at 2,000 or 20,000 documents, and lookup by number goes through search.',
      );
      p();
    }
  }

  p('## Search on the large corpus');
  p();
  if (!search) p(`Not measured: ${searchNote}`);
  else {
    p('Chromium, a fresh context (empty cache) per query. Time runs from the start of navigation to `/tim-kiem/?q=…` until the first item of `#search-results` appears; bytes are what the host sent for the whole visit (gzip for text, as a real host would), then split by part. Host and browser on this machine, no network throttling.');
    p();
    p(`| query | results | first result | ms to first result | bytes fetched | requests | ${SEARCH_PARTS.join(' | ')} |`);
    p(`|---|---|---|---|---|---|${SEARCH_PARTS.map(() => '---').join('|')}|`);
    for (const s of search) {
      p(
        `| ${s.query} | ${s.results} | ${s.firstResult ? `\`${s.firstResult}\`` : '–'} | ${s.msToFirstResult === null ? 'none' : Math.round(s.msToFirstResult)} | ${kb(s.bytesTotal)} | ${s.requests} | ${SEARCH_PARTS.map((part) => `${kb(s.parts[part].bytes)} (${s.parts[part].requests})`).join(' | ')} |`,
      );
    }
    p();
    p('Parts: *page* is the search page\'s HTML, CSS and JS; *pagefind runtime* its script, WebAssembly and metadata; *filters*, *index* and *fragments* Pagefind\'s chunks; *site data* files under /du-lieu/. Requests in brackets.');
    p();
    p(`Median ${Math.round(median(searchMs))} ms and ${kb(median(searchBytes))}; worst ${Math.round(Math.max(...searchMs))} ms and ${kb(Math.max(...searchBytes))}.`);
  }
  p();

  p('## Lighthouse');
  p();
  p('The lighthouse npm package with Debian\'s Chromium and its default mobile settings (simulated slow 4G, 4× CPU slowdown), served by a local static host with gzip and the headers of public/_headers.');
  p();
  if (results.skippedLighthouse) p('Skipped (--skip-lighthouse).');
  for (const [label, rs] of [['Real content', lighthouseReal], [`${n}-document corpus`, lighthouseSynth]] as const) {
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

  p('## Missed goals and their causes');
  p();
  const causes: string[] = [];
  if (buildOk === false) {
    const run = synthetic.run;
    const sync = run.phases['content sync and types'];
    let cause = `**${n}-document build**: ${sec(run.wallMs)}, ${mb(run.peakTreeRss)} peak.`;
    if (sync && sync > run.wallMs / 2) {
      cause +=
        ` Time: loading content takes ${sec(sync)} of it. Cause, found by profiling: astro.config.mjs hands \`loadRegisterIndex\` to \`remarkDocumentLinks\`, which calls it once per Markdown file; ` +
        `each call rereads and YAML-parses the front matter of every document, so the work grows with the square of the corpus (${n} files × ${n} front matters). ` +
        'Fix: build the index once per build (memoise it; in dev, rebuild it when content/documents changes). Tried on a copy of the tree with the index memoised: the same corpus built in about 12 s.';
    }
    if (run.peakTreeRss >= GOALS.buildBytes) {
      const programs = Object.entries(run.peakByProgram).sort((a, b) => b[1] - a[1]).filter(([, bytes]) => bytes > 50e6);
      cause +=
        ` Memory: ${programs.map(([name, bytes]) => `${name} ${mb(bytes)}`).join(', ')} at their peaks. ` +
        (programs.some(([name]) => name.startsWith('pagefind'))
          ? "Pagefind's indexer runs inside the build (src/integrations/pagefind.ts, at astro:build:done) while Astro's process still holds its memory, so the two add up. " +
            'Running the indexer as a step after `astro build` has exited would make the peak the larger of the two instead of their sum.'
          : '');
    }
    causes.push(cause);
  }
  if (directiveOk === false && directive) causes.push(`**Directive page**: ${kb(directive.total.gzip)} gzip${idle?.length ? `; fetched while idle: ${idle.join(', ')}` : ''}; see the weight tables for what it loads.`);
  if (searchOk === false && search) {
    const med = (part: (typeof SEARCH_PARTS)[number]) => median(search!.map((r) => r.parts[part].bytes));
    const reasons = [`per visit (medians): page ${kb(med('page'))}, Pagefind runtime ${kb(med('pagefind runtime'))}, index ${kb(med('pagefind index'))}`];
    if (med('pagefind filters') > 0) reasons.push(`filter chunks ${kb(med('pagefind filters'))}, fetched though no filter is chosen (the search script calls Pagefind's filters() when it loads)`);
    const fragmentRequests = median(search.map((r) => r.parts['pagefind fragments'].requests));
    if (fragmentRequests >= 10) reasons.push(`${fragmentRequests} result fragments (${kb(med('pagefind fragments'))}) loaded before the first result is shown, because results are re-ranked on their content`);
    const withData = search.filter((r) => r.parts['site data'].bytes > 0);
    if (withData.length) reasons.push(`queries with a digit also fetch the whole number table /du-lieu/tra-cuu-so-hieu.json (${kb(Math.max(...withData.map((r) => r.parts['site data'].bytes)))} at ${n} documents; it grows with the register)`);
    causes.push(`**Search**: median ${Math.round(median(searchMs))} ms and ${kb(median(searchBytes))}. Where the bytes go: ${reasons.join('; ')}. Each step waits for the one before (page, then Pagefind, then index, then fragments), so the time follows the bytes.`);
  }
  if (lhOk === false) {
    const labelled = [...(lighthouseReal ?? []).map((r) => ({ ...r, site: 'real site' })), ...(lighthouseSynth ?? []).map((r) => ({ ...r, site: `${n}-document site` }))];
    const below = labelled.filter((r) => CATEGORIES.some((c) => (r.scores[c] ?? 0) < GOALS.lighthouse));
    causes.push(
      `**Lighthouse**: below 100 on ${[...new Set(below.map((r) => sitePath(r.url).split('?')[0]))].map((x) => `\`${x}\``).join(', ')}; ` +
        below.map((r) => `${r.site} ${CATEGORIES.map((c) => r.scores[c]).join('/')}: ${CATEGORIES.flatMap((c) => r.failing[c] ?? []).join(', ')}`).join('; ') +
        (below.some((r) => sitePath(r.url).startsWith('/tim-kiem/') && (r.failing.performance ?? []).some((f) => f.startsWith('Cumulative Layout Shift')))
          ? '. On the search page the layout shift comes from the results list filling in after load and pushing what is below it; reserving its space (or rendering the first results before the rest) removes it, and the late largest paint is the first result arriving after Pagefind has loaded'
          : '') +
        '.',
    );
  }
  if (synthWeights) {
    const over = synthWeights.rows.filter((r) => r.heaviest.total.gzip > BUDGETS[r.kind]);
    if (over.length) {
      causes.push(
        `**Pages over budget at ${n} documents**: ` +
          over.map((r) => `\`${r.heaviest.path}\` (${r.kind}) ${kb(r.heaviest.total.gzip)} against ${kb(BUDGETS[r.kind])}, its bulk ${bulkOf(synthetic.dist, r.heaviest.path)}`).join('; ') +
          '. Each lists every document of the register on one page. See «Does a large corpus make every page heavier?» for the proposed pagination; a module that shows the register\'s timeline could show only the documents it teaches, with a link to the full register.',
      );
    }
  }
  if (!search) causes.push(`**Search** is not measured: ${searchNote}`);
  if (!causes.length) p('None: every goal measured is met.');
  for (const c of causes) p(`- ${c}`);
  p();
  p('## How it is measured');
  p();
  p('- Page weight: scripts/lib/page-weight.ts, the same function as the gate tests/gates/weight.test.ts and `npm run weight`; zlib gzip level 6.');
  p('- Synthetic corpus: scripts/generate-corpus.ts copies content/ to .bench/content and adds documents numbered from 5000, each carrying out the one before it (nine in ten), one in a hundred applying Công văn 111-CV/TU; built with QCDC_CONTENT_DIR. The documents are made up and say so in their sources.');
  p('- Raw figures: .bench/results.json; build logs: .bench/*-build.log.');
  p();


  return lines.join('\n');
}
