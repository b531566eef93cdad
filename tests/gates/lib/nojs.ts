/**
 * A reading page with JavaScript off must show its content: the main region
 * and its heading visible, its text there to read, and no message saying the
 * page needs JavaScript. Run it on a page opened with javaScriptEnabled: false.
 */
import type { Page } from 'playwright-core';

/** Wording of a "this page needs JavaScript" message, in Vietnamese or English. */
export const NEEDS_JS = /(cần|bật|hãy|yêu cầu)[^.]{0,40}javascript|javascript[^.]{0,40}(required|is disabled|must be enabled)|enable javascript/i;

/** Least share of main's text (outside hidden elements and closed details) that must be visible. */
const MIN_VISIBLE_SHARE = 0.7;
const MIN_TEXT = 80;

export interface NoJsReport {
  problems: string[];
  visibleChars: number;
  textChars: number;
}

export async function checkReadableWithoutJs(page: Page): Promise<NoJsReport> {
  const facts = await page.evaluate(() => {
    const main = document.querySelector('main');
    const visible = (el: Element | null) => !!el && (el as HTMLElement).checkVisibility({ opacityProperty: true, visibilityProperty: true });
    if (!main) return null;
    const h1 = main.querySelector('h1');
    // Text that a reader should see: leave out what is hidden on purpose
    // (hidden attribute, closed <details> bodies, <template>, <noscript>, visually-hidden labels).
    const clone = main.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('[hidden], template, noscript, script, style, .visually-hidden, [aria-hidden="true"]')) el.remove();
    for (const d of clone.querySelectorAll('details:not([open])')) for (const child of [...d.children]) if (child.tagName !== 'SUMMARY') child.remove();
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const body = document.body.innerText;
    return {
      mainVisible: visible(main),
      h1Visible: visible(h1),
      h1Text: norm(h1?.textContent ?? ''),
      visibleText: norm(main.innerText),
      expectedText: norm(clone.textContent ?? ''),
      bodyText: norm(body),
    };
  });
  if (!facts) return { problems: ['không có <main>'], visibleChars: 0, textChars: 0 };
  const problems: string[] = [];
  if (!facts.mainVisible) problems.push('<main> bị ẩn khi tắt JavaScript');
  if (!facts.h1Visible || !facts.h1Text) problems.push('không thấy tiêu đề <h1> trong <main>');
  if (facts.visibleText.length < MIN_TEXT) problems.push(`<main> chỉ hiện ${facts.visibleText.length} ký tự`);
  const share = facts.expectedText.length ? facts.visibleText.length / facts.expectedText.length : 0;
  if (share < MIN_VISIBLE_SHARE) problems.push(`chỉ ${Math.round(share * 100)}% chữ trong <main> hiện ra (${facts.visibleText.length}/${facts.expectedText.length} ký tự)`);
  const m = NEEDS_JS.exec(facts.bodyText);
  if (m) problems.push(`trang hiện thông báo cần JavaScript: «${m[0]}»`);
  return { problems, visibleChars: facts.visibleText.length, textChars: facts.expectedText.length };
}
