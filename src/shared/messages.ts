/**
 * The messages that cross between the extension's contexts. One union per direction; every
 * receiver checks the sender and the payload before acting.
 */

export const COMMAND_TOGGLE = 'toggle-reader';

/** Content script → background. */
export type ContentRequest =
  | { type: 'verbatim:load-font'; font: 'dyslexic' }
  /** "Always open on this site", from the reader: the site is the sender's tab, never the message's. */
  | { type: 'verbatim:always-open' };

export function isContentRequest(value: unknown): value is ContentRequest {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    (v.type === 'verbatim:load-font' && v.font === 'dyslexic') || v.type === 'verbatim:always-open'
  );
}

/** The options page, opened to confirm "always open" for one site (a query parameter). */
export const ALWAYS_OPEN_PARAM = 'always-open';
