/**
 * The core pipeline: Document in, plain data out. No browser APIs, no globals, no I/O, so it
 * runs the same in the content script, in unit tests and in the CLI.
 *
 *   page signals ─▶ extract (Readability) ─▶ sanitise ─▶ is it an article? ─▶ strip ─▶ quotes ─▶ Article
 */
import { countWords, normaliseSpace, paragraphsOf } from './blocks.js';
import { contentStats, judge, pageSignals } from './detect.js';
import { extract } from './extract.js';
import { sanitiseNode } from './sanitise.js';
import type { Article, ReadOptions, ReadResult } from './types.js';

const WORDS_PER_MINUTE = 230;

/** Readability keeps the headline inside the body on many pages; the reader shows it once, above. */
function dropLeadingTitle(body: Element, title: string | null): void {
  if (!title) return;
  const wanted = normaliseSpace(title).toLowerCase();
  const first = body.querySelector('h1, h2');
  if (first && normaliseSpace(first.textContent ?? '').toLowerCase() === wanted) first.remove();
}

/** The page's own address, when the Document knows it (a live page or its clone). */
function documentUrl(doc: Document): string | null {
  const url = (doc as { URL?: string }).URL;
  return url && /^https?:/i.test(url) ? url : null;
}

/**
 * Reads the article out of `doc`. The document is consumed (Readability rewrites it): pass a
 * clone of a live page.
 */
export function read(doc: Document, options: ReadOptions = {}): ReadResult {
  const url = options.url ?? documentUrl(doc);
  const signals = pageSignals(doc);
  const extraction = extract(doc, url);
  if (!extraction) return { ok: false, error: 'no-article', message: 'No article text was found on this page.' };

  const body = sanitiseNode(extraction.content, doc, { baseUrl: url, embeds: options.embeds ?? 'frame' });
  dropLeadingTitle(body, extraction.metadata.title);
  const paragraphs = paragraphsOf(body);
  const verdict = judge(signals, contentStats(body, paragraphs));
  if (!verdict.article) return { ok: false, error: 'no-article', message: verdict.message };

  const text = paragraphs.join('\n\n');
  const wordCount = countWords(text);
  const article: Article = {
    ...extraction.metadata,
    html: body.innerHTML,
    paragraphs,
    text,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    removed: [],
    quotes: [],
    speakers: [],
  };
  return { ok: true, article };
}
