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

/** Pieces of about this many characters: each is parsed and laid out in a few milliseconds. */
const PIECE_CHARS = 200_000;
/** Marks the element that later pieces are appended to (see splitArticle). */
export const FILL_ATTR = 'data-vb-fill';

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

const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function markupOf(node: Node): string {
  if (node.nodeType === 1) return (node as Element).outerHTML;
  if (node.nodeType === 3) return escapeText(node.textContent ?? '');
  return '';
}

/**
 * The article's markup in pieces the reader can add one at a time. The first piece is the
 * article with its biggest container emptied and marked with FILL_ATTR; the others are that
 * container's children, in order. Articles are a long run of paragraphs in one container, so
 * one level is enough to keep every piece small.
 */
export function splitArticle(html: string): string[] {
  if (html.length <= PIECE_CHARS) return [html];
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const root = document.body as unknown as Element;
  // eslint-disable-next-line no-unsanitized/property -- the core's sanitised output, in linkedom
  root.innerHTML = html;
  let container = root;
  for (;;) {
    const holder = Array.from(container.children).find(
      (child) => child.outerHTML.length > html.length / 2,
    );
    if (!holder) break;
    container = holder;
  }
  const children = Array.from(container.childNodes);
  for (const child of children) child.remove();
  container.setAttribute(FILL_ATTR, '');
  const pieces = [root.innerHTML];
  let piece = '';
  for (const child of children) {
    piece += markupOf(child);
    if (piece.length >= PIECE_CHARS) {
      pieces.push(piece);
      piece = '';
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

function answer(port: Runtime.Port, message: BigPageAnswer): void {
  port.postMessage(message);
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
