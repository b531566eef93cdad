/**
 * ASCII ids for headings written in Markdown and MDX, by the same rule as
 * every other address on the site (lib/slug.ts: đ → d, marks dropped): "Các
 * văn bản của Thành ủy" → #cac-van-ban-cua-thanh-uy, where Astro's default
 * would keep the Vietnamese letters. A second heading with the same words
 * gets "-2". Astro's own heading pass keeps ids that are already set.
 */
import type { Element, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { slugify } from '../lib/slug';

const HEADING = /^h[1-6]$/;

function textOf(node: Element): string {
  let out = '';
  visit(node, 'text', (t: Text) => void (out += t.value));
  return out;
}

export function rehypeHeadingIds() {
  return (tree: Root) => {
    const used = new Map<string, number>();
    visit(tree, 'element', (node: Element) => {
      if (!HEADING.test(node.tagName) || node.properties.id) return;
      const base = slugify(textOf(node)) || 'muc';
      const n = (used.get(base) ?? 0) + 1;
      used.set(base, n);
      node.properties.id = n === 1 ? base : `${base}-${n}`;
    });
  };
}
