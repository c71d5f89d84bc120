/**
 * A big article's text and markup, put back together from its pieces. The page reader sends a
 * big article without them (core/read.ts made them; the view needs only the pieces), and Save
 * and Listen ask for them only when used.
 */
import { paragraphsOf } from '../core/blocks.js';
import { REMOVED_ATTR } from '../core/markers.js';
import type { Article } from '../core/types.js';
import { FILL_ATTR } from '../shared/article-pieces.js';

/**
 * `article` with the paragraphs, text and markup of `pieces` (background/split-article.ts), as
 * the core makes them: the paragraphs of the annotated article, the markup without the blocks
 * the strip stage removed. `inert` is a document with no scripts and no loads to parse them in.
 */
export function wholeArticle(
  article: Article,
  pieces: readonly string[],
  inert: Document,
): Article {
  const body = inert.createElement('div');
  // eslint-disable-next-line no-unsanitized/property -- core/sanitise's output, inert document
  body.innerHTML = pieces[0] ?? '';
  const fill = body.querySelector(`[${FILL_ATTR}]`) ?? body;
  fill.removeAttribute(FILL_ATTR);
  // eslint-disable-next-line no-unsanitized/method -- core/sanitise's output, inert document
  for (const piece of pieces.slice(1)) fill.insertAdjacentHTML('beforeend', piece);
  const paragraphs = paragraphsOf(body);
  for (const el of Array.from(body.querySelectorAll(`[${REMOVED_ATTR}]`))) el.remove();
  return { ...article, paragraphs, text: paragraphs.join('\n\n'), html: body.innerHTML };
}
