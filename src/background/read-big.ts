/**
 * Reads a big page off the page's thread: the content script streams the page's markup here,
 * and the pure core reads it under linkedom, exactly as the `verbatim` command does. The page's
 * tab keeps running meanwhile; only pages above the content script's threshold come here, so
 * normal pages are read in the page as before, with the browser's own DOM.
 */
import { parseHTML } from 'linkedom';
import browser, { type Runtime } from 'webextension-polyfill';
import { PageLimitError } from '../core/limits.js';
import { read } from '../core/read.js';
import type { ReadResult } from '../core/types.js';
import { READ_BIG_PORT, type BigPageAnswer, type BigPageRequest } from '../shared/messages.js';
import { splitArticle } from './split-article.js';

function readMarkup(html: string, url: string, strip: boolean): ReadResult {
  try {
    const doc = parseHTML(html).document as unknown as Document;
    return read(doc, { url, strip, embeds: 'link' });
  } catch (error) {
    if (error instanceof PageLimitError)
      return {
        ok: false,
        error: 'no-article',
        message: `Verbatim cannot show this page: ${error.message}.`,
      };
    console.error('Verbatim could not read this page', error);
    return { ok: false, error: 'no-article', message: 'Verbatim could not read this page.' };
  }
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
      pieces = splitArticle(result.article.annotatedHtml);
      // The reader shows only the annotated markup: the other copies of the text stay here.
      const article = { ...result.article, html: '', annotatedHtml: '', text: '', paragraphs: [] };
      answer(port, { type: 'result', result: { ok: true, article }, parts: pieces.length });
    }
  });
}

export function listenForBigPages(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== READ_BIG_PORT || port.sender?.id !== browser.runtime.id) return;
    if (port.sender.tab?.id === undefined) return;
    serve(port);
  });
}
