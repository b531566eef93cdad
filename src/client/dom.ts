/**
 * Builds DOM from data, for every script of the site. Text always goes in as
 * text nodes, never as HTML, so content and queries cannot inject markup (and
 * the Trusted Types policy has nothing to refuse).
 */
import type { ExcerptPiece } from '../lib/excerpt';
import { numberRuns } from '../lib/document-mentions';
type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = String(value);
    else if (key in el && typeof value !== 'string' && key !== 'list') (el as unknown as Record<string, unknown>)[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

export function $(selector: string, root: ParentNode = document): HTMLElement {
  const el = root.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`Thiếu phần tử ${selector}`);
  return el;
}

/** Multi-line text as lines separated by <br>, still as text nodes. */
export function lines(text: string): Child[] {
  return text.split('\n').flatMap((line, i) => (i ? [document.createElement('br'), line] : [line]));
}

/** Search excerpts: text nodes, with the one element an excerpt may carry, <mark>, around matched words. */
export function appendPieces(target: HTMLElement, pieces: readonly ExcerptPiece[]): HTMLElement {
  for (const piece of pieces) target.append(piece.marked ? h('mark', {}, piece.text) : document.createTextNode(piece.text));
  return target;
}

export const link = (href: string, text: string, className?: string) => h('a', { href, class: className }, text);

/** Text with each document number in a <span class="doc-number">, kept on one line (site.css); the text is unchanged. */
export const withNumbers = (text: string): Child[] => numberRuns(text).map((run) => (typeof run === 'string' ? run : h('span', { class: 'doc-number' }, run.number)));
