/** The glossary as built: Vietnamese order, a working letter index, and each term tied to the directive and the modules. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hasPage, loadPage } from './support/dist';

const contentDir = join(import.meta.dirname, '..', 'content');
const DIRECTIVE_PAGE = '/van-ban/111-cv-tu-2016/';
const LETTERS = ['A', 'Ă', 'Â', 'B', 'C', 'D', 'Đ', 'E', 'Ê', 'G', 'H', 'I', 'K', 'L', 'M', 'N', 'O', 'Ô', 'Ơ', 'P', 'Q', 'R', 'S', 'T', 'U', 'Ư', 'V', 'X', 'Y'];

interface TermFile {
  slug: string;
  term: string;
  aliases: string[];
  provisions: string[];
}

const terms: TermFile[] = readdirSync(join(contentDir, 'glossary'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => {
    const text = readFileSync(join(contentDir, 'glossary', name), 'utf8');
    const data = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!) as Omit<TermFile, 'slug'>;
    return { slug: name.replace(/\.md$/, ''), ...data, aliases: data.aliases ?? [] };
  });

const directiveIds = new Set([...loadPage(DIRECTIVE_PAGE).querySelectorAll('[id]')].map((el) => el.id));
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('/thuat-ngu/', () => {
  const page = loadPage('/thuat-ngu/');
  const listed = [...page.querySelectorAll('.glossary-list dt a')];

  it('lists every term file, at least 25', () => {
    expect(terms.length).toBeGreaterThanOrEqual(25);
    expect(listed.map((a) => a.getAttribute('href')).sort()).toEqual(terms.map((t) => `/thuat-ngu/${t.slug}/`).sort());
  });

  it('lists the terms in Vietnamese alphabetical order (Intl.Collator vi)', () => {
    const shown = listed.map(text);
    const collator = new Intl.Collator('vi');
    expect(shown).toEqual([...shown].sort(collator.compare));
    // The case a code-point sort gets wrong: Đ files right after D, not after Z.
    const firstD = shown.findIndex((t) => t.startsWith('D'));
    const firstDd = shown.findIndex((t) => t.startsWith('Đ'));
    expect(firstD).toBeGreaterThanOrEqual(0);
    expect(firstDd).toBeGreaterThan(shown.findLastIndex((t) => t.startsWith('D')));
    expect(firstD).toBeLessThan(firstDd);
  });

  it('shows each term with its definition', () => {
    for (const dt of page.querySelectorAll('.glossary-list dt')) {
      expect(dt.nextElementSibling?.tagName).toBe('DD');
      expect(text(dt.nextElementSibling).length).toBeGreaterThan(20);
    }
  });

  it('has an index of the whole Vietnamese alphabet, in order', () => {
    const letters = [...page.querySelectorAll('.letter-index li')].map((li) => text(li).replace(/\s*\(.*\)$/, ''));
    expect(letters).toEqual(LETTERS);
  });

  it('links a letter only when terms file under it, and every link lands on that letter’s terms', () => {
    let linked = 0;
    for (const li of page.querySelectorAll('.letter-index li')) {
      const a = li.querySelector('a');
      const letter = text(li).replace(/\s*\(.*\)$/, '');
      const under = listed.filter((t) => text(t).normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC').toUpperCase().startsWith(letter));
      if (!a) {
        expect(under, `chữ ${letter}`).toEqual([]);
        continue;
      }
      linked++;
      const href = a.getAttribute('href')!;
      expect(href).toMatch(/^#/);
      const section = page.getElementById(href.slice(1));
      expect(section, href).not.toBeNull();
      expect(text(section!.querySelector('h2'))).toBe(letter);
      expect(section!.querySelectorAll('dt').length).toBe(under.length);
    }
    expect(linked).toBeGreaterThan(5);
  });
});

describe('/thuat-ngu/<slug>/', () => {
  it('has a page for every term, with its definition', () => {
    for (const t of terms) {
      const page = loadPage(`/thuat-ngu/${t.slug}/`);
      expect(text(page.querySelector('h1'))).toBe(t.term);
      expect(text(page.querySelector('.term-definition')).length).toBeGreaterThan(20);
      expect(page.querySelector('[data-pagefind-filter="kind"]')?.textContent).toBe('Thuật ngữ');
    }
  });

  it('lists the provisions each term rests on, each linked to an existing anchor of the directive', () => {
    for (const t of terms) {
      const page = loadPage(`/thuat-ngu/${t.slug}/`);
      const refs = [...page.querySelectorAll('.term-provisions a[data-provision-ref]')];
      expect(refs.map((a) => a.getAttribute('data-provision-ref')), t.slug).toEqual(t.provisions);
      for (const a of refs) {
        const [path, anchor] = a.getAttribute('href')!.split('#');
        expect(path).toBe(DIRECTIVE_PAGE);
        expect(directiveIds.has(anchor!), `${t.slug}: #${anchor}`).toBe(true);
      }
      // The provision is transcluded from the stored text, not retyped.
      expect(page.querySelectorAll('.term-provisions figure.provision-quote').length).toBe(t.provisions.length);
    }
  });

  it('lists the paragraphs of the directive that use the term, linked to existing anchors', () => {
    for (const t of terms) {
      const page = loadPage(`/thuat-ngu/${t.slug}/`);
      for (const a of page.querySelectorAll('.appearances a')) {
        const anchor = a.getAttribute('href')!.split('#')[1]!;
        expect(directiveIds.has(anchor), `${t.slug}: #${anchor}`).toBe(true);
      }
    }
    const anchorsOf = (slug: string) => [...loadPage(`/thuat-ngu/${slug}/`).querySelectorAll('.appearances a')].map((a) => a.getAttribute('href')!.split('#')[1]);
    expect(anchorsOf('giam-sat')).toEqual(['muc-4-doan-1', 'muc-4-doan-2', 'muc-4-doan-3', 'muc-5-doan-1']);
    expect(anchorsOf('cap-uy')).toContain('muc-4-doan-3');
    expect(anchorsOf('dang-uy-truc-thuoc')).toEqual(['mo-dau-doan-1', 'to-chuc-thuc-hien-doan-1']);
  });

  it('lists the modules that use the term, and each link resolves', () => {
    let withModules = 0;
    for (const t of terms) {
      const links = [...loadPage(`/thuat-ngu/${t.slug}/`).querySelectorAll('#bai-hoc + ul a')];
      if (links.length) withModules++;
      for (const a of links) expect(hasPage(a.getAttribute('href')!), a.getAttribute('href')!).toBe(true);
    }
    expect(withModules).toBeGreaterThan(terms.length / 2);
  });
});

describe('term links in modules', () => {
  const modulePages = readdirSync(join(contentDir, 'modules'))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => `/bai-hoc/${name.replace(/\.mdx$/, '')}/`);

  it('link each term at most once a module, to an existing term page, never inside a heading', () => {
    let total = 0;
    for (const path of modulePages) {
      const page = loadPage(path);
      const links = [...page.querySelectorAll('a.term-link')];
      total += links.length;
      const hrefs = links.map((a) => a.getAttribute('href')!);
      expect(new Set(hrefs).size, path).toBe(hrefs.length);
      for (const href of hrefs) expect(terms.some((t) => `/thuat-ngu/${t.slug}/` === href), href).toBe(true);
      expect(page.querySelectorAll('h1 a.term-link, h2 a.term-link, h3 a.term-link, h4 a.term-link').length).toBe(0);
    }
    expect(total).toBeGreaterThan(modulePages.length * 3);
  });

  it('link the first mention in the module text', () => {
    // Mục 5's module names Mặt trận Tổ quốc in its first paragraph; the link sits there, not later.
    const page = loadPage('/bai-hoc/muc-5-mat-tran-doan-the/');
    const link = page.querySelector('a.term-link[href="/thuat-ngu/mat-tran-to-quoc/"]');
    expect(link).not.toBeNull();
    const body = page.querySelector('.module-body')!;
    const firstParagraph = [...body.querySelectorAll('p')].find((p) => /Mặt trận Tổ quốc/.test(p.textContent ?? ''));
    expect(firstParagraph?.contains(link)).toBe(true);
  });
});
