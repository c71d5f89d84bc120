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

/**
 * A parsed document's address is this extension page's, not the page's. Readability makes
 * relative links absolute against `doc.baseURI` (keeping "#note" as it is when that equals
 * `doc.documentURI`), and it does so after the page's <base> may have been taken out: against
 * this page's address every relative link would point into the extension and be dropped. So the
 * two properties are given the values they have in the page itself: its address, and its own
 * <base> resolved against it.
 */
function parseAt(html: string, url: string): Document {
  const doc = parse(html);
  let base: string;
  try {
    base = new URL(doc.querySelector('base[href]')?.getAttribute('href') ?? '', url).href;
  } catch {
    base = url;
  }
  Object.defineProperties(doc, {
    documentURI: { value: url },
    URL: { value: url },
    baseURI: { value: base },
  });
  return doc;
}

function readMarkup(html: string, url: string, strip: boolean): ReadResult {
  return readForReader(parseAt(html, url), { url, strip });
}

function answer(port: Runtime.Port, message: ReadAnswer): void {
  try {
    port.postMessage(message);
  } catch {
    // The reader was closed while the page was read: nobody is waiting for the answer.
  }
}

function serve(port: Runtime.Port): void {
  let start: { url: string; strip: boolean } | null = null;
  const parts: string[] = [];
  let pieces: string[] = [];
  port.onMessage.addListener((message: unknown) => {
    const m = message as ReadRequest;
    if (m.type === 'start') start = { url: m.url, strip: m.strip };
    else if (m.type === 'markup' && typeof m.part === 'string') parts.push(m.part);
    else if (m.type === 'more') {
      const part = pieces.shift();
      if (part !== undefined) answer(port, { type: 'part', part });
    } else if (m.type === 'end' && start) {
      const result = readMarkup(parts.join(''), start.url, start.strip);
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
