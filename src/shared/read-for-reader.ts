/**
 * read() as the reader calls it, in the page or for a big page elsewhere: a page it must not walk
 * (see core/limits.ts) or a bug becomes a message to show, never an exception in a view.
 */
import { PageLimitError } from '../core/limits.js';
import { read } from '../core/read.js';
import type { ReadResult } from '../core/types.js';

export function readForReader(doc: Document, options: { url: string; strip: boolean }): ReadResult {
  try {
    return read(doc, { ...options, embeds: 'link' });
  } catch (error) {
    if (error instanceof PageLimitError)
      return {
        ok: false,
        error: 'no-article',
        cause: 'too-deep',
        message: `Verbatim cannot show this page: ${error.message}.`,
      };
    console.error('Verbatim could not read this page', error);
    return {
      ok: false,
      error: 'no-article',
      cause: 'read-failed',
      message: 'Verbatim could not read this page.',
    };
  }
}
