/** Bodies and their duties as built: the matrix on /co-quan/ is the provisions data, cell by cell; every duty lands on its paragraph. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hasPage, loadPage } from './support/dist';

const contentDir = join(import.meta.dirname, '..', 'content');
const DOC = '111-cv-tu-2016';
const DIRECTIVE_PAGE = `/van-ban/${DOC}/`;

interface Paragraph {
  anchor: string;
  bodies: string[];
  mentions: string[];
}
interface Part {
  anchor: string;
  kind: string;
  point?: number;
  paragraphs: Paragraph[];
}

// Read the stored data straight from the YAML, independently of the site's own code.
const raw = parse(readFileSync(join(contentDir, 'provisions', `${DOC}.yaml`), 'utf8')) as {
  parts: { anchor: string; kind: string; point?: number; paragraphs: { bodies?: string[]; mentions?: string[] }[] }[];
};
const parts: Part[] = raw.parts.map((p) => ({
  anchor: p.anchor,
  kind: p.kind,
  point: p.point,
  paragraphs: p.paragraphs.map((para, i) => ({ anchor: `${p.anchor}-doan-${i + 1}`, bodies: para.bodies ?? [], mentions: para.mentions ?? [] })),
}));
const points = parts.filter((p) => p.kind === 'point');
// The matrix's columns: points 1–5, the closing part (work programme, reports) and «Nơi nhận».
const columns = [...points, ...parts.filter((p) => p.kind === 'closing'), ...parts.filter((p) => p.kind === 'recipients')];

const bodyFiles = readdirSync(join(contentDir, 'bodies'))
  .filter((n) => n.endsWith('.yaml'))
  .map((n) => ({ slug: n.replace(/\.yaml$/, ''), ...(parse(readFileSync(join(contentDir, 'bodies', n), 'utf8')) as { name: string; duties: { provision: string }[] }) }));

const directiveIds = new Set([...loadPage(DIRECTIVE_PAGE).querySelectorAll('[id]')].map((el) => el.id));
const anchorOf = (href: string) => href.split('#')[1] ?? '';

describe('the bodies × points matrix on /co-quan/', () => {
  const page = loadPage('/co-quan/');
  const table = page.querySelector('table.body-matrix')!;

  it('is a table with a caption and header cells scoped to columns and rows', () => {
    expect(table).not.toBeNull();
    expect(table.querySelector('caption')?.textContent?.trim().length).toBeGreaterThan(10);
    const cols = [...table.querySelectorAll('thead th[scope="col"]')];
    expect(cols).toHaveLength(1 + columns.length);
    expect(cols.slice(1).map((th) => th.textContent!.replace(/\s+/g, ' ').trim())).toEqual([...points.map((p) => `Mục ${p.point}`), 'Phần tổ chức thực hiện', 'Nơi nhận']);
    for (const row of table.querySelectorAll('tbody tr')) expect(row.querySelectorAll('th[scope="row"]')).toHaveLength(1);
  });

  it('has one row for every body the points, the closing part or «Nơi nhận» task or name, and no other', () => {
    const expected = new Set(columns.flatMap((p) => p.paragraphs.flatMap((para) => [...para.bodies, ...para.mentions])));
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-body'));
    expect(new Set(rows)).toEqual(expected);
    expect(rows).toHaveLength(expected.size);
  });

  it('matches the provisions data cell by cell', () => {
    const ref = (anchor: string) => `/van-ban/${DOC}/#${anchor}`;
    for (const tr of table.querySelectorAll('tbody tr')) {
      const body = tr.getAttribute('data-body')!;
      expect(tr.querySelector('th a')?.getAttribute('href')).toBe(`/co-quan/${body}/`);
      const cells = [...tr.querySelectorAll('td')];
      expect(cells).toHaveLength(columns.length);
      columns.forEach((point, i) => {
        const cell = cells[i]!;
        const tasked = point.paragraphs.filter((p) => p.bodies.includes(body)).map((p) => p.anchor);
        const mentioned = point.paragraphs.filter((p) => p.mentions.includes(body) && !p.bodies.includes(body)).map((p) => p.anchor);
        const where = `${body} × ${point.anchor}`;
        expect(cell.getAttribute('data-column'), where).toBe(point.anchor);
        // What the reader sees: one filled dot a tasking paragraph, one hollow dot a naming one, each linked to it.
        expect([...cell.querySelectorAll('a.dot--tasked')].map((a) => a.getAttribute('href')), where).toEqual(tasked.map(ref));
        expect([...cell.querySelectorAll('a.dot--mentioned')].map((a) => a.getAttribute('href')), where).toEqual(mentioned.map(ref));
        expect(cell.getAttribute('data-tasked'), where).toBe(tasked.map((a) => `${DOC}#${a}`).join(' '));
      });
    }
  });

  it('links every dot and column head to an existing anchor of the directive', () => {
    for (const a of table.querySelectorAll('td a, thead a')) expect(directiveIds.has(anchorOf(a.getAttribute('href')!)), a.getAttribute('href')!).toBe(true);
  });
});

describe('/co-quan/ list and pages', () => {
  it('lists every body, each with its page', () => {
    const listed = [...loadPage('/co-quan/').querySelectorAll('.body-list > li > a')].map((a) => a.getAttribute('href'));
    expect(listed.sort()).toEqual(bodyFiles.map((b) => `/co-quan/${b.slug}/`).sort());
    for (const b of bodyFiles) expect(hasPage(`/co-quan/${b.slug}/`), b.slug).toBe(true);
  });

  it('has a page for every body the directive tasks', () => {
    const tasked = new Set(parts.flatMap((p) => p.paragraphs.flatMap((para) => para.bodies)));
    expect(tasked.size).toBeGreaterThan(5);
    for (const slug of tasked) {
      const page = loadPage(`/co-quan/${slug}/`);
      expect(page.querySelector('[data-pagefind-filter="kind"]')?.textContent).toBe('Cơ quan');
      expect(page.querySelectorAll('.duties > li').length, slug).toBeGreaterThan(0);
    }
  });

  it('links each duty to an existing anchor of the directive and transcludes that provision', () => {
    for (const b of bodyFiles) {
      const page = loadPage(`/co-quan/${b.slug}/`);
      const links = [...page.querySelectorAll('.duties a[data-provision-ref]')];
      expect(links.map((a) => a.getAttribute('data-provision-ref')), b.slug).toEqual(b.duties.map((d) => d.provision));
      for (const a of links) {
        expect(a.getAttribute('href')!.split('#')[0]).toBe(DIRECTIVE_PAGE);
        expect(directiveIds.has(anchorOf(a.getAttribute('href')!)), `${b.slug}: ${a.getAttribute('href')}`).toBe(true);
      }
      expect(page.querySelectorAll('.duties figure.provision-quote')).toHaveLength(b.duties.length);
    }
  });

  it('agrees with the provisions: each paragraph that tasks a body is a duty on its page, and each duty rests on a paragraph that tasks it', () => {
    const partOf = (anchor: string) => parts.find((p) => p.anchor === anchor || p.paragraphs.some((para) => para.anchor === anchor))!;
    for (const b of bodyFiles) {
      const dutyAnchors = b.duties.map((d) => d.provision.split('#')[1]!);
      for (const part of parts) {
        for (const para of part.paragraphs) {
          if (para.bodies.includes(b.slug)) expect(dutyAnchors.some((a) => a === para.anchor || a === part.anchor), `${b.slug} ← ${para.anchor}`).toBe(true);
        }
      }
      for (const anchor of dutyAnchors) {
        const part = partOf(anchor);
        const paras = part.anchor === anchor ? part.paragraphs : part.paragraphs.filter((p) => p.anchor === anchor);
        expect(paras.some((p) => p.bodies.includes(b.slug)), `${b.slug} → ${anchor}`).toBe(true);
      }
    }
  });

  it('lists where a body is only named, from the provisions data', () => {
    for (const b of bodyFiles) {
      const expected = parts.flatMap((p) => p.paragraphs).filter((p) => p.mentions.includes(b.slug) && !p.bodies.includes(b.slug)).map((p) => `${DOC}#${p.anchor}`);
      const shown = [...loadPage(`/co-quan/${b.slug}/`).querySelectorAll('.mentions a')].map((a) => a.getAttribute('data-provision-ref'));
      expect(shown, b.slug).toEqual(expected);
    }
  });
});

describe('the home page', () => {
  const page = loadPage('/');
  it('has three doors: read, search, teach', () => {
    expect([...page.querySelectorAll('.doors h2 a')].map((a) => a.getAttribute('href'))).toEqual([DIRECTIVE_PAGE, '/tim-kiem/', '/giang-vien/']);
  });
  it('shows the five points at a glance, each linked to its anchor', () => {
    const links = [...page.querySelectorAll('.points-glance > li > a:first-child')].map((a) => a.getAttribute('href')!);
    expect(links).toEqual(points.map((p) => `${DIRECTIVE_PAGE}#${p.anchor}`));
    for (const href of links) expect(directiveIds.has(anchorOf(href))).toBe(true);
  });
  it('links the documents each point names and the bodies it tasks, as every other page does', () => {
    const items = [...page.querySelectorAll('.points-glance > li')];
    const hrefs = (li: Element, selector: string) => [...li.querySelectorAll(selector)].map((a) => a.getAttribute('href')!);
    // Mục 1 names 120-KL/TW and 37-KL/TU; Mục 3 names 84-, 1737- and 1738-QĐ/TU.
    expect(hrefs(items[0]!, ':scope > a.doc-number')).toEqual(expect.arrayContaining(['/van-ban/120-kl-tw-2016/', '/van-ban/37-kl-tu-2015/']));
    expect(hrefs(items[2]!, ':scope > a.doc-number')).toHaveLength(3);
    for (const li of items.filter((li) => li.querySelector('.point__who'))) {
      const bodies = hrefs(li, '.point__who a');
      expect(bodies.length).toBeGreaterThan(0);
      for (const href of bodies) expect(href).toMatch(/^\/co-quan\/[a-z0-9-]+\/$/);
      expect(li.querySelector('.point__who')!.textContent).toMatch(/^Giao cho: .+\.$/);
    }
  });
});
