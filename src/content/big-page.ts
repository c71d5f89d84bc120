/**
 * Big pages (book-length pages, long live blogs, archives) are read off the page's thread: the
 * core's cost grows faster than the page, and reading a 5 MB page in the page blocked its tab for
 * 16 s. The page's markup is serialised here in short slices, streamed to the background, read
 * there by the same core under linkedom (as the `verbatim` command does), and the article comes
 * back in pieces the reader adds one at a time. Normal pages never come here.
 */
import browser from 'webextension-polyfill';
import { MAX_PAGE_CHARS } from '../core/limits.js';
export { isBigPage } from '../core/limits.js';
import type { ReadResult } from '../core/types.js';
import { READ_BIG_PORT, type BigPageAnswer, type BigPageRequest } from '../shared/messages.js';

/** The main thread is given back after this long of work, so the page never stalls for long. */
const SLICE_MS = 12;
/** Markup is posted in parts of about this size. */
const PART_CHARS = 1_000_000;
/** An element with fewer descendants than this is serialised whole. */
const WHOLE_BELOW = 300;

const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (value: string): string =>
  value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/\u00a0/g, '&nbsp;');

function startTag(el: Element): string {
  const attrs = Array.from(el.attributes, (a) => ` ${a.name}="${escapeAttr(a.value)}"`).join('');
  return `<${el.localName}${attrs}>`;
}

/** Raised when the page is above MAX_PAGE_CHARS: the caller shows the limit. */
export class PageTooBigError extends Error {}

/**
 * Serialises the page as its markup, a slice at a time: big elements are opened and walked,
 * small ones are taken whole with outerHTML. `emit` receives the markup in parts, in order.
 * Returns false when `cancelled` became true on the way.
 */
async function serialisePage(
  doc: Document,
  emit: (part: string) => void,
  cancelled: () => boolean,
): Promise<boolean> {
  let part = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : '';
  let total = 0;
  let sliceStart = performance.now();
  const flush = (): void => {
    total += part.length;
    if (total > MAX_PAGE_CHARS) throw new PageTooBigError();
    emit(part);
    part = '';
  };
  const add = async (text: string): Promise<void> => {
    part += text;
    if (part.length >= PART_CHARS) flush();
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  };
  const walk = async (node: Node): Promise<void> => {
    if (cancelled()) return;
    if (node.nodeType === Node.TEXT_NODE) return add(escapeText(node.textContent ?? ''));
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    const html = el.namespaceURI === 'http://www.w3.org/1999/xhtml';
    const small = el.getElementsByTagName('*').length < WHOLE_BELOW;
    if (!html || small || el.localName === 'template') return add(el.outerHTML);
    await add(startTag(el));
    for (let child = el.firstChild; child; child = child.nextSibling) await walk(child);
    await add(`</${el.localName}>`);
  };
  if (doc.documentElement) await walk(doc.documentElement);
  if (cancelled()) return false;
  flush();
  return true;
}

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
