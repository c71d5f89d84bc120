/**
 * The core pipeline: Document in, plain data out. No browser APIs, no globals, no I/O, so it
 * runs the same in the content script, in unit tests and in the CLI.
 *
 *   page signals ─▶ extract (Readability) ─▶ strip ─▶ sanitise ─▶ is it an article? ─▶ quotes ─▶ Article
 *                      ▲ little or nothing: the fallbacks (fallback.ts) ┘
 */
import { countWords, normaliseSpace, walkParagraphs } from './blocks.js';
import { contentStats, judge, pageSignals, type PageSignals, type Verdict } from './detect.js';
import { extractions, keepButtonText, wholeDocument, type Extraction } from './extract.js';
import { checkLimits } from './limits.js';
import { REMOVED_ATTR } from './markers.js';
import { isRemovalReason, type RemovalReason } from './reasons.js';
import { sanitiseNode } from './sanitise.js';
import { findUnrelated } from './strip/index.js';
import { siteOf } from './strip/links.js';
import { tidy } from './tidy.js';
import { termsOf, type Terms } from './strip/topic.js';
import { findQuotes } from './quotes/index.js';
import type {
  Article,
  ArticleMetadata,
  Quote,
  ReadOptions,
  ReadResult,
  RemovedBlock,
} from './types.js';

const WORDS_PER_MINUTE = 230;
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The heading says what the title says: the same words, give or take the site's name after a
 * separator ("Headline | Site") or a word in brackets ("Skyrim (PC) speed" for "Skyrim speed").
 */
function isHeadline(heading: string, title: string): boolean {
  const text = heading.toLowerCase();
  const wanted = title.toLowerCase();
  if (text === wanted) return true;
  if (
    countWords(text) >= 3 &&
    wanted.startsWith(text) &&
    /^\s*[|–—:·-]/.test(wanted.slice(text.length))
  )
    return true;
  const mine = wordsOf(text);
  const theirs = new Set(wordsOf(wanted));
  if (mine.length < 3) return false;
  const shared = mine.filter((w) => theirs.has(w)).length;
  return shared >= theirs.size * 0.8 && shared >= mine.length * 0.8;
}

/** Readability keeps the headline inside the body on many pages; the reader shows it once, above. */
function dropLeadingTitle(body: Element, title: string | null): void {
  if (!title) return;
  const first = body.querySelector('h1, h2');
  if (first && isHeadline(normaliseSpace(first.textContent ?? ''), normaliseSpace(title)))
    first.remove();
}

/** The page's own address, when the Document knows it (a live page or its clone). */
function documentUrl(doc: Document): string | null {
  const url = (doc as { URL?: string }).URL;
  return url && /^https?:/i.test(url) ? url : null;
}

/**
 * The address the page gives for itself (its canonical link, or Open Graph's), for a document
 * that does not know where it was loaded from: a saved file. It only tells the strip stage
 * which links stay on the site, as the extension's live page always can; nothing is fetched
 * from it and no link is resolved against it.
 */
function declaredUrl(doc: Document): string | null {
  const candidates = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    const address = candidate?.trim() ?? '';
    if (/^https?:\/\/[^/\s]+/i.test(address) && isOwnSite(address, doc)) return address;
  }
  return null;
}

/** The site a link's address names, or '' for one relative to the page (or not an address). */
function linkedSite(href: string): string {
  try {
    return /^(?:https?:)?\/\//i.test(href)
      ? siteOf(new URL(href, 'https://relative.invalid/').hostname)
      : '';
  } catch {
    return '';
  }
}

/**
 * The declared address is on the site the page's own links keep to. Syndicated press releases
 * carry the canonical link of the site that first ran them: when most of the page's links go to
 * one other site, that other site is where the page lives, and the declaration would make its
 * menus and lists of its other pages look like links out. A page's relative links are on its
 * own site, whatever that is, so they count for the declaration.
 */
function isOwnSite(address: string, doc: Document): boolean {
  const declared = linkedSite(address);
  const links = new Map<string, number>();
  let total = 0;
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href')!.trim();
    if (!href || href.startsWith('#') || /^(?:mailto|tel|javascript):/i.test(href)) continue;
    const site = linkedSite(href) || declared;
    links.set(site, (links.get(site) ?? 0) + 1);
    total++;
  }
  for (const [site, count] of links) if (site !== declared && count * 2 > total) return false;
  return true;
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

/** One way of reading the page, carried through strip, sanitiser and verdict. */
interface View {
  metadata: ArticleMetadata;
  body: HTMLElement;
  /** `body` before the removed blocks were taken out of it, each marked with REMOVED_ATTR. */
  annotated: HTMLElement;
  paragraphs: Paragraphs;
  removed: RemovedBlock[];
  verdict: Verdict;
  words: number;
}

