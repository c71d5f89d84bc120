/**
 * Finding quotation marks and pairing them into spans. No attribution here: just "where are the
 * quoted words", with paragraph bounds so the attribution stage can read the context.
 */

/** A line of text with its offsets; the corpus and the CLI both separate paragraphs by newlines. */
export interface Paragraph {
  start: number;
  end: number;
}

export interface MarkedQuote {
  /** Offsets of the quoted words, inside the marks. */
  start: number;
  end: number;
  /** Index of the paragraph the quote opens in, and the one it closes in (differ for a multi-paragraph quote). */
  firstPara: number;
  lastPara: number;
  /** True when a closing mark was found; false when the paragraph ended first. */
  closed: boolean;
}

export const splitParagraphs = (text: string): Paragraph[] =>
  [...text.matchAll(/[^\n]*\S[^\n]*/g)].map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
  }));

type Direction = 'open' | 'close' | 'either';

/**
 * Which way a mark (`isMark`) faces. Curly marks say so themselves; an ASCII mark faces away from
 * the space beside it ("open after a space, close before one").
 */
function directionOf(text: string, i: number, single: boolean): Direction | null {
  const ch = text[i]!;
  if ((single ? /[‘‚‹]/ : /[“„«]/).test(ch)) return 'open';
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  const spaceBefore = /[\s([{—–/]/.test(before);
  const spaceAfter = /[\s)\]}.,;:!?—–/-]/.test(after);
  // Apostrophes inside or at the end of words (don't, voters') are not quotation marks.
  if (single && /\p{L}/u.test(before) && /\p{L}/u.test(after)) return null;
  if (/["']/.test(ch) && spaceBefore === spaceAfter) return 'either';
  // A right mark after a space opens a quote in careless typesetting; otherwise it closes.
  return spaceBefore && !spaceAfter ? 'open' : 'close';
}

const isMark = (ch: string, single: boolean): boolean =>
  (single ? /['‘‚‹’›]/ : /["“„«”»]/).test(ch);

/** Does the paragraph open with a quotation mark (after leading spaces)? */
function opensWithMark(text: string, p: Paragraph, single: boolean): boolean {
  const i = firstMarkIndex(text, p);
  return isMark(text[i]!, single) && directionOf(text, i, single) !== 'close';
}

/**
 * British-style texts quote with single marks and nest double ones; everywhere else single marks
 * are nested quotes or apostrophes. Decide once per text.
 */
function quotesWithSingleMarks(text: string): boolean {
  return !/["“”„«»]/.test(text) && /(?:^|\s)[‘']\p{L}/u.test(text);
}

/**
 * Pairs marks into quotes. A quotation that runs over several paragraphs repeats the opening mark
 * on each paragraph and closes only on the last: it stays open across the paragraph break when the
 * next paragraph opens with a mark. A mark left open at a paragraph end otherwise closes there.
 */
export function findMarkedQuotes(text: string, paragraphs: Paragraph[]): MarkedQuote[] {
  const single = quotesWithSingleMarks(text);
  const quotes: MarkedQuote[] = [];
  let open: { start: number; firstPara: number } | null = null;
  const closeAt = (end: number, lastPara: number, closed: boolean): void => {
    if (open) quotes.push({ start: open.start, end, firstPara: open.firstPara, lastPara, closed });
    open = null;
  };
  paragraphs.forEach((p, pi) => {
    // The mark that re-opens a carried quotation at the head of this paragraph is not a new quote.
    const skip = open ? firstMarkIndex(text, p) : -1;
    let nested = 0;
    for (let i = p.start; i < p.end; i++) {
      if (i === skip || !isMark(text[i]!, single)) continue;
      let dir = directionOf(text, i, single);
      if (!dir) continue;
      // Careless typesetting turns curly marks the wrong way: "It's unusual,“ said Noble.
      if (
        dir === 'open' &&
        open &&
        /[^\s([{]/.test(text[i - 1] ?? ' ') &&
        /^[\s.,;:!?)]?$/.test(text[i + 1] ?? '')
      )
        dir = 'close';
      else if (
        dir === 'close' &&
        !open &&
        /^[\s(]?$/.test(text[i - 1] ?? '') &&
        /\p{L}/u.test(text[i + 1] ?? '')
      )
        dir = 'open';
      if (open && dir !== 'open') {
        if (nested) nested--;
        else closeAt(i, pi, true);
      } else if (dir !== 'close') {
        // A second opening mark while one is open nests a quotation when two closing marks follow
        // in the paragraph ("… the claim that “it has to do with Israel” makes clear …”); else the
        // first was never closed.
        if (open?.firstPara === pi && (text.slice(i + 1, p.end).match(/[”»"]/g) ?? []).length > 1) {
          nested++;
          continue;
        }
        if (open) closeAt(trimEnd(text, i), pi, false);
        open = { start: i + 1, firstPara: pi };
      }
    }
    const next = paragraphs[pi + 1];
    if (open && !(next && opensWithMark(text, next, single)))
      closeAt(trimEnd(text, p.end), pi, false);
  });
  return quotes.filter((q) => q.end > q.start);
}

/** Offset of the paragraph's first visible character. */
const firstMarkIndex = (text: string, p: Paragraph): number =>
  p.end - text.slice(p.start, p.end).trimStart().length;

const trimEnd = (text: string, end: number): number => text.slice(0, end).trimEnd().length;
