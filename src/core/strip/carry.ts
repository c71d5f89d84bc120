/**
 * Keeps markup hints alive through Readability. Readability replaces a <div> that holds a
 * single <p> with that paragraph, and the div's class ("newsletter-signup", "outbrain") is lost
 * with it (other unwrapped divs keep their attributes). Before the parse, a box's hint is copied onto its only child as a data attribute,
 * which Readability keeps and the strip stage reads.
 */
import { CARRIED_HINT_ATTR } from '../markers.js';
import { hintReason } from './hints.js';

/** `elements`: the page's elements, or at least all its <div>s (pre-cleaning walks the page once). */
export function carryHints(elements: Iterable<Element>): void {
  for (const box of elements) {
    // Cheapest tests first: most boxes hold several children.
    if (box.localName !== 'div') continue;
    const only = box.firstElementChild;
    if (
      !only ||
      only !== box.lastElementChild ||
      only.localName !== 'p' ||
      only.hasAttribute(CARRIED_HINT_ATTR)
    )
      continue;
    const reason = hintReason(box);
    if (reason) only.setAttribute(CARRIED_HINT_ATTR, reason);
  }
}
