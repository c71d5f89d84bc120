/**
 * Readability as the core runs it: returning the article element itself (the strip stage and
 * the sanitiser work on nodes), keeping the page's classes for the strip stage, and with its
 * byline test made cheap.
 */
import { Readability } from '@mozilla/readability';

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

/** Readability's result, with the article as its element. */
export type Parsed = ReturnType<Readability<Element>['parse']>;

/** A Readability parse of `doc`, which it consumes. */
export function readabilityParse(doc: Document, options: { charThreshold?: number } = {}): Parsed {
  const reader = new Readability<Element>(doc, {
    serializer: (node) => node as Element,
    // Keep the page's classes: the strip stage reads them (related, promo, teaser…); the
    // sanitiser drops them afterwards.
    keepClasses: true,
    ...options,
  });
  cheapBylineTest(reader);
  return reader.parse();
}
