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
import { pageMarkup, PageTooBigError, serialisePage } from './serialise.js';
export { isBigPage } from '../core/limits.js';
import type { ReadResult } from '../core/types.js';
import type { ArticleQuotes } from '../core/read.js';
import { ArticlePieces } from '../shared/article-pieces.js';
import {
  PIECES_AHEAD,
  READ_PORT,
  type ReadAnswer,
  type ReadRequest,
  type ContentRequest,
} from '../shared/messages.js';

export interface PageRead {
  result: ReadResult;
  /**
   * A big article's markup, in pieces that are still coming (the result leaves it out);
   * undefined otherwise.
   */
  pieces: ArticlePieces | undefined;
  /**
   * A big article's quotations, which follow its last piece (the result's lists are empty until
   * then); null if the page reader stopped first. Undefined when the result has them.
   */
  quotes?: Promise<ArticleQuotes | null>;
}

/** Nobody answered on the port: the page reader is not running (yet, or any more). */
class NoReaderError extends Error {}

type ReadOptions = {
  url: string;
  /** A promise while the settings are still loading: the markup goes over meanwhile. */
  strip: boolean | Promise<boolean>;
  big: boolean;
  cancelled: () => boolean;
};
/** Sends the page's markup in parts through `emit`; false when the read was cancelled meanwhile. */
type Serialise = (emit: (part: string) => void) => Promise<boolean> | boolean;

async function startReader(): Promise<void> {
  const request: ContentRequest = { type: 'verbatim:prepare-reader' };
  if ((await browser.runtime.sendMessage(request)) !== true)
    throw new Error('the page reader did not start');
}

/**
 * One read through the port: the markup goes over, the result comes back. A big article's
 * pieces and then its quotations follow the result, so the port stays open for them.
 */
async function converse(options: ReadOptions, serialise: Serialise): Promise<PageRead | null> {
  const port = browser.runtime.connect({ name: READ_PORT });
  // Nobody at the other end (the reader is not running): `answered` says so, sending does not.
  let connected = true;
  let quotesCame: (quotes: ArticleQuotes | null) => void = () => undefined;
  const quotes = new Promise<ArticleQuotes | null>((resolve) => (quotesCame = resolve));
  let pieces: ArticlePieces | null = null;
  port.onDisconnect.addListener(() => {
    connected = false;
    quotesCame(null);
    pieces?.lose();
  });
  const send = (message: ReadRequest): void => {
    if (connected) port.postMessage(message);
  };
  // PIECES_AHEAD on their way at a time, the first ones unasked; none once the read is
  // cancelled or its view gone.
  let asked = 0;
  const askForMore = (): void => {
    if (options.cancelled() || pieces?.dropped) return port.disconnect();
    if (!pieces || asked === pieces.total) return;
    asked++;
    send({ type: 'more' });
  };
  const answered = new Promise<PageRead>((resolve, reject) => {
    port.onMessage.addListener((message: unknown) => {
      const m = message as ReadAnswer;
      if (m.type === 'result' && m.parts === 0) resolve({ result: m.result, pieces: undefined });
      else if (m.type === 'result') {
        pieces = new ArticlePieces(m.parts);
        asked = Math.min(PIECES_AHEAD, m.parts);
        resolve({ result: m.result, pieces, quotes });
      } else if (m.type === 'part') {
        askForMore();
        pieces?.add(m.part);
      } else if (m.type === 'quotes') {
        quotesCame({ quotes: m.quotes, speakers: m.speakers });
        port.disconnect();
      }
    });
    port.onDisconnect.addListener(() => reject(new NoReaderError()));
  });
  answered.catch(() => undefined); // a cancelled read disconnects before anyone awaits this
  let read: PageRead | null = null;
  try {
    send({ type: 'start', url: options.url });
    if (!(await serialise((part) => send({ type: 'markup', part })))) return null;
    const strip = await options.strip;
    if (options.cancelled()) return null;
    send({ type: 'end', strip });
    read = await answered;
    return options.cancelled() ? null : read;
  } finally {
    // A big article's pieces and quotations are still to come on the port.
    if (!read?.pieces || options.cancelled()) port.disconnect();
  }
}

/**
 * Reads a normal page. The toolbar click has started the page reader already (see
 * background/index.ts), so the markup goes straight to it; only when nobody answers (the page
 * opened by itself on a chosen site, or Firefox unloaded its event page) is it started first.
 */
async function readNormalPage(doc: Document, options: ReadOptions): Promise<PageRead | null> {
  const markup = pageMarkup(doc);
  if (
    lastRead?.markup === markup &&
    lastRead.url === options.url &&
    lastRead.strip === (await options.strip) &&
    // An article that came in pieces was left before its last one when its view closed.
    lastRead.read.pieces?.complete !== false
  )
    return lastRead.read;
  const sendWhole: Serialise = (emit) => (emit(markup), true);
  let read: PageRead | null;
  try {
    read = await converse(options, sendWhole);
  } catch (error) {
    if (!(error instanceof NoReaderError)) throw error;
    await startReader();
    read = options.cancelled() ? null : await converse(options, sendWhole);
  }
  if (read) lastRead = { markup, strip: await options.strip, url: options.url, read };
  return read;
}

/**
 * The last normal page read here. Closing the reader gives the page back exactly, so opening it
 * again usually finds the same markup: the same result is shown without reading it again. A
 * page that changed meanwhile (a live blog, an ad) has other markup and is read again.
 */
let lastRead: { markup: string; strip: boolean; url: string; read: PageRead } | null = null;

/**
 * A big page is serialised in slices as it goes over: it is not worth doing twice. Serialising
 * starts at once, while the page reader starts (the first read after a start waits 200-350 ms
 * for Chrome's offscreen document); the parts made meanwhile wait here until it answers.
 */
async function readBigPage(doc: Document, options: ReadOptions): Promise<PageRead | null> {
  const early: string[] = [];
  let emit = (part: string): void => void early.push(part);
  let stopped = false;
  const serialised = serialisePage(
    doc,
    (part) => emit(part),
    () => stopped || options.cancelled(),
  );
  serialised.catch(() => undefined); // awaited below, unless the reader never starts
  try {
    await startReader();
  } catch (error) {
    stopped = true;
    throw error;
  }
  if (options.cancelled()) return null;
  return converse(options, async (send) => {
    // One part a task, as they would have gone, then the rest straight from the serialiser.
    while (early.length) {
      send(early.shift()!);
      if (early.length) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    emit = send;
    return serialised;
  });
}

/** Reads the page off its thread; resolves null when `cancelled` became true meanwhile. */
export async function readPage(doc: Document, options: ReadOptions): Promise<PageRead | null> {
  try {
    return await (options.big ? readBigPage(doc, options) : readNormalPage(doc, options));
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
        pieces: undefined,
      };
    }
    throw error;
  }
}
