/**
 * What the core refuses to read, with a message a person can act on. A browser never builds a
 * tree deeper than this from markup (Chromium's HTML parser nests at most 512 elements and puts
 * the rest beside the last one), so only a script or a crafted file does. Readability's cleaning
 * is quadratic in depth (5 s at 500 levels, 23 s at 1,000) and deeper trees overflow the stack.
 */
export const MAX_NESTING = 512;

/** A page the core will not read; its message is one line, fit to show as it is. */
export class PageLimitError extends Error {
  override name = 'PageLimitError';
}

/** True when some element sits more than `limit` levels below `root`. Iterative: no recursion. */
export function nestedDeeperThan(root: Element, limit: number): boolean {
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling)
      stack.push([child, depth + 1]);
  }
  return false;
}

/** Throws PageLimitError for a page the core must not walk. */
export function checkLimits(doc: Document): void {
  if (doc.documentElement && nestedDeeperThan(doc.documentElement, MAX_NESTING))
    throw new PageLimitError(
      `the page nests elements more than ${MAX_NESTING} deep, which no browser builds from markup; Verbatim does not read it`,
    );
}

/** True when `root` holds more than `limit` elements. Iterative, and stops once past the limit. */
export function moreElementsThan(root: Element, limit: number): boolean {
  let count = 0;
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (++count > limit) return true;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling)
      stack.push(child);
  }
  return false;
}

/**
 * Pages above this many characters of markup are not read: a book-length page of 20 MB takes
 * about a minute to read off the page's thread, and past this size the reader's own copy of
 * the article would use more memory than a tab should. The reader says so instead.
 */
export const MAX_PAGE_CHARS = 48_000_000;

/**
 * A page is big when it has more paragraphs than any news story runs to, or more text than a
 * long-form feature. Reading one stalls the page's thread for seconds (a 1 MB article: 3 s), so
 * the extension serialises it in slices and shows its article in pieces (content/read-page.ts). Every page of the Zyte
 * corpus stays below both (bench/identity.ts prints the largest).
 */
export const BIG_PAGE = { paragraphs: 1_500, textChars: 600_000 };

/** Characters of text in the body, without what scripts and styles hold (often megabytes). */
function bodyTextLength(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  let length = body.textContent?.length ?? 0;
  for (const el of Array.from(body.querySelectorAll('script, style, noscript, template')))
    length -= el.textContent?.length ?? 0;
  return length;
}

export function isBigPage(doc: Document): boolean {
  return (
    doc.getElementsByTagName('p').length > BIG_PAGE.paragraphs ||
    bodyTextLength(doc) > BIG_PAGE.textChars
  );
}
