/**
 * A big article's markup in pieces the reader can add one at a time (see read-page.ts). Standard
 * DOM only: the unit tests split under linkedom.
 */
import { isBlock, textLength } from '../core/blocks.js';
import { FILL_ATTR } from '../shared/article-pieces.js';

/** Pieces of about this many characters: each is parsed and laid out in a few milliseconds. */
const PIECE_CHARS = 200_000;
/**
 * The first piece is about a screen of text at most: the reader lays out only the pieces on
 * screen (content-visibility), and a whole first piece of a book took 30-50 ms in Chromium.
 */
const FIRST_PIECE_CHARS = 20_000;

const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function markupOf(node: Node): string {
  if (node.nodeType === 1) return (node as Element).outerHTML;
  if (node.nodeType === 3) return escapeText(node.textContent ?? '');
  return '';
}

/**
 * The article's markup in pieces the reader can add one at a time: the article as one piece
 * when its markup is short. Else the first piece is the article with its biggest container
 * emptied and marked with FILL_ATTR, the others are that container's children, in order.
 * Articles are a long run of paragraphs in one container, so one level is enough to keep every
 * piece small. `article` is the core's element, written out here once: it is emptied on the way.
 */
export function splitArticle(article: Element, { pieceChars = PIECE_CHARS } = {}): string[] {
  const textChars = textLength(article);
  // Markup is never shorter than its text: only an article of short text can be short.
  if (textChars <= pieceChars) {
    const whole = article.innerHTML;
    if (whole.length <= pieceChars) return [whole];
  }
  // The container is found by its text: measuring markup would serialise the book at each level.
  const half = textChars / 2;
  let container: Element = article;
  for (;;) {
    const holder = Array.from(container.children).find((child) => textLength(child) > half);
    if (!holder) break;
    container = holder;
  }
  const children = Array.from(container.childNodes);
  for (const child of children) child.remove();
  container.setAttribute(FILL_ATTR, '');
  const pieces = [article.innerHTML];
  let piece = '';
  for (const child of children) {
    piece += markupOf(child);
    const limit = pieces.length === 1 ? Math.min(pieceChars, FIRST_PIECE_CHARS) : pieceChars;
    // Cut only after a block: text running on inline would be split into two paragraphs.
    if (piece.length >= limit && isBlock(child)) {
      pieces.push(piece);
      piece = '';
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}
