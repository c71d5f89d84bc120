/**
 * read() as the reader calls it, in the page or for a big page elsewhere: a page it must not walk
 * (see core/limits.ts) or a bug becomes a message to show, never an exception in a view.
 */
import { PageLimitError } from '../core/limits.js';
import {
  readStaged,
  withMarkup,
  writeMarkup,
  type ArticleQuotes,
  type StagedRead,
} from '../core/read.js';
import type { ReadResult } from '../core/types.js';

type ReaderOptions = { url: string; strip: boolean };

export function readForReader(doc: Document, options: ReaderOptions): ReadResult {
  const staged = readForReaderStaged(doc, options);
  if (!staged.ok) return staged;
  const article = withMarkup(staged.article, writeMarkup(staged.elements));
  return { ok: true, article: { ...article, ...staged.quotes() } };
}

/** The staged read (core/read.ts) as the reader calls it: neither stage throws. */
export function readForReaderStaged(doc: Document, options: ReaderOptions): StagedRead {
  let staged: StagedRead;
  try {
    staged = readStaged(doc, { ...options, embeds: 'link' });
  } catch (error) {
    return failure(error);
  }
  if (!staged.ok) return staged;
  const { quotes } = staged;
  return { ...staged, quotes: () => quotesOrNone(quotes) };
}

/** A bug in the quote stage costs the sidebar its list, not the reader its article. */
function quotesOrNone(quotes: () => ArticleQuotes): ArticleQuotes {
  try {
    return quotes();
  } catch (error) {
    console.error('Verbatim could not find the quotations on this page', error);
    return { quotes: [], speakers: [] };
  }
}

function failure(error: unknown): Extract<ReadResult, { ok: false }> {
  if (error instanceof PageLimitError)
    return {
      ok: false,
      error: 'no-article',
      cause: 'too-deep',
      message: `Verbatim cannot show this page: ${error.message}.`,
    };
  console.error('Verbatim could not read this page', error);
  return {
    ok: false,
    error: 'no-article',
    cause: 'read-failed',
    message: 'Verbatim could not read this page.',
  };
}
