/**
 * Big pages (book-length pages, long live blogs, archives) are read off the page's thread: the
 * core's cost grows faster than the page, and reading a 5 MB page in the page blocked its tab for
 * 16 s. The page's markup is serialised here in short slices, streamed to the background, read
 * there by the same core under linkedom (as the `verbatim` command does), and the article comes
 * back in pieces the reader adds one at a time. Normal pages never come here.
 */
import browser from 'webextension-polyfill';
import { MAX_PAGE_CHARS } from '../core/limits.js';
import { PageTooBigError, serialisePage } from './serialise.js';
export { isBigPage } from '../core/limits.js';
import type { ReadResult } from '../core/types.js';
import {
  READ_BIG_PORT,
  type BigPageAnswer,
  type BigPageRequest,
  type ContentRequest,
} from '../shared/messages.js';

export interface BigRead {
  result: ReadResult;
  /** The article's markup in pieces, when the result is an article. */
  pieces: string[];
}

/** Reads the page off its thread; resolves null when `cancelled` became true meanwhile. */
export async function readBigPage(
  doc: Document,
  options: { url: string; strip: boolean; cancelled: () => boolean },
): Promise<BigRead | null> {
  const request: ContentRequest = { type: 'verbatim:prepare-big' };
  if ((await browser.runtime.sendMessage(request)) !== true)
    throw new Error('the reader for long pages did not start');
  if (options.cancelled()) return null;
  const port = browser.runtime.connect({ name: READ_BIG_PORT });
  const send = (message: BigPageRequest): void => port.postMessage(message);
  const answered = new Promise<BigRead>((resolve, reject) => {
    let pending: BigRead | null = null;
    let expected = 0;
    port.onMessage.addListener((message: unknown) => {
      const m = message as BigPageAnswer;
      if (m.type === 'result') {
        pending = { result: m.result, pieces: [] };
        expected = m.parts;
      } else if (m.type === 'part' && pending) pending.pieces.push(m.part);
      if (!pending) return;
      if (pending.pieces.length === expected) resolve(pending);
      // One piece at a time, with the page's own work in between.
      else
        setTimeout(() => {
          if (!options.cancelled()) send({ type: 'more' });
        }, 0);
    });
    port.onDisconnect.addListener(() => reject(new Error('the background stopped reading')));
  });
  answered.catch(() => undefined); // a cancelled read disconnects before anyone awaits this
  try {
    send({ type: 'start', url: options.url, strip: options.strip });
    const complete = await serialisePage(
      doc,
      (part) => send({ type: 'markup', part }),
      options.cancelled,
    );
    if (!complete) return null;
    send({ type: 'end' });
    const read = await answered;
    return options.cancelled() ? null : read;
  } catch (error) {
    if (error instanceof PageTooBigError) {
      const limit = Math.round(MAX_PAGE_CHARS / 1e6);
      return {
        result: {
          ok: false,
          error: 'no-article',
          cause: 'too-big',
          message: `Verbatim cannot show this page: it holds more than ${limit} million characters of markup, the most Verbatim reads.`,
        },
        pieces: [],
      };
    }
    throw error;
  } finally {
    port.disconnect();
  }
}
