/**
 * Main-article extraction: Readability on the page, with our metadata readers beside it.
 * Readability rewrites the document it is given, so callers pass a copy (or a freshly parsed file).
 */
import { Readability } from '@mozilla/readability';
import {
  cleanByline,
  direction,
  language,
  publishedDate,
  readDirection,
  siteName,
} from './metadata.js';
import { dropDanglingAddresses } from './sanitise.js';
import { carryHints } from './strip/carry.js';
import { keepNamedStory } from './strip/story.js';
import type { ArticleMetadata } from './types.js';

export interface Extraction {
  content: Element;
  metadata: ArticleMetadata;
}

/** Metadata is read before the parse: Readability removes the <head> elements it reads from. */
function metadataReaders(doc: Document, url: string | null) {
  const published = (fromReadability: string | null | undefined) =>
    publishedDate(doc, fromReadability);
  const datePage = publishedDate(doc, null);
  const langPage = language(doc, null);
  const dirPage = direction(doc, null);
  const sitePage = siteName(doc, null, url);
  return { published, datePage, langPage, dirPage, sitePage };
}

/**
 * Work on the page before Readability sees it: on pages that hold several full stories (an
 * infinite-scroll page with the next article appended), keep the one the address and title
 * point to, so Readability cannot pick the longer neighbour; and carry the page's markup hints
 * onto the boxes Readability will unwrap, so the strip stage can still read them.
 */
export function preClean(doc: Document, url: string | null): void {
  // One walk of the page serves both steps: on a large page each walk costs as much as a step.
  const elements = Array.from(doc.querySelectorAll('div, article, [itemtype]'));
  keepNamedStory(doc, url, elements);
  carryHints(elements);
  dropDanglingAddresses(doc);
}

export function extract(doc: Document, url: string | null): Extraction | null {
  const before = metadataReaders(doc, url);
  preClean(doc, url);
  const reader = new Readability<Element>(doc, {
    serializer: (node) => node as Element,
    // Keep the page's classes: the strip stage reads them (related, promo, teaser…); the
    // sanitiser drops them afterwards.
    keepClasses: true,
  });
  const parsed = reader.parse();
  if (!parsed?.content) return null;
  return {
    content: parsed.content,
    metadata: {
      title: parsed.title?.trim() || null,
      byline: cleanByline(parsed.byline),
      siteName: parsed.siteName?.trim() || before.sitePage,
      published: before.published(parsed.publishedTime) ?? before.datePage,
      lang: parsed.lang?.trim() || before.langPage,
      dir: readDirection(parsed.dir) ?? before.dirPage,
      excerpt: parsed.excerpt?.trim() || null,
      url,
    },
  };
}