interface Context {
  doc: Document;
  url: string | null;
  /** The page's address as far as the strip stage needs it: `url`, or the one it declares. */
  siteUrl: string | null;
  documentBase: string | null;
  signals: PageSignals;
  options: ReadOptions;
}

function view(extraction: Extraction, context: Context): View {
  const { title } = extraction.metadata;
  const { options, url } = context;
  const removals =
    options.strip === false
      ? new Map<Element, RemovalReason>()
      : findUnrelated(extraction.content, { title, url: context.siteUrl });
  const body = sanitiseNode(extraction.content, context.doc, {
    baseUrl: url,
    documentBase: context.documentBase,
    embeds: options.embeds ?? 'frame',
    removed: removals,
  });
  dropLeadingTitle(body, title);
  tidy(body);
  const paragraphs = collectParagraphs(body);
  const removed = removedBlocks(body);
  // A copy, not its markup: only the chosen view's is written out (a book's takes 25 ms).
  const annotated = body.cloneNode(true) as HTMLElement;
  // A grid of teasers stays one after the strip stage hid its headline links one by one.
  const hiddenHeadlines = Array.from(
    body.querySelectorAll(HEADINGS.map((h) => `${h}[${REMOVED_ATTR}]`).join(', ')),
  );
  for (const el of Array.from(body.querySelectorAll(`[${REMOVED_ATTR}]`))) el.remove();
  // Judged on what the reader shows: a removed block of related links must not make the
  // article look like a list of links.
  const shown = contentStats(body, paragraphs.texts);
  const linked = hiddenHeadlines.filter(
    (h) => h.querySelector('a[href]') !== null || h.closest('a[href]') !== null,
  ).length;
  const structure = {
    ...shown,
    headings: shown.headings + hiddenHeadlines.length,
    linkedHeadings: shown.linkedHeadings + linked,
  };
  structure.linkedHeadingShare = structure.headings
    ? structure.linkedHeadings / structure.headings
    : 0;
  const verdict = judge(context.signals, shown, structure);
  return {
    metadata: extraction.metadata,
    body,
    annotated,
    paragraphs,
    removed,
    verdict,
    words: shown.words,
  };
}

/** A view with this much text that is an article needs no second opinion… */
const ENOUGH_WORDS = 100;
/** …when it is about what the page's title and description name: this share of their terms. */
const ON_TOPIC = 0.35;
/** A fallback about the page's topic by this much more than the view it replaces. */
const MORE_ON_TOPIC = 0.25;
/** A fallback replaces an article only when it shows this many times its words… */
const MORE_WORDS = 1.5;
/** …and holds this share of its words: more of the same story, not another text. */
const SAME_STORY = 0.7;

/** What the page says it is about: its title and description, read before any parse. */
function pageTopic(doc: Document): Terms {
  const parts = [
    'meta[property="og:title"]',
    'meta[name="twitter:title"]',
    'meta[name="description"]',
    'meta[property="og:description"]',
  ].map((selector) => doc.querySelector(selector)?.getAttribute('content') ?? '');
  parts.push(doc.querySelector('title')?.textContent ?? '');
  return termsOf(parts.join(' \n '));
}

/**
 * Weighted share of the page's topic terms that the view's text uses (1 when there are none).
 * Read a paragraph at a time up to the last term found: a book names its title's words early,
 * and its whole text is a long read (100 ms for a megabyte).
 */
function onTopic(v: View, topic: Terms): number {
  if (!topic.size) return 1;
  const unused = new Set(topic.keys());
  for (const paragraph of v.paragraphs.texts) {
    for (const term of termsOf(paragraph).keys()) unused.delete(term);
    if (!unused.size) break;
  }
  let total = 0;
  let found = 0;
  for (const [term, weight] of topic) {
    total += weight;
    if (!unused.has(term)) found += weight;
  }
  return found / total;
}

/** Why a candidate replaces the view so far, or null when it does not. */
function replaces(candidate: View, best: View, topic: Terms): 'article' | 'topic' | 'more' | null {
  if (!candidate.verdict.article) return null;
  if (!best.verdict.article) return 'article';
  // The first parse found a box about something else (a disclaimer, a sign-up form).
  if (onTopic(candidate, topic) >= onTopic(best, topic) + MORE_ON_TOPIC) return 'topic';
  if (candidate.words < best.words * MORE_WORDS) return null;
  const text = normaliseSpace(candidate.paragraphs.texts.join(' '));
  let kept = 0;
  let all = 0;
  for (const p of best.paragraphs.texts) {
    all += countWords(p);
    if (text.includes(p)) kept += countWords(p);
  }
  return kept >= all * SAME_STORY ? 'more' : null;
}

