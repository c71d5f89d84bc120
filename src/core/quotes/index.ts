/**
 * Quote finding and speaker attribution over plain text.
 *
 * Input is text whose paragraphs are separated by blank lines; offsets in the output are
 * UTF-16 offsets into that same text, so the CLI can report positions in a file as read and
 * the article pipeline can map them to its paragraphs.
 */
import type { Speaker } from '../types.js';

export interface QuoteSpan {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Offsets of the quoted words (inside the marks) in the input text. */
  start: number;
  end: number;
  /** Canonical speaker name, or null when the text does not say who spoke. */
  speaker: string | null;
  role: string | null;
}

export interface QuotesResult {
  quotes: QuoteSpan[];
  speakers: Speaker[];
}

export interface QuoteOptions {
  /**
   * Ranges of the text whose quotations are not listed (image captions, pull quotes that repeat
   * the body). They may still be read for context.
   */
  ignore?: Array<[number, number]>;
}

export function findQuotes(_text: string, _options: QuoteOptions = {}): QuotesResult {
  return { quotes: [], speakers: [] };
}
