/**
 * The site header on a phone (390×844 and 360×800): short enough to leave
 * the first screen to the page, its menu in even rows with no item alone on
 * one, nothing scrolled sideways, and the search box's example text whole.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser';

const site = useBrowser();

describe('the header on a phone', () => {
  it.each([
    { width: 390, height: 844 },
    { width: 360, height: 800 },
  ])('at $width px: at most 170 px tall, menu rows of two or more, example text not cut', async (viewport) => {
    const { page, context } = await site.open({ viewport, deviceScaleFactor: 1 });
    await page.goto(`${site.server.url}/`);
    expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(170);
    const rows = new Map<number, number>();
    for (const top of await page.locator('.site-nav a').evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)))) rows.set(top, (rows.get(top) ?? 0) + 1);
    expect(rows.size).toBeLessThanOrEqual(2);
    expect(Math.min(...rows.values())).toBeGreaterThanOrEqual(2);
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    // The placeholder, measured in the input's own font, fits the input's text box.
    const fit = await page.locator('#site-search-input').evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context2d = document.createElement('canvas').getContext('2d')!;
      context2d.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const box = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: context2d.measureText(input.placeholder).width, box };
    });
    expect(fit.text).toBeLessThanOrEqual(fit.box);
    await context.close();
  });
});
