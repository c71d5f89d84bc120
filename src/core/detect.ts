/**
 * Is this page an article? Readability returns *something* for almost any page: a weather box, a
 * list of teasers, a cookie notice. So the verdict comes from the page itself (does it declare an
 * article, is it a grid of story cards) together with what the parse found (real prose, or a
 * list of links).
 */
import { countWords, normaliseSpace } from './blocks.js';
import { articleItems } from './jsonld.js';

export interface PageSignals {
  /** The page declares itself an article: JSON-LD, Open Graph or microdata. */
  declaresArticle: boolean;
  /** Story cards: <article> elements and headline links, as on a homepage or a search page. */
  storyCards: number;
}

/** Reads the page-level signals. Call before Readability, which rewrites the document. */
export function pageSignals(doc: Document): PageSignals {
  const ogType =
    doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.toLowerCase() ?? '';
  const microdata =
    doc.querySelector('[itemtype*="Article" i], [itemtype*="BlogPosting" i]') !== null;
  const declaresArticle = ogType === 'article' || microdata || articleItems(doc).length > 0;
  const storyCards =
    doc.querySelectorAll('article').length + doc.querySelectorAll('h2 a[href], h3 a[href]').length;
  return { declaresArticle, storyCards };
}

export interface ContentStats {
  words: number;
  /** Paragraphs that read like prose: at least 25 words or 150 characters. */
  proseParagraphs: number;
  /** Paragraphs that hold a sentence: ten words or more, ending like one (or prose). */
  sentences: number;
  /** Share of the text that sits inside links. */
  linkDensity: number;
  /** Share of headings that are links: near 1 for a list of teasers. */
  linkedHeadingShare: number;
  linkedHeadings: number;
  headings: number;
}

// The cheap tests first: counting words is the dear part, and most paragraphs are decided before.
const isProse = (p: string): boolean => p.length >= 150 || countWords(p) >= 25;
const SENTENCE_END = /[.!?。！？…»"”’)]\s*$/u;
const isSentence = (p: string): boolean =>
  isProse(p) || (SENTENCE_END.test(p) && countWords(p) >= 10);

export function contentStats(body: Element, paragraphs: string[]): ContentStats {
  const text = normaliseSpace(body.textContent ?? '');
  const linkText = Array.from(body.querySelectorAll('a')).reduce(
    (n, a) => n + normaliseSpace(a.textContent ?? '').length,
    0,
  );
  const headings = Array.from(body.querySelectorAll('h1, h2, h3, h4, h5, h6'));
  const linkedHeadings = headings.filter(
    (h) => h.querySelector('a[href]') !== null || h.closest('a[href]') !== null,
  ).length;
  return {
    words: countWords(text),
    proseParagraphs: paragraphs.filter(isProse).length,
    sentences: paragraphs.filter(isSentence).length,
    linkDensity: text.length ? linkText / text.length : 1,
    linkedHeadingShare: headings.length ? linkedHeadings / headings.length : 0,
    linkedHeadings,
    headings: headings.length,
  };
}

export type Verdict =
  { article: true } | { article: false; cause: 'no-text' | 'not-an-article'; message: string };

const NO_ARTICLE = {
  cause: 'not-an-article',
  message: 'This page does not seem to hold an article: it looks like a list of links or teasers.',
} as const;
const NO_TEXT = { cause: 'no-text', message: 'No article text was found on this page.' } as const;

/** Fewer words than this is no text at all; a short undeclared item needs a sentence too. */
const MIN_WORDS = 20;
const MIN_WORDS_WITHOUT_SENTENCE = 40;

/**
 * `shown`: what the reader would show; `structure`: the same with the removed blocks in place,
 * so a grid of teasers is still seen as one after the strip stage has hidden its headlines.
 * A short news item, a blog post of one paragraph, a poem or song text are articles; a list of
 * links, a grid of teasers, or a lone box from a page of story cards is not.
 */
export function judge(
  page: PageSignals,
  shown: ContentStats,
  structure: ContentStats = shown,
): Verdict {
  const no = (why: typeof NO_ARTICLE | typeof NO_TEXT = NO_ARTICLE): Verdict => ({
    article: false,
    ...why,
  });
  if (shown.words < MIN_WORDS) return no(NO_TEXT);
  // A page that says it is an article may be a photo story with captions of a few words.
  if (!page.declaresArticle && shown.sentences === 0 && shown.words < MIN_WORDS_WITHOUT_SENTENCE)
    return no(NO_TEXT);
  if (shown.linkDensity > 0.5) return no();
  // Three or more headline links, with no more paragraphs of prose than headlines: teasers.
  const teaserList =
    structure.linkedHeadings >= 3 &&
    structure.linkedHeadingShare >= 0.6 &&
    shown.proseParagraphs <= structure.linkedHeadings;
  if (page.declaresArticle)
    return teaserList && shown.proseParagraphs < 2 ? no() : { article: true };
  if (teaserList) return no();
  // A lone box (the weather, a notice) on a page of story cards, with hardly any text.
  if (page.storyCards >= 8 && shown.proseParagraphs <= 1 && shown.words < 80) return no();
  return { article: true };
}
