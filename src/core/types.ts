/**
 * The plain data the core returns. Everything here is serialisable (structured-clone and JSON
 * safe) so the same object can cross from the core to the reader UI, the CLI and the tests.
 */

import type { RemovalReason } from './reasons.js';

/** A block the strip stage took out of the article, kept so the reader can show it again. */
export interface RemovedBlock {
  /** Why it was removed, e.g. "unrelated-story", "promo", "related-links". */
  reason: RemovalReason;
  /** Its plain text, for the CLI and for matching in tests. */
  text: string;
}

/** One quotation found in the article text. */
export interface Quote {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Canonical speaker name, or null when the article does not say who spoke. */
  speaker: string | null;
  /** The speaker's role as the article gives it, or null. */
  role: string | null;
  /** 0-based index of the quote's paragraph in `Article.paragraphs`. */
  paragraph: number;
  /** UTF-16 offset of the quoted words' start inside that paragraph. */
  start: number;
  /** The paragraph where the quotation ends: later than `paragraph` when it runs over several. */
  endParagraph: number;
  /** UTF-16 offset just past the quoted words inside `endParagraph`. */
  end: number;
}

export interface Speaker {
  name: string;
  role: string | null;
  aliases: string[];
  quoteCount: number;
}

export interface ArticleMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** ISO date (YYYY-MM-DD) the article was published, when the page says so. */
  published: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  /** The page's address, when known; links in `html` are resolved against it. */
  url: string | null;
}

export interface Article extends ArticleMetadata {
  /** Sanitised article HTML: safe to insert into a live document. Removed blocks are not in it. */
  html: string;
  /**
   * The same HTML with the removed blocks kept in place, each marked `data-vb-removed="reason"`,
   * so the reader can show what was hidden where it was. Paragraph walkers skip marked blocks.
   */
  annotatedHtml: string;
  /** Paragraph texts in reading order (headings, list items and captions count as paragraphs); removed blocks excluded. */
  paragraphs: string[];
  /** The paragraphs joined by one blank line. */
  text: string;
  wordCount: number;
  /** Estimated minutes to read, at least 1. */
  readingMinutes: number;
  removed: RemovedBlock[];
  quotes: Quote[];
  speakers: Speaker[];
}

/**
 * Why there is no article, as a code: the reader shows it in the person's language, while
 * `message` is the English line the CLI prints.
 */
export type NoArticleCause = 'no-text' | 'not-an-article' | 'too-deep' | 'too-big' | 'read-failed';

export type ReadResult =
  | { ok: true; article: Article }
  | { ok: false; error: 'no-article'; cause: NoArticleCause; message: string };

export interface ReadOptions {
  /** The page's original address; used to resolve relative links. */
  url?: string | null;
  /** Remove blocks that do not belong to the article's story (strip stage). */
  strip?: boolean;
  /** How video embeds appear in `html`: a sandboxed iframe (default) or a link to swap in later. */
  embeds?: 'frame' | 'link';
}
