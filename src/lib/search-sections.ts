/**
 * A page as the index holds it (its words, and the elements with an id at
 * their word positions), cut into the parts a search result can point to:
 * the headed sections, and the paragraphs of a held text (the directive's
 * «Mục 4, đoạn 2» at #muc-4-doan-2). Pagefind's own sub-results stop at
 * headings; its anchors (every element with an id) reach the paragraphs.
 */
import { paragraphLabel, parseParagraphAnchor } from './provisions';

export interface IndexAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

export interface PageSection {
  url: string;
  title: string;
  /** The section's own words, without its heading. */
  text: string;
  /** Set for a paragraph of a held text: the part it belongs to. */
  part?: { url: string; title: string };
}

export interface PageParts {
  /** The words before the first section (the page's title and summary). */
  lead: string;
  /** Every word of the page but the facts section. */
  body: string;
  sections: PageSection[];
}

/** The document's facts (DocumentFacts.astro): number, type, issuer… shown as fields of the result, never as a snippet. */
export const FACTS_ANCHOR = 'thuoc-tinh';

/** Pagefind's own word separators, so positions line up with its anchors' locations. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

const wordCount = (text: string | undefined) => (text?.trim() ? text.trim().split(WORD_SEPARATORS).length : 0);

/** `content` and the anchors' text as the page shows them (decoded from the index's encoding). */
export function pageParts(url: string, content: string, anchors: readonly IndexAnchor[]): PageParts {
  const words = content.split(WORD_SEPARATORS);
  const sorted = [...anchors].sort((a, b) => a.location - b.location);
  const byId = new Map(sorted.map((a) => [a.id, a]));
  const headings = sorted.filter((a) => /^h[1-6]$/i.test(a.element) && a.text?.trim());
  const paragraphs = sorted.flatMap((a) => {
    const parsed = a.element.toLowerCase() === 'p' ? parseParagraphAnchor(a.id) : null;
    const part = parsed ? byId.get(parsed.part) : undefined;
    return parsed && part?.text?.trim() ? [{ anchor: a, part, index: parsed.index }] : [];
  });
  const starts = [...new Set([...headings, ...paragraphs.map((p) => p.anchor)].map((a) => a.location))].sort((a, b) => a - b);
  const nextStart = (location: number) => starts.find((l) => l > location) ?? words.length;
  const facts = byId.get(FACTS_ANCHOR);
  const factsRange = facts && /^h[1-6]$/i.test(facts.element) ? [facts.location, nextStart(facts.location)] : null;
  const slice = (from: number, to: number, skip: readonly (readonly number[])[] = []) =>
    words
      .slice(from, to)
      .filter((_, i) => !skip.some(([a, b]) => from + i >= a! && from + i < b!))
      .join(' ')
      .trim();

  const sections: PageSection[] = [];
  for (const h of headings) {
    if (h.id === FACTS_ANCHOR) continue;
    const text = slice(h.location + wordCount(h.text), nextStart(h.location));
    if (text) sections.push({ url: `${url}#${h.id}`, title: h.text!.trim(), text });
  }
  for (const { anchor, part, index } of paragraphs) {
    const own = wordCount(anchor.text);
    // Elements with an id inside the paragraph (a footnote marker) are words of their own in the index, not of the text.
    const inside = sorted.filter((a) => a.location > anchor.location && a.location < anchor.location + own);
    const skip = inside.map((a) => [a.location, a.location + Math.max(1, wordCount(a.text))]);
    const end = Math.min(anchor.location + own + inside.reduce((n, a) => n + Math.max(1, wordCount(a.text)), 0), nextStart(anchor.location));
    const count = paragraphs.filter((p) => p.part === part).length;
    const partTitle = part.text!.trim();
    // The page shows "Mục 4, đoạn 2" before a paragraph of a part with several (the part only when landed on); the result names it instead.
    const text = dropNumberLabel(slice(anchor.location, end, skip), partTitle, index, count);
    if (text) sections.push({ url: `${url}#${anchor.id}`, title: paragraphLabel(partTitle, index, count), text, part: { url: `${url}#${part.id}`, title: partTitle } });
  }
  sections.sort((a, b) => order(a) - order(b));
  function order(s: PageSection): number {
    return byId.get(s.url.slice(s.url.indexOf('#') + 1))?.location ?? 0;
  }
  return {
    lead: slice(0, starts[0] ?? words.length),
    body: slice(0, words.length, factsRange ? [factsRange] : []),
    sections,
  };
}

function dropNumberLabel(text: string, partTitle: string, index: number, count: number): string {
  const label = `${partTitle}, đoạn ${index + 1} `;
  return count > 1 && text.startsWith(label) ? text.slice(label.length) : text;
}
