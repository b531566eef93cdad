/**
 * «Tải về Word (.docx)» of the print views: the rendered #print-view, walked
 * into a document model (src/lib/docx-model.ts) with what only the browser
 * knows (the print stylesheet, list styles, column widths), then written
 * by the `docx` library, fetched here and only now (import() on click).
 */
import { docxFileName, listFormatOf, modelFromDom, type BoxPlace, type DomHints } from '../../lib/docx-model';
import { buildDocument } from '../../lib/docx-document';
import { download } from '../download';
import { UNTITLED, VIEWS, type ViewName } from '../../ui/builder';
import { SITE_NAME } from '../../ui/strings';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Selectors of the page's stylesheets: what paper hides, and what starts a new page. */
function printRules() {
  const hide: string[] = [];
  const breaks: string[] = [];
  const visit = (rules: CSSRuleList, print: boolean) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) {
        // Only print rules count for hiding; rules for other media (a narrow screen) do not.
        if (/\bprint\b/.test(rule.media.mediaText) && !/\bnot\b/.test(rule.media.mediaText)) visit(rule.cssRules, true);
      } else if (rule instanceof CSSStyleRule) {
        if (print && rule.style.display === 'none') hide.push(rule.selectorText);
        if (rule.style.breakBefore === 'page' || rule.style.pageBreakBefore === 'always') breaks.push(rule.selectorText);
      } else if (rule instanceof CSSGroupingRule) visit(rule.cssRules, print);
    }
  };
  for (const sheet of document.styleSheets) {
    const media = sheet.media.mediaText;
    if (media && !/\b(print|all)\b/.test(media)) continue;
    try {
      visit(sheet.cssRules, /\bprint\b/.test(media));
    } catch {
      // A sheet whose rules cannot be read adds nothing.
    }
  }
  const matcher = (selectors: string[]) => (el: Element) =>
    selectors.some((s) => {
      try {
        return el.matches(s);
      } catch {
        return false; // selectors with pseudo-elements match no element
      }
    });
  return { hidden: matcher(hide), breakBefore: matcher(breaks) };
}

function hints(): DomHints {
  const rules = printRules();
  return {
    base: location.href,
    skip: rules.hidden,
    breakBefore: rules.breakBefore,
    listFormat: (list) => listFormatOf(getComputedStyle(list).listStyleType),
    align: (el) => {
      const align = getComputedStyle(el).textAlign;
      return align.includes('center') ? 'center' : align === 'right' || align === 'end' ? 'right' : undefined;
    },
    // The widths the screen gives the columns, from the row that has a cell for each.
    columnWidths: (table) => {
      const rows = [...table.querySelectorAll('tr')].map((tr) => [...tr.children]);
      const full = rows.filter((cells) => cells.every((c) => !c.hasAttribute('colspan') || c.getAttribute('colspan') === '1')).sort((a, b) => b.length - a.length)[0];
      const widths = full?.map((c) => c.getBoundingClientRect().width) ?? [];
      return widths.length && widths.every((w) => w > 0) ? widths : undefined;
    },
    apart: (el) => {
      const style = getComputedStyle(el);
      return style.display.startsWith('inline-') && (parseFloat(style.marginLeft) > 0 || parseFloat(style.marginRight) > 0);
    },
    look: (el) => {
      const style = getComputedStyle(el);
      return { bold: Number(style.fontWeight) >= 600, italics: style.fontStyle !== 'normal', caps: style.textTransform === 'uppercase' };
    },
    boxes: (el) => {
      const style = getComputedStyle(el);
      const sideBySide = style.display.includes('grid') || (style.display.includes('flex') && style.flexDirection.startsWith('row'));
      if (!sideBySide) return undefined;
      const rects = [...el.children].map((c) => c.getBoundingClientRect());
      // Lines of boxes, top to bottom, by where each box starts.
      const tops = [...new Set(rects.filter((r) => r.width > 0).map((r) => Math.round(r.top)))].sort((a, b) => a - b);
      return [...el.children].map((child, i): BoxPlace | null => {
        const rect = rects[i]!;
        if (!rect.width) return null;
        const look = getComputedStyle(child);
        const drawn = (side: 'Top' | 'Left') => look[`border${side}Style`] !== 'none' && parseFloat(look[`border${side}Width`]) > 0;
        return { row: tops.indexOf(Math.round(rect.top)), width: rect.width, height: rect.height, bordered: drawn('Top') && drawn('Left') };
      });
    },
  };
}

/** The view shown, as print.ts reads it from ?ban=. */
function currentView(): ViewName {
  const param = new URLSearchParams(location.search).get('ban') ?? 'giao-an';
  return Object.hasOwn(VIEWS, param) ? (param as ViewName) : 'giao-an';
}

/** Writes the shown view as a .docx and hands it to the browser to save. */
export async function exportDocx(root: HTMLElement): Promise<void> {
  const view = currentView();
  const title = (root.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim() || UNTITLED;
  const model = modelFromDom(root, hints());
  if (!model.blocks.length) throw new Error('Trang in chưa có nội dung để xuất ra Word');
  const lib = await import('docx');
  const doc = buildDocument(lib, model, {
    title: `${VIEWS[view]}: ${title}`,
    header: document.documentElement.dataset.printHeader || document.title,
    creator: SITE_NAME,
    pageWord: 'Trang',
  });
  download(docxFileName(view, title), await lib.Packer.toBlob(doc), DOCX_TYPE);
}
