/**
 * The messages that cross between the extension's contexts. One union per direction; every
 * receiver checks the sender and the payload before acting.
 */

import { isFeature, type Feature } from './features.js';

export const COMMAND_TOGGLE = 'toggle-reader';

/** Content script → background. */
export type ContentRequest =
  /** Inject a feature script on first use (see shared/features.ts). */
  | { type: 'verbatim:load-feature'; feature: Feature }
  /** "Always open on this site", from the reader: the site is the sender's tab, never the message's. */
  | { type: 'verbatim:always-open' }
  /** Start the page reader (read-page.js) before connecting to it. */
  | { type: 'verbatim:prepare-reader' };

export function isContentRequest(value: unknown): value is ContentRequest {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    (v.type === 'verbatim:load-feature' && isFeature(v.feature)) ||
    v.type === 'verbatim:always-open' ||
    v.type === 'verbatim:prepare-reader'
  );
}

/** The options page, opened to confirm "always open" for one site (a query parameter). */
export const ALWAYS_OPEN_PARAM = 'always-open';

/**
 * Pages are read off the page's thread (see content/read-page.ts): the content script opens a
 * port of this name and streams the page's markup to the page reader, which answers with the
 * result and, for a big article, the article's markup in pieces. Pieces keep every message far
 * below Chrome's 64 MB message limit and each one quick to decode.
 */
export const READ_PORT = 'verbatim:read';

/** Content script → page reader, on the READ_PORT port. */
export type ReadRequest =
  | { type: 'start'; url: string }
  | { type: 'markup'; part: string }
  /** The strip setting comes last: the page's markup goes over while the settings load. */
  | { type: 'end'; strip: boolean }
  /** Asks for the next piece of the article (see PIECES_AHEAD). */
  | { type: 'more' };

/**
 * A big article's pieces on their way at a time: one comes while the reader adds the one before,
 * and the page runs between them. The first ones follow the result unasked (a round trip
 * sooner); each that comes asks for the next.
 */
export const PIECES_AHEAD = 2;

/** Page reader → content script, on the READ_PORT port. */
export type ReadAnswer =
  /**
   * The result, whole when `parts` is 0. Else its article's markup follows in `parts` pieces,
   * and its quotations (left out of the result) after the last piece.
   */
  | { type: 'result'; result: import('../core/types.js').ReadResult; parts: number }
  | { type: 'part'; part: string }
  | ({ type: 'quotes' } & import('../core/read.js').ArticleQuotes);
