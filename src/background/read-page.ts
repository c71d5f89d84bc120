/**
 * The page reader (its own bundle, read-page.js): the content script streams the page's markup
 * here, DOMParser builds it and the core reads it. Chrome runs it in an offscreen document,
 * Firefox in its event page; both load it on the first read (background/page-reader.ts), so the
 * background itself starts as fast as before. The page's tab keeps running meanwhile, and the
 * core stays warm here from one read to the next instead of being compiled again in each tab.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { ReadResult } from '../core/types.js';
import { readForReader } from '../shared/read-for-reader.js';
import { READ_PORT, type ReadAnswer, type ReadRequest } from '../shared/messages.js';
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

function readMarkup(html: string, url: string, strip: boolean): ReadResult {
  const doc = parse(html);
  return readAt(addressOf(doc, url), () => readForReader(doc, { url, strip }));
}

function answer(port: Runtime.Port, message: ReadAnswer): void {
  try {
    port.postMessage(message);
  } catch {
    // The reader was closed while the page was read: nobody is waiting for the answer.
  }
}

function serve(port: Runtime.Port): void {
  let start: { url: string } | null = null;
  const parts: string[] = [];
  let pieces: string[] = [];
  port.onMessage.addListener((message: unknown) => {
    const m = message as ReadRequest;
    if (m.type === 'start') start = { url: m.url };
    else if (m.type === 'markup' && typeof m.part === 'string') parts.push(m.part);
    else if (m.type === 'more') {
      const part = pieces.shift();
      if (part !== undefined) answer(port, { type: 'part', part });
    } else if (m.type === 'end' && start) {
      const result = readMarkup(parts.join(''), start.url, m.strip !== false);
      parts.length = 0;
      if (!result.ok) return answer(port, { type: 'result', result, parts: 0 });
      pieces = splitArticle(result.article.annotatedHtml, parse);
      if (pieces.length <= 1) return answer(port, { type: 'result', result, parts: 0 });
      // The reader shows only the annotated markup: the other copies of the text stay here.
      const article = { ...result.article, html: '', annotatedHtml: '', text: '', paragraphs: [] };
      answer(port, { type: 'result', result: { ok: true, article }, parts: pieces.length });
    }
  });
}

browser.runtime.onConnect.addListener((port) => {
  if (port.name !== READ_PORT || port.sender?.id !== browser.runtime.id) return;
  if (port.sender.tab?.id === undefined) return;
  serve(port);
});
