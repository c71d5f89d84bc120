/**
 * Readability as the core runs it: returning the article element itself (the strip stage and
 * the sanitiser work on nodes), keeping the page's classes for the strip stage, and with its
 * byline test and its link density made cheap.
 */
import { Readability } from '@mozilla/readability';
import { forEachText } from './blocks.js';

type BylineTest = (this: unknown, node: Element, matchString: string) => boolean;

/** The parts of Readability's instance that `cheapBylineTest` reaches; private, so all optional. */
interface BylineInternals {
  _isValidByline?: BylineTest;
  REGEXPS?: { byline?: RegExp };
}

/**
 * Until it has a byline, Readability asks of every element whether it is one, and takes the
 * element's whole text before its cheap tests (the element's rel, itemprop and class): on a page
 * without a byline that is the text of every container, again at each level of nesting, 90 ms of
 * a 1 MB book's read. The same test with its cheap part first: the text is taken only for an
 * element that names an author. The result is the same; when a release of Readability no longer
 * has the test under this name, its own runs unchanged.
 */
function cheapBylineTest(reader: object): void {
  const internals = reader as BylineInternals;
  const full = internals._isValidByline;
  const byline = internals.REGEXPS?.byline;
  if (typeof full !== 'function' || !(byline instanceof RegExp)) return;
  internals._isValidByline = function (node, matchString) {
    const namesAuthor =
      node.getAttribute('rel') === 'author' ||
      !!node.getAttribute('itemprop')?.includes('author') ||
      byline.test(matchString);
    return namesAuthor && full.call(this, node, matchString);
  };
}

type LinkDensity = (this: unknown, element: Element) => number;

/** The parts of Readability's instance that `cheapLinkDensity` reaches. */
interface LinkDensityInternals {
  _getLinkDensity?: LinkDensity;
  REGEXPS?: { hashUrl?: RegExp };
}

/** What Readability's inner text collapses to one space, and what `trim()` takes off. */
const SPACE_RUN = /\s{2,}/g;
const SPACE = /\s/;

/**
 * The length of Readability's inner text of `root` (its text trimmed, runs of white space made
 * one space), counted over the text nodes without building the text. Building it is the dear
 * part on a book: Chromium takes 20-40 ms to make the text of a megabyte article.
 */
export function innerTextLength(root: Node): number {
  let length = 0;
  let hasText = false;
  let endsInSpace = false;
  forEachText(root, (data) => {
    const text = data.replace(SPACE_RUN, ' ');
    // A space that starts the text, or follows one already counted, is trimmed or collapsed.
    const from = SPACE.test(text.charAt(0)) && (endsInSpace || !hasText) ? 1 : 0;
    if (from >= text.length) return;
    length += text.length - from;
    hasText = true;
    endsInSpace = SPACE.test(text.charAt(text.length - 1));
  });
  return endsInSpace ? length - 1 : length;
}

/**
 * Readability weighs every candidate by its link density, the share of its text inside links,
 * and takes the candidate's whole text only to measure its length: on a book that is the
 * article, its parent and the body, a megabyte string each (90 ms of a 1 MB book's read). The
 * same density with the lengths counted (`innerTextLength`); when a release of Readability no
 * longer has it under this name, its own runs unchanged.
 */
function cheapLinkDensity(reader: object): void {
  const internals = reader as LinkDensityInternals;
  const hashUrl = internals.REGEXPS?.hashUrl;
  if (typeof internals._getLinkDensity !== 'function' || !(hashUrl instanceof RegExp)) return;
  internals._getLinkDensity = function (element) {
    const textLength = innerTextLength(element);
    if (textLength === 0) return 0;
    let linkLength = 0;
    for (const link of Array.from(element.getElementsByTagName('a'))) {
      const href = link.getAttribute('href');
      // Readability's weights: a link within the page counts less than one away.
      const coefficient = href && hashUrl.test(href) ? 0.3 : 1;
      linkLength += innerTextLength(link) * coefficient;
    }
    return linkLength / textLength;
  };
}

/** Readability's result, with the article as its element. */
export type Parsed = ReturnType<Readability<Element>['parse']>;

/** A Readability parse of `doc`, which it consumes. */
export function readabilityParse(doc: Document, options: { charThreshold?: number } = {}): Parsed {
  return readerFor(doc, options).parse();
}

/** Readability set up for `doc` as the core runs it (see readabilityParse). */
export function readerFor(
  doc: Document,
  options: { charThreshold?: number } = {},
): Readability<Element> {
  const reader = new Readability<Element>(doc, {
    serializer: (node) => node as Element,
    // Keep the page's classes: the strip stage reads them (related, promo, teaser…); the
    // sanitiser drops them afterwards.
    keepClasses: true,
    ...options,
  });
  cheapBylineTest(reader);
  cheapLinkDensity(reader);
  return reader;
}
