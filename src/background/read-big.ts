/**
 * Reads a big page off the page's thread (its own bundle, read-big.js): the content script
 * streams the page's markup here, DOMParser builds it and the core reads it, as in the page.
 * Chrome runs it in an offscreen document, Firefox in its event page; both load it only when a
 * big page is opened (background/index.ts), so the background starts as fast as before. The
 * page's tab keeps running meanwhile; only pages above the content script's threshold come here.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { ReadResult } from '../core/types.js';
import { readForReader } from '../shared/read-for-reader.js';
import { READ_BIG_PORT, type BigPageAnswer, type BigPageRequest } from '../shared/messages.js';
import { splitArticle } from './split-article.js';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

function readMarkup(html: string, url: string, strip: boolean): ReadResult {
  return readForReader(parse(html), { url, strip });
}

function answer(port: Runtime.Port, message: BigPageAnswer): void {
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
    const m = message as BigPageRequest;
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
      // The reader shows only the annotated markup: the other copies of the text stay here.
      const article = { ...result.article, html: '', annotatedHtml: '', text: '', paragraphs: [] };
      answer(port, { type: 'result', result: { ok: true, article }, parts: pieces.length });
    }
  });
}

browser.runtime.onConnect.addListener((port) => {
  if (port.name !== READ_BIG_PORT || port.sender?.id !== browser.runtime.id) return;
  if (port.sender.tab?.id === undefined) return;
  serve(port);
});
