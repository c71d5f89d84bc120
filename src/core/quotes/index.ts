/**
 * Quote finding and speaker attribution. This is the seam the quotes stage plugs into; until it
 * lands, articles carry no quotes and the sidebar says so.
 */
import type { Quote, Speaker } from '../types.js';

export interface QuoteSpan extends Omit<Quote, 'paragraph'> {}

export interface QuotesResult {
  quotes: QuoteSpan[];
  speakers: Speaker[];
}

export function findQuotes(_text: string): QuotesResult {
  return { quotes: [], speakers: [] };
}
