/**
 * «Tải về Word (.docx)» on the four print views of a ready-made plan, in
 * Chromium on the built site: the docx library is fetched only on the
 * click; the file that comes down is a real .docx (a zip fflate opens)
 * whose text is the text the page prints (headings in Word's Heading
 * styles, table cells, sample lines with their diacritics), on A4 with the
 * margins of an administrative document, «Trang N/M» in the footer, and
 * named after the view and the class. Expectations come from the page's
 * DOM, not from the views' wording, which may change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { slugify } from '../src/lib/slug';
import { VIEWS, type ViewName } from '../src/ui/builder';
import { useBrowser } from './support/browser';
import { distDir } from './support/dist';

const site = useBrowser();
const PRINT = '/giang-vien/in/';

/** The built chunk of the docx library: the one script that writes NUMPAGES fields. */
const docxChunks = readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.js') && readFileSync(join(distDir, '_astro', f), 'utf8').includes('NUMPAGES'));

let fragment = '';
beforeAll(async () => {
  const { page, context } = await site.open();
  await page.goto(`${site.server.url}/giang-vien/`);
  const href = await page.locator(`a[href^="${PRINT}?ban=giao-an#v2="]`).first().getAttribute('href');
  fragment = href!.slice(href!.indexOf('#'));
  await context.close();
});

const squash = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

function decode(xml: string): string {
  return xml.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}

/** The paragraphs of a WordprocessingML part: their style and their text (tabs and breaks as white space). */
function paragraphs(xml: string) {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>(.*?)<\/w:p>/gs)].map(([, body]) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(body!)?.[1] ?? '',
    text: decode(
      [...body!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\/>/g)]
        .map((m) => m[1] ?? (m[2] === 'tab' ? '\t' : '\n'))
        .join(''),
    ),
  }));
}

/** Link addresses added after link text that does not say them: the page shows only the text. */
const withoutAddresses = (text: string) => text.replace(/ \(https?:\/\/[^\s)]+\)/g, '');