const isEnough = (v: View, topic: Terms): boolean =>
  v.verdict.article && v.words >= ENOUGH_WORDS && onTopic(v, topic) >= ON_TOPIC;

/** An article read without its quotations yet: see readStaged. */
export type ArticleWithoutQuotes = Omit<Article, 'quotes' | 'speakers'>;
export type ArticleQuotes = Pick<Article, 'quotes' | 'speakers'>;
export type ArticleMarkup = Pick<Article, 'html' | 'annotatedHtml'>;
/** …and without its markup, which the staged read gives as elements. */
export type ArticleWithoutMarkup = Omit<ArticleWithoutQuotes, keyof ArticleMarkup>;

/** The article's markup as elements, in the document read: `html` and `annotatedHtml`. */
export interface ArticleElements {
  shown: HTMLElement;
  annotated: HTMLElement;
}

export type StagedRead =
  | {
      ok: true;
      article: ArticleWithoutMarkup;
      elements: ArticleElements;
      quotes: () => ArticleQuotes;
    }
  | Extract<ReadResult, { ok: false }>;

/** The elements' markup, written out. */
export const writeMarkup = ({ shown, annotated }: ArticleElements): ArticleMarkup => ({
  html: shown.innerHTML,
  annotatedHtml: annotated.innerHTML,
});

/** The article with its markup, its keys in the order read() gives them (and the CLI prints). */
export function withMarkup(
  article: ArticleWithoutMarkup,
  markup: ArticleMarkup,
): ArticleWithoutQuotes {
  const { paragraphs, text, wordCount, readingMinutes, removed, ...metadata } = article;
  const { html, annotatedHtml } = markup;
  return { ...metadata, html, annotatedHtml, paragraphs, text, wordCount, readingMinutes, removed };
}

/**
 * Reads the article out of `doc`. The document is consumed (Readability rewrites it): pass a
 * clone of a live page. Throws PageLimitError for a page it must not walk (see limits.ts).
 */
export function read(doc: Document, options: ReadOptions = {}): ReadResult {
  const staged = readStaged(doc, options);
  if (!staged.ok) return staged;
  const article = withMarkup(staged.article, writeMarkup(staged.elements));
  return { ok: true, article: { ...article, ...staged.quotes() } };
}

/**
 * read() in two stages: the article, and a function that finds its quotations. A book's reader
 * shows the text first and lists the quotations when they are found (a fifth of the read). Its
 * markup comes as elements: a book's reader cuts them into pieces instead of writing out the
 * whole book twice and parsing it again (see background/split-article.ts).
 */
export function readStaged(doc: Document, options: ReadOptions = {}): StagedRead {
  checkLimits(doc);
  wholeDocument(doc);
  keepButtonText(doc);
  const url = options.url ?? documentUrl(doc);
  // Read before Readability, which removes the <base> element.
  const documentBase = /^https?:/i.test(doc.baseURI ?? '') ? doc.baseURI : null;
  const signals = pageSignals(doc);
  const topic = pageTopic(doc);
  const siteUrl = url ?? declaredUrl(doc);
  const context: Context = { doc, url, siteUrl, documentBase, signals, options };
  let best: View | null = null;
  // Once a fallback wins for being about the page's topic, a later one must win the same way:
  // "the same story and more" would bring back the box it replaced.
  let wonOnTopic = false;
  for (const extraction of extractions(doc, url)) {
    const candidate = view(extraction, context);
    const why = best ? replaces(candidate, best, topic) : 'article';
    if (why && !(wonOnTopic && why === 'more')) {
      best = candidate;
      wonOnTopic ||= why === 'topic';
    }
    if (best && isEnough(best, topic)) break;
  }
  if (!best)
    return {
      ok: false,
      error: 'no-article',
      cause: 'no-text',
      message: 'No article text was found on this page.',
    };
  if (!best.verdict.article)
    return {
      ok: false,
      error: 'no-article',
      cause: best.verdict.cause,
      message: best.verdict.message,
    };
  const { paragraphs } = best;
  const text = paragraphs.texts.join('\n\n');
  const wordCount = countWords(text);
  const article: ArticleWithoutMarkup = {
    ...best.metadata,
    paragraphs: paragraphs.texts,
    text,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    removed: best.removed,
  };
  const { lang } = best.metadata;
  const elements = { shown: best.body, annotated: best.annotated };
  return { ok: true, article, elements, quotes: () => quotesOf(paragraphs, lang) };
}
