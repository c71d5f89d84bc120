/**
 * Quote marks in the article text, drawn with the CSS Custom Highlight API: no element is added
 * to the article, so paragraph offsets stay valid and nothing needs undoing but two registry
 * entries, which `clearHighlights` removes when the reader closes.
 */

export const QUOTE_HIGHLIGHT = 'verbatim-quote';
export const ACTIVE_HIGHLIGHT = 'verbatim-active';

function registry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function'
    ? CSS.highlights
    : null;
}

export function setHighlight(name: string, ranges: Range[]): void {
  const highlights = registry();
  if (!highlights) return;
  if (ranges.length) highlights.set(name, new Highlight(...ranges));
  else highlights.delete(name);
}

export function clearHighlights(): void {
  const highlights = registry();
  highlights?.delete(QUOTE_HIGHLIGHT);
  highlights?.delete(ACTIVE_HIGHLIGHT);
}

/** Scrolls `container` so the range sits a third of the way down, unless it is already in view. */
export function scrollToRange(container: Element, range: Range): void {
  const target = range.getBoundingClientRect();
  const box = container.getBoundingClientRect();
  const inView = target.top >= box.top + 60 && target.bottom <= box.bottom - 20;
  if (inView) return;
  container.scrollTo({ top: container.scrollTop + target.top - box.top - box.height / 3 });
}

/** The index of the quote whose ranges lie under a point, if any: clicking marked text selects its quote. */
export function rangeAt(quotes: Range[][], x: number, y: number): number {
  return quotes.findIndex((ranges) =>
    ranges.some((range) =>
      Array.from(range.getClientRects()).some(
        (r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom,
      ),
    ),
  );
}
