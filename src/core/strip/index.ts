/**
 * The strip stage: finds the blocks of an extracted article that do not belong to its story
 * (unrelated stories pasted in, teasers, promo boxes, author footers, comment prompts).
 *
 * It runs on Readability's output BEFORE sanitising, so class, id, role, aria and data
 * attributes are still there to read. It does not detach anything: it returns the elements to
 * hide with a reason, and the sanitiser marks their copies, so the reader can show them again
 * in place. Ties go to keeping: never remove the article's own words.
 */

export interface StripContext {
  /** The article's title, as the page gives it. */
  title: string | null;
  url: string | null;
}

/** Elements to hide, each with its reason ("unrelated-story", "promo", "related-links", …). */
export type Removals = Map<Element, string>;

export function findUnrelated(_content: Element, _context: StripContext): Removals {
  return new Map();
}
