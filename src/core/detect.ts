/**
 * Is this page an article? Readability returns *something* for almost any page: a weather box, a
 * list of teasers, a cookie notice. So the verdict comes from the page itself (does it declare an
 * article, is it a grid of story cards) together with what the parse found (real prose, or a
 * list of links).
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { countWords, normaliseSpace } from './blocks.js';

export interface PageSignals {
  /** The page declares itself an article: JSON-LD, Open Graph or microdata. */
  declaresArticle: boolean;
  /** Readability's own cheap pre-check. */
  readerable: boolean;
  /** Story cards: <article> elements and headline links, as on a homepage or a search page. */
  storyCards: number;
}

const ARTICLE_TYPE =
  /^(?:News|Report(?:age)?|Scholarly|Tech|Opinion|Analysis|Review|Background|Satirical|Advertiser|LiveBlog)?(?:Article|BlogPosting|Posting)$/i;

/**
 * The page's own JSON-LD says it is an article. Only the top-level items (and @graph members)
 * count: a homepage lists NewsArticle items inside an ItemList, and that is not an article page.
 */
function jsonLdDeclaresArticle(doc: Document): boolean {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const roots = (Array.isArray(data) ? data : [data]).flatMap((item) =>
      item && typeof item === 'object' && Array.isArray((item as { '@graph'?: unknown })['@graph'])
        ? [item, ...(item as { '@graph': unknown[] })['@graph']]
        : [item],
    );
    for (const item of roots) {
      const type =
        item && typeof item === 'object' ? (item as { '@type'?: unknown })['@type'] : undefined;
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) return true;
    }
  }
  return false;
}

/** Reads the page-level signals. Call before Readability, which rewrites the document. */
export function pageSignals(doc: Document): PageSignals {
  const ogType =
    doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.toLowerCase() ?? '';
  const microdata =
    doc.querySelector('[itemtype*="Article" i], [itemtype*="BlogPosting" i]') !== null;
  const declaresArticle = ogType === 'article' || microdata || jsonLdDeclaresArticle(doc);
  const storyCards =
    doc.querySelectorAll('article').length + doc.querySelectorAll('h2 a[href], h3 a[href]').length;
  let readerable = false;
  try {
    readerable = isProbablyReaderable(doc);
  } catch {
    readerable = false; // a DOM shim without layout: the other signals decide
  }
  return { declaresArticle, readerable, storyCards };
}

export interface ContentStats {
  words: number;
  /** Paragraphs that read like prose: at least 25 words or 150 characters. */
  proseParagraphs: number;
  /** Share of the text that sits inside links. */
  linkDensity: number;
  /** Share of headings that are links: near 1 for a list of teasers. */
  linkedHeadingShare: number;
  headings: number;
}

export function contentStats(body: Element, paragraphs: string[]): ContentStats {
  const text = normaliseSpace(body.textContent ?? '');
  const linkText = Array.from(body.querySelectorAll('a')).reduce(
    (n, a) => n + normaliseSpace(a.textContent ?? '').length,
    0,
  );
  const headings = Array.from(body.querySelectorAll('h1, h2, h3, h4, h5, h6'));
  const linkedHeadings = headings.filter(
    (h) => h.querySelector('a[href]') !== null || h.closest('a[href]') !== null,
  );
  return {
    words: countWords(text),
    proseParagraphs: paragraphs.filter((p) => countWords(p) >= 25 || p.length >= 150).length,
    linkDensity: text.length ? linkText / text.length : 1,
    linkedHeadingShare: headings.length ? linkedHeadings.length / headings.length : 0,
    headings: headings.length,
  };
}

export type Verdict = { article: true } | { article: false; message: string };

const NO_ARTICLE =
  'This page does not seem to hold an article: it looks like a list of links or teasers.';

export function judge(page: PageSignals, content: ContentStats): Verdict {
  const no = (message = NO_ARTICLE): Verdict => ({ article: false, message });
  if (content.words < 40) return no('No article text was found on this page.');
  if (content.linkDensity > 0.5) return no();
  const teaserList = content.headings >= 3 && content.linkedHeadingShare >= 0.6;
  if (page.declaresArticle)
    return teaserList && content.proseParagraphs < 2 ? no() : { article: true };
  // Undeclared pages need more evidence, and more still when they look like a grid of stories.
  if (teaserList || content.proseParagraphs === 0) return no();
  if (page.storyCards >= 8 && content.proseParagraphs < 4) return no();
  if (!page.readerable && content.proseParagraphs < 2) return no();
  return { article: true };
}
