/**
 * The core pipeline: Document in, plain data out. No browser APIs, no globals, no I/O, so it
 * runs the same in the content script, in unit tests and in the CLI.
 *
 *   page signals ─▶ extract (Readability) ─▶ strip ─▶ sanitise ─▶ is it an article? ─▶ quotes ─▶ Article
 */
import { countWords, normaliseSpace, walkParagraphs } from './blocks.js';
import { contentStats, judge, pageSignals } from './detect.js';
import { extract } from './extract.js';
import { checkLimits } from './limits.js';
import { REMOVED_ATTR } from './markers.js';
import { isRemovalReason, type RemovalReason } from './reasons.js';
import { sanitiseNode } from './sanitise.js';
import { findUnrelated } from './strip/index.js';
import { findQuotes } from './quotes/index.js';
import type { Article, Quote, ReadOptions, ReadResult, RemovedBlock } from './types.js';

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

/** Paragraph holders whose quotations are not listed: they repeat or describe the body. */
const QUOTE_FREE = 'figcaption, figure, aside';

interface Paragraphs {
  texts: string[];
  /** Per paragraph: its quotations are context only (captions, pull quotes). */
  quoteFree: boolean[];
}

function collectParagraphs(body: Element): Paragraphs {
  const texts: string[] = [];
  const quoteFree: boolean[] = [];
  walkParagraphs(body, (text, holder) => {
    texts.push(text);
    quoteFree.push(holder.closest(QUOTE_FREE) !== null);
  });
  return { texts, quoteFree };
}

/** The removed blocks as the reader and the CLI list them, in article order. */
function removedBlocks(body: Element): RemovedBlock[] {
  return Array.from(body.querySelectorAll(`[${REMOVED_ATTR}]`))
    .filter((el) => !el.parentElement?.closest(`[${REMOVED_ATTR}]`))
    .map((el) => {
      const reason = el.getAttribute(REMOVED_ATTR);
      // Only the sanitiser writes the marker, always with a reason from the strip stage.
      if (!isRemovalReason(reason)) throw new Error(`unknown removal reason: ${reason}`);
      return { reason, text: normaliseSpace(el.textContent ?? '') };
    });
}

/** Runs the quote stage over the article's text and maps its offsets to paragraphs. */
function quotesOf(
  paragraphs: Paragraphs,
  lang: string | null,
): Pick<Article, 'quotes' | 'speakers'> {
  const starts: number[] = [];
  let offset = 0;
  for (const p of paragraphs.texts) {
    starts.push(offset);
    offset += p.length + 2;
  }
  const ignore = paragraphs.texts.flatMap((p, i): Array<[number, number]> =>
    paragraphs.quoteFree[i] ? [[starts[i]!, starts[i]! + p.length]] : [],
  );
  const found = findQuotes(paragraphs.texts.join('\n\n'), { ignore, lang });
  const paragraphAt = (offset: number): number => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > offset) i--;
    return i;
  };
  const quotes: Quote[] = found.quotes.map((q) => {
    const paragraph = paragraphAt(q.start);
    const endParagraph = paragraphAt(q.end - 1);
    return {
      ...q,
      paragraph,
      start: q.start - starts[paragraph]!,
      endParagraph,
      end: q.end - starts[endParagraph]!,
    };
  });
  return { quotes, speakers: found.speakers };
}

/**
 * Reads the article out of `doc`. The document is consumed (Readability rewrites it): pass a
 * clone of a live page. Throws PageLimitError for a page it must not walk (see limits.ts).
 */
export function read(doc: Document, options: ReadOptions = {}): ReadResult {
  checkLimits(doc);
  const url = options.url ?? documentUrl(doc);
  // Read before Readability, which removes the <base> element.
  const documentBase = /^https?:/i.test(doc.baseURI ?? '') ? doc.baseURI : null;
  const signals = pageSignals(doc);
  const extraction = extract(doc, url);
  if (!extraction)
    return { ok: false, error: 'no-article', message: 'No article text was found on this page.' };

  const { title } = extraction.metadata;
  const removals =
    options.strip === false
      ? new Map<Element, RemovalReason>()
      : findUnrelated(extraction.content, { title, url });
  const body = sanitiseNode(extraction.content, doc, {
    baseUrl: url,
    documentBase,
    embeds: options.embeds ?? 'frame',
    removed: removals,
  });
  dropLeadingTitle(body, title);
  const paragraphs = collectParagraphs(body);
  const removed = removedBlocks(body);
  const annotatedHtml = body.innerHTML;
  for (const el of Array.from(body.querySelectorAll(`[${REMOVED_ATTR}]`))) el.remove();
  // Judged on what the reader shows: a removed block of related links must not make the
  // article look like a list of links.
  const verdict = judge(signals, contentStats(body, paragraphs.texts));
  if (!verdict.article) return { ok: false, error: 'no-article', message: verdict.message };
  const text = paragraphs.texts.join('\n\n');
  const wordCount = countWords(text);
  const article: Article = {
    ...extraction.metadata,
    html: body.innerHTML,
    annotatedHtml,
    paragraphs: paragraphs.texts,
    text,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    removed,
    ...quotesOf(paragraphs, extraction.metadata.lang),
  };
  return { ok: true, article };
}