/** What the page prints, read from its DOM under print media. */
async function printedView(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const seen = await page.locator('#print-view').evaluate((root: HTMLElement) => {
    const shown = (el: Element) => el.checkVisibility();
    return {
      text: root.innerText,
      title: root.querySelector('h1')?.textContent ?? '',
      headings: [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(shown).map((h) => ({ level: Math.min(Number(h.tagName[1]), 4), text: (h as HTMLElement).innerText })),
      tables: [...root.querySelectorAll('table')].filter(shown).map((t) => [...t.querySelectorAll('td, th')].filter(shown).map((c) => (c as HTMLElement).innerText)),
    };
  });
  await page.emulateMedia({ media: 'screen' });
  return seen;
}

async function openView(view: ViewName) {
  const w = await site.open();
  const requests: string[] = [];
  w.page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await w.page.goto(`${site.server.url}${PRINT}?ban=${view}${fragment}`);
  await w.page.locator('#print-view h1').first().waitFor();
  await w.page.getByRole('button', { name: 'Tải về Word (.docx)' }).waitFor();
  return { ...w, requests };
}

const fetchedDocx = (requests: string[]) => requests.filter((p) => docxChunks.some((c) => p.endsWith(`/${c}`)));

async function downloadDocx(page: Page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về Word (.docx)' }).click()]);
  const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  const xml = Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels')).map(([name, bytes]) => [name, strFromU8(bytes)]));
  return { name: download.suggestedFilename(), xml };
}

describe('Tải về Word (.docx)', () => {
  it('the docx library is one built chunk, and the print page does not load it', () => {
    expect(docxChunks).toHaveLength(1);
  });

  for (const view of Object.keys(VIEWS) as ViewName[]) {
    it(`«${VIEWS[view]}»: a .docx with the page's content, on A4, with Heading styles and «Trang N/M»`, async () => {
      const { page, requests } = await openView(view);
      const printed = await printedView(page);
      expect(fetchedDocx(requests), 'docx fetched before the click').toEqual([]);

      const { name, xml } = await downloadDocx(page);
      expect(fetchedDocx(requests)).toHaveLength(1);
      expect(name).toBe(`${view}-${slugify(printed.title)}.docx`);
      expect(name).toMatch(/^[a-z0-9-]+\.docx$/);

      const body = xml['word/document.xml']!;
      expect(body, 'the main part').toBeDefined();
      const paras = paragraphs(body);
      const docText = paras.map((p) => p.text).join('\n');
      expect(docText).toBe(docText.normalize('NFC'));
      const flat = squash(withoutAddresses(docText));

      // What the view is, and for which class.
      expect(flat).toContain(squash(VIEWS[view]));
      expect(printed.title.trim()).not.toBe('');
      expect(flat).toContain(squash(printed.title));

      // Every heading the page prints, in order, as Word's Heading paragraphs.
      const headings = paras.filter((p) => /^Heading\d$/.test(p.style)).map((p) => `${p.style} ${squash(p.text)}`);
      expect(headings).toEqual(printed.headings.map((h) => `Heading${h.level} ${squash(h.text)}`));
      expect(headings.length).toBeGreaterThan(0);

      // Every line the page prints is in the document, in order, Vietnamese diacritics as on the page
      // (compared without spaces: Word gets a tab or a space where the page has a gap between boxes).
      const lines = printed.text.split('\n').map(squash).filter(Boolean);
      expect(lines.filter((l) => /[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/.test(l)).length).toBeGreaterThan(10);
      const unspaced = flat.replace(/ /g, '');
      let from = 0;
      for (const line of lines.map((l) => l.replace(/ /g, ''))) {
        const at = unspaced.indexOf(line, from);
        expect(at, `«${line}» after character ${from}`).toBeGreaterThanOrEqual(0);
        from = at + line.length;
      }

      // Every table the page prints, with bordered cells holding its cell texts (the docx may have more: boxes drawn as tables).
      // Innermost first: blocks set side by side become a layout table holding tables (the answer sheet's columns).
      const tables = innermostTables(body).map((t) => ({
        borders: /<w:tblBorders>.*?w:val="single".*?<\/w:tblBorders>/s.test(t),
        cells: [...t.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map(([, c]) => squash(withoutAddresses(paragraphs(c!).map((p) => p.text).join(' ')))),
      }));
      expect(tables.length).toBeGreaterThanOrEqual(printed.tables.length);
      for (const cells of printed.tables) expect(tables).toContainEqual({ borders: true, cells: cells.map(squash) });

      // A4 (11906 × 16838 twips); margins 20 mm top and bottom, 30 mm left, 15 mm right.
      expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      const margin = /<w:pgMar ([^>]*)\/>/.exec(body)?.[1] ?? '';
      for (const [side, twips] of Object.entries({ top: 1134, bottom: 1134, left: 1701, right: 850 })) expect(margin).toContain(`w:${side}="${twips}"`);

      // Times New Roman 13 pt body; Heading styles that Word's navigation pane lists.
      const styles = xml['word/styles.xml']!;
      expect(styles).toMatch(/<w:docDefaults>.*w:ascii="Times New Roman".*<w:sz w:val="2[68]"\/>.*<\/w:docDefaults>/s);
      expect(styles).toMatch(/w:styleId="Heading1".*?<w:outlineLvl w:val="0"\/>/s);

      // «Trang N/M»: a footer part with PAGE and NUMPAGES fields, referenced by the section.
      const footerName = Object.keys(xml).find((n) => /^word\/footer\d*\.xml$/.test(n))!;
      const footer = xml[footerName]!;
      expect(footer).toContain('>Trang <');
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
      expect(body).toMatch(/<w:footerReference w:type="default"/);
      expect(xml['[Content_Types].xml']).toContain('wordprocessingml.document.main+xml');
    });
  }

  it('says it is working while the file is made, then is ready again', async () => {
    const { page, context, requests } = await openView('giao-an');
    let downloads = 0;
    page.on('download', () => downloads++);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(`**/_astro/${docxChunks[0]}`, async (route) => {
      await held;
      await route.continue();
    });
    const button = page.locator('#docx-button');
    const download = page.waitForEvent('download');
    await button.click();
    await expect.poll(() => button.innerText()).toBe('Đang tạo tệp Word…');
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    // Still focused, so a keyboard user keeps their place; a second press makes no second file.
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await button.press('Enter');
    release();
    await download;
    await expect.poll(() => button.innerText()).toBe('Tải về Word (.docx)');
    expect(await button.getAttribute('aria-disabled')).toBeNull();
    expect(fetchedDocx(requests)).toHaveLength(1);
    expect(downloads).toBe(1);
  });

  it('says so in Vietnamese beside the button when the file cannot be made', async () => {
    const { page, context, consoleErrors } = await site.open({ allowErrors: true });
    await context.route(`**/_astro/${docxChunks[0]}`, (route) => route.abort());
    await page.goto(`${site.server.url}${PRINT}?ban=dap-an${fragment}`);
    const button = page.getByRole('button', { name: 'Tải về Word (.docx)' });
    await button.click();
    const alert = page.locator('#docx-error');
    await expect.poll(() => alert.isVisible()).toBe(true);
    expect(await alert.innerText()).toContain('Không tạo được tệp Word');
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await button.getAttribute('aria-disabled')).toBeNull();
    expect(consoleErrors.length).toBeGreaterThan(0);
  });

  it('is not offered where there is no plan to export', async () => {
    const { page } = await site.open();
    await page.goto(`${site.server.url}${PRINT}?ban=giao-an`);
    await page.locator('#print-view [role="alert"]').waitFor();
    expect(await page.locator('#docx-button').isHidden()).toBe(true);
    expect(await page.locator('#print-button').isVisible()).toBe(true);
  });
});

/** Word tables that hold no other table, each as its XML, whatever their nesting. */
function innermostTables(xml: string): string[] {
  const out: string[] = [];
  const open: { at: number; nested: boolean }[] = [];
  for (const m of xml.matchAll(/<w:tbl>|<\/w:tbl>/g)) {
    if (m[0] === '<w:tbl>') {
      if (open.length) open[open.length - 1]!.nested = true;
      open.push({ at: m.index + m[0].length, nested: false });
    } else {
      const start = open.pop();
      if (start && !start.nested) out.push(xml.slice(start.at, m.index));
    }
  }
  return out;
}
