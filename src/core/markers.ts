/**
 * The data attributes Verbatim writes into article markup, in one place: the core sets them, the
 * sanitiser lets exactly these through, and the reader, the paragraph walker and the CSS read
 * them. A page may write the same names itself, so every reader of a marker checks its value.
 */

/** On a block the strip stage hid; the value is its `RemovalReason`. */
export const REMOVED_ATTR = 'data-vb-removed';

/** On a link that stands in for a video embed until the reader swaps in the player. */
export const EMBED_ATTR = 'data-vb-embed';

/** On a paragraph whose box Readability unwrapped; the value is the box's `RemovalReason`. */
export const CARRIED_HINT_ATTR = 'data-vb-hint';

/**
 * Prefix of every id the article keeps: footnote and section targets of its own `#links`. The
 * prefix keeps them apart from the reader's own ids, and from anything the page names.
 */
export const ANCHOR_ID_PREFIX = 'vb-at-';

/** Written by the reader on a hidden block: the label shown when hidden items are revealed. */
export const LABEL_ATTR = 'data-vb-label';
