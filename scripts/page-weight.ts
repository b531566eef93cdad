/**
 * `npm run weight [path…]`: what the directive page (or the pages named)
 * weighs on first view, HTML + CSS + JS raw and gzip, from the built site
 * (dist/, or QCDC_DIST). Build first: `npm run build`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DIRECTIVE_PATH } from '../src/lib/page-kinds.ts';
import { BUDGETS, formatKB, measurePage } from './lib/page-weight.ts';

const root = resolve(process.env.QCDC_DIST ?? 'dist');
if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`No build in ${root}: run "npm run build" first (or set QCDC_DIST).`);
  process.exit(1);
}
const paths = process.argv.slice(2);
let over = false;
for (const path of paths.length ? paths : [DIRECTIVE_PATH]) {
  const w = measurePage(root, path);
  const budget = BUDGETS[w.kind];
  over ||= w.total.gzip > budget;
  console.log(`${w.path} (${w.kind})`);
  for (const [label, b] of [['HTML', w.html], ['CSS', w.css], ['JS', w.js], ['total', w.total]] as const) {
    console.log(`  ${label.padEnd(5)} ${String(b.raw).padStart(8)} B  (${formatKB(b.raw)})   gzip ${String(b.gzip).padStart(7)} B  (${formatKB(b.gzip)})`);
  }
  console.log(`  budget ${budget} B gzip: ${w.total.gzip <= budget ? 'within' : 'OVER'}`);
  console.log(`  files: ${w.files.join(', ')}`);
}
process.exit(over ? 1 : 0);
