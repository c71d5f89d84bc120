/**
 * The right story on a page that holds several: infinite-scroll pages append the next article
 * below the first, and some pages put full stories side by side. Readability picks the block
 * with the most text, which may be the wrong one. The page's address and title say which story
 * the reader asked for; the others leave before Readability runs.
 */
import { normaliseSpace } from '../blocks.js';

/** A story long enough to be read on its own (characters); shorter boxes are teasers, left to the strip stage. */
const MIN_STORY_CHARS = 500;

const isStoryBox = (el: Element): boolean =>
  el.localName === 'article' || /Article|BlogPosting/i.test(el.getAttribute('itemtype') ?? '');

function insideStoryBox(el: Element): boolean {
  for (let at = el.parentElement; at; at = at.parentElement) if (isStoryBox(at)) return true;
  return false;
}
/** Share of a story's headline words that the page title or address must hold to name it. */
const MIN_MATCH = 0.6;

const tokens = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [];

function pageTitle(doc: Document): string {
  const og = doc
    .querySelector('meta[property="og:title"], meta[name="twitter:title"]')
    ?.getAttribute('content');
  return normaliseSpace(og || doc.querySelector('title')?.textContent || '');
}

/** The words of the address's path: "/world/2024/pompeo-north-korea-trip" → pompeo, north, korea, trip. */
function addressWords(url: string | null): string[] {
  if (!url) return [];
  try {
    return tokens(decodeURIComponent(new URL(url).pathname).replace(/[-_/.+]/g, ' '));
  } catch {
    return [];
  }
}

/** Separate stories: <article> or schema.org Article boxes, none inside another, each long enough. */
function storyBoxes(elements: Iterable<Element>): Element[] {
  const outer = [...elements].filter((el) => isStoryBox(el) && !insideStoryBox(el));
  // Most pages have one story box or none: stop before reading any text.
  if (outer.length < 2) return [];
  return outer.filter(
    (box) =>
      box.querySelector('h1, h2, h3') !== null && (box.textContent ?? '').length >= MIN_STORY_CHARS,
  );
}

/** How well the page's title and address name this story's headline (0 to 1). */
function match(box: Element, wanted: ReadonlySet<string>): number {
  const headline = box.querySelector('h1') ?? box.querySelector('h2, h3');
  const words = tokens(headline?.textContent ?? '');
  if (!words.length) return 0;
  return words.filter((word) => wanted.has(word)).length / words.length;
}

/**
 * Removes from `doc` the stories other than the one the address and title point to. Does
 * nothing unless exactly one story is clearly named: when in doubt, Readability decides.
 * `elements` may be given to spare a walk of the page: any list holding all its <article>
 * and [itemtype] elements.
 */
export function keepNamedStory(
  doc: Document,
  url: string | null,
  elements: Iterable<Element> = doc.querySelectorAll('article, [itemtype]'),
): void {
  const boxes = storyBoxes(elements);
  if (boxes.length < 2) return;
  const wanted = new Set([...tokens(pageTitle(doc)), ...addressWords(url)]);
  const scores = boxes.map((box) => match(box, wanted));
  const best = Math.max(...scores);
  const named = boxes.filter((_, i) => scores[i] === best);
  if (best < MIN_MATCH || named.length !== 1) return;
  for (const box of boxes)
    if (box !== named[0] && scores[boxes.indexOf(box)]! < best - 0.2) box.remove();
}
