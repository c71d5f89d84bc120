/**
 * The page reader (its own bundle, read-page.js): the content script streams the page's markup
 * here, DOMParser builds it and the core reads it. Chrome runs it in an offscreen document,
 * Firefox in its event page; both load it on the first read (background/page-reader.ts), so the
 * background itself starts as fast as before. The page's tab keeps running meanwhile, and the
 * core stays warm here from one read to the next instead of being compiled again in each tab.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { withMarkup, type StagedRead } from '../core/read.js';
import { readForReaderStaged } from '../shared/read-for-reader.js';
import { PIECES_AHEAD, READ_PORT, type ReadAnswer, type ReadRequest } from '../shared/messages.js';
import { splitArticle } from './split-article.js';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** The address a page's documents report while it is read (see readAt). */
interface Address {
  url: string;
  base: string;
}

function addressOf(doc: Document, url: string): Address {
  try {
    return {
      url,
      base: new URL(doc.querySelector('base[href]')?.getAttribute('href') ?? '', url).href,
    };
  } catch {
    return { url, base: url };
  }
}

/**
 * A parsed document's address is this extension page's, not the page's. Readability makes
 * relative links absolute against `baseURI` (keeping "#note" as it is when that equals
 * `documentURI`), after its walk has taken the page's <base> out, and on the copies the core
 * makes for its fallbacks: against this page's address every relative link would point into the
 * extension and be dropped. So while the page is read, and only then, every document here
 * reports the page's own address and base, as it does in the page. This realm holds nothing
 * else that reads them.
 */
function readAt<T>(address: Address, read: () => T): T {
  const base = Object.getOwnPropertyDescriptor(Node.prototype, 'baseURI');
  const documentUri = Object.getOwnPropertyDescriptor(Document.prototype, 'documentURI');
  Object.defineProperty(Node.prototype, 'baseURI', { configurable: true, get: () => address.base });
  Object.defineProperty(Document.prototype, 'documentURI', {
    configurable: true,
    get: () => address.url,
  });
  try {
    return read();
  } finally {
    if (base) Object.defineProperty(Node.prototype, 'baseURI', base);
    if (documentUri) Object.defineProperty(Document.prototype, 'documentURI', documentUri);
  }
}

function readMarkup(html: string, url: string, strip: boolean): StagedRead {
  const doc = parse(html);
  const address = addressOf(doc, url);
  const staged = readAt(address, () => readForReaderStaged(doc, { url, strip }));
  if (!staged.ok) return staged;
  const { quotes } = staged;
  return { ...staged, quotes: () => readAt(address, quotes) };
}

/** A big article's markup goes in pieces, after its result. */
const NO_MARKUP = { html: '', annotatedHtml: '' };

function answer(port: Runtime.Port, message: ReadAnswer): void {
  try {
    port.postMessage(message);
  } catch {
    // The reader was closed while the page was read: nobody is waiting for the answer.
  }
}

/**
 * One read. A normal page's result goes back whole. A big article goes back without its
 * quotations, then in pieces, one per request; its quotations are found once the last piece has
 * gone (while the reader adds the pieces) and follow.
 */
function serve(port: Runtime.Port): void {
  let start: { url: string } | null = null;
  const parts: string[] = [];
  let pieces: string[] = [];
  let sendQuotes: (() => void) | null = null;
  const sendPiece = (): void => {
    const part = pieces.shift();
    if (part !== undefined) answer(port, { type: 'part', part });
    if (!pieces.length && sendQuotes) {
      // After the last piece has gone: they are found while the reader adds the pieces.
      setTimeout(sendQuotes, 0);
      sendQuotes = null;
    }
  };
  port.onMessage.addListener((message: unknown) => {
    const m = message as ReadRequest;
    if (m.type === 'start') start = { url: m.url };
    else if (m.type === 'markup' && typeof m.part === 'string') parts.push(m.part);
    else if (m.type === 'more') sendPiece();
    else if (m.type === 'end' && start) {
      const staged = readMarkup(parts.join(''), start.url, m.strip !== false);
      parts.length = 0;
      if (!staged.ok) return answer(port, { type: 'result', result: staged, parts: 0 });
      const { article, elements, quotes } = staged;
      pieces = splitArticle(elements.annotated);
      if (pieces.length <= 1) {
        const markup = { html: elements.shown.innerHTML, annotatedHtml: pieces[0] ?? '' };
        const result = {
          ok: true as const,
          article: { ...withMarkup(article, markup), ...quotes() },
        };
        return answer(port, { type: 'result', result, parts: 0 });
      }
      sendQuotes = () => answer(port, { type: 'quotes', ...quotes() });
      // The reader shows only the annotated markup, in pieces: the text stays here.
      const shown = withMarkup({ ...article, text: '', paragraphs: [] }, NO_MARKUP);
      const result = { ok: true as const, article: { ...shown, quotes: [], speakers: [] } };
      answer(port, { type: 'result', result, parts: pieces.length });
      for (let i = 0; i < PIECES_AHEAD; i++) sendPiece();
    }
  });
}

browser.runtime.onConnect.addListener((port) => {
  if (port.name !== READ_PORT || port.sender?.id !== browser.runtime.id) return;
  if (port.sender.tab?.id === undefined) return;
  serve(port);
});
