/**
 * Every page is read off its own thread, by the extension's page reader (background/read-page.ts:
 * an offscreen document in Chrome, the event page in Firefox), with the browser's own parser and
 * the same core. So the core (Readability, the strip stage, the quote rules) is never injected
 * into the page, and the page's tab keeps running while it is read.
 *
 * A normal page's markup goes over in one message and its result comes back whole. A big page
 * (book-length pages, long live blogs, archives: core/limits.ts) is serialised in short slices so
 * the page never stalls, and its article comes back in pieces the reader adds one at a time.
 */
import browser from 'webextension-polyfill';
import { MAX_PAGE_CHARS } from '../core/limits.js';
import { PageTooBigError, serialisePage } from './serialise.js';
export { isBigPage } from '../core/limits.js';
import type { ReadResult } from '../core/types.js';
import {
  READ_PORT,
  type ReadAnswer,
  type ReadRequest,
  type ContentRequest,
} from '../shared/messages.js';

export interface PageRead {
  result: ReadResult;
  /** A big article's markup in pieces (the result then leaves it out); undefined otherwise. */
  pieces: string[] | undefined;
}

/** The page's markup in one piece: a normal page serialises in milliseconds. */
function serialiseWhole(doc: Document, emit: (part: string) => void): boolean {
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : '';
  emit(doctype + (doc.documentElement?.outerHTML ?? ''));
  return true;
}

/** Reads the page off its thread; resolves null when `cancelled` became true meanwhile. */
export async function readPage(
  doc: Document,
  options: { url: string; strip: boolean; big: boolean; cancelled: () => boolean },
): Promise<PageRead | null> {
  const request: ContentRequest = { type: 'verbatim:prepare-reader' };
  if ((await browser.runtime.sendMessage(request)) !== true)
    throw new Error('the page reader did not start');
  if (options.cancelled()) return null;
  const port = browser.runtime.connect({ name: READ_PORT });
  const send = (message: ReadRequest): void => port.postMessage(message);
  const answered = new Promise<PageRead>((resolve, reject) => {
    let pending: { result: ReadResult; pieces: string[] } | null = null;
    let expected = 0;
    port.onMessage.addListener((message: unknown) => {
      const m = message as ReadAnswer;
      if (m.type === 'result') {
        pending = { result: m.result, pieces: [] };
        expected = m.parts;
      } else if (m.type === 'part' && pending) pending.pieces.push(m.part);
      if (!pending) return;
      if (expected === 0) resolve({ result: pending.result, pieces: undefined });
      else if (pending.pieces.length === expected) resolve(pending);
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
    const emit = (part: string): void => send({ type: 'markup', part });
    const complete = options.big
      ? await serialisePage(doc, emit, options.cancelled)
      : serialiseWhole(doc, emit);
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
          message: `Verbatim cannot show this page: it holds more than ${limit} million characters of markup, the most Verbatim reads.`,
        },
        pieces: undefined,
      };
    }
    throw error;
  } finally {
    port.disconnect();
  }
}
