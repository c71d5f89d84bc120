/**
 * A big article's markup in pieces the reader can add one at a time (see read-page.ts). Standard
 * DOM only: the extension splits with DOMParser, the unit tests with linkedom.
 */
import { isBlock, textLength } from '../core/blocks.js';
import { FILL_ATTR } from '../shared/article-pieces.js';

/** Pieces of about this many characters: each is parsed and laid out in a few milliseconds. */
const PIECE_CHARS = 200_000;

const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function markupOf(node: Node): string {
  if (node.nodeType === 1) return (node as Element).outerHTML;
  if (node.nodeType === 3) return escapeText(node.textContent ?? '');
  return '';
}

/**
 * The article's markup in pieces the reader can add one at a time. The first piece is the
 * article with its biggest container emptied and marked with FILL_ATTR; the others are that
 * container's children, in order. Articles are a long run of paragraphs in one container, so
 * one level is enough to keep every piece small.
 */
export function splitArticle(
  html: string,
  parse: (html: string) => Document,
  { pieceChars = PIECE_CHARS } = {},
): string[] {
  if (html.length <= pieceChars) return [html];
  const root = parse('<!doctype html><html><head></head><body></body></html>').body;
  // eslint-disable-next-line no-unsanitized/property -- the core's sanitised output, inert document
  root.innerHTML = html;
  // The container is found by its text: measuring markup would serialise the book at each level.
  const half = textLength(root) / 2;
  let container: Element = root;
  for (;;) {
    const holder = Array.from(container.children).find((child) => textLength(child) > half);
    if (!holder) break;
    container = holder;
  }
  const children = Array.from(container.childNodes);
  for (const child of children) child.remove();
  container.setAttribute(FILL_ATTR, '');
  const pieces = [root.innerHTML];
  let piece = '';
  for (const child of children) {
    piece += markupOf(child);
    // Cut only after a block: text running on inline would be split into two paragraphs.
    if (piece.length >= pieceChars && isBlock(child)) {
      pieces.push(piece);
      piece = '';
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}
