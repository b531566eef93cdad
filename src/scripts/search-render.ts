/**
 * DOM for search results, built with text nodes only: the query and the
 * excerpts never pass through innerHTML, and the one element an excerpt may
 * carry is <mark>.
 */
import type { ExcerptPiece } from '../lib/excerpt';

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function appendPieces(target: HTMLElement, pieces: readonly ExcerptPiece[]): HTMLElement {
  for (const piece of pieces) target.append(piece.marked ? element('mark', undefined, piece.text) : document.createTextNode(piece.text));
  return target;
}

export function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const a = element('a', className, text);
  a.href = href;
  return a;
}
