/**
 * Finding quotation marks and pairing them into spans. No attribution here: just "where are the
 * quoted words", with paragraph bounds so the attribution stage can read the context.
 */
import { firstAtOrAfter } from './sorted.js';

/** A line of text with its offsets; the corpus and the CLI both separate paragraphs by newlines. */
export interface Paragraph {
  start: number;
  end: number;
}

export interface MarkedQuote {
  /** Offsets of the quoted words, inside the marks. */
  start: number;
  end: number;
  /**
   * Index of the paragraph the quote opens in, and the one it closes in (they differ for a
   * quotation over several paragraphs).
   */
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

/**
 * Typewriter quotation marks written as two characters, ``like this'' (or only the closing two
 * apostrophes), as the curly marks they stand for: an opening pair becomes a space and “, a
 * closing pair ” and a space. Same length, so offsets hold; the marks are paired on this text
 * and the quotes are cut from the original.
 */
export const withTypewriterMarks = (text: string): string =>
  text.replace(/``(?=\S)/g, ' “').replace(/(?<=[^\s'`])''(?=[\s.,;:!?)]|$)/gmu, '” ');

/**
 * The marks a text quotes with. British-style texts quote with single marks and nest double ones;
 * everywhere else single marks are nested quotes or apostrophes.
 */
interface MarkStyle {
  /** Any mark of the style. */
  mark: RegExp;
  /** Marks that face right, so can only open a quotation. */
  opener: RegExp;
  /** Whether apostrophes look like these marks (then a mark between letters is none). */
  apostrophes: boolean;
}

const DOUBLE_MARKS: MarkStyle = { mark: /["“„«”»]/, opener: /[“„«]/, apostrophes: false };
const SINGLE_MARKS: MarkStyle = { mark: /['‘‚‹’›]/, opener: /[‘‚‹]/, apostrophes: true };

/** No double marks at all, and a single mark opening a word: the text quotes with singles. */
function markStyleOf(text: string): MarkStyle {
  const single = !/["“”„«»]/.test(text) && /(?:^|\s)[‘']\p{L}/u.test(text);
  return single ? SINGLE_MARKS : DOUBLE_MARKS;
}

type Direction = 'open' | 'close' | 'either';

/**
 * Which way a mark faces. Curly marks say so themselves; an ASCII mark faces away from the space
 * beside it ("open after a space, close before one"). Null for an apostrophe.
 */
function directionOf(text: string, i: number, style: MarkStyle): Direction | null {
  const ch = text[i]!;
  if (style.opener.test(ch)) return 'open';
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  const spaceBefore = /[\s([{—–/]/.test(before);
  const spaceAfter = /[\s)\]}.,;:!?—–/-]/.test(after);
  // An apostrophe inside a word (don't) is no quotation mark.
  if (style.apostrophes && /\p{L}/u.test(before) && /\p{L}/u.test(after)) return null;
  if (/["']/.test(ch) && spaceBefore === spaceAfter) return 'either';
  // A right mark after a space opens a quote in careless typesetting; otherwise it closes.
  return spaceBefore && !spaceAfter ? 'open' : 'close';
}

/**
 * The direction of a mark where it stands. Careless typesetting turns curly marks the wrong way
 * ("It's unusual,“ said Noble): an opening mark that can only close the open quotation closes it,
 * and a closing mark that can only open one opens it.
 */
function directionAt(
  text: string,
  i: number,
  style: MarkStyle,
  { quoteIsOpen }: { quoteIsOpen: boolean },
): Direction | null {
  const dir = directionOf(text, i, style);
  if (dir === 'open' && quoteIsOpen && looksClosing(text, i)) return 'close';
  if (dir === 'close' && !quoteIsOpen && looksOpening(text, i)) return 'open';
  return dir;
}

/**
 * A word or punctuation before the mark, and a space, punctuation or the end after it, or a hyphen
 * that joins the quoted word to a compound, as German writes them („Rubygate“-Prozess).
 */
const looksClosing = (text: string, i: number): boolean =>
  /[^\s([{]/.test(text[i - 1] ?? ' ') && /^[\s.,;:!?)-]?$/.test(text[i + 1] ?? '');

/** A space, a bracket or the start before the mark, and a letter after it. */
const looksOpening = (text: string, i: number): boolean =>
  /^[\s(]?$/.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '');

/**
 * A second opening mark while one is open nests a quotation when two closing marks follow in the
 * paragraph ("… the claim that “it has to do with Israel” makes clear …”); else the first was
 * never closed.
 */
const nestsQuotation = (closers: ClosingMarks, i: number, p: Paragraph): boolean =>
  closers.between(i + 1, p.end) > 1;

/**
 * The closing marks (”, », ") of a text, found once, so that counting those between two offsets
 * is two binary searches and a paragraph of unbalanced marks is not recounted at every mark.
 */
class ClosingMarks {
  private at: number[] | null = null;
  constructor(private readonly text: string) {}

  between(from: number, to: number): number {
    this.at ??= [...this.text.matchAll(/[”»"]/g)].map((m) => m.index!);
    return firstAtOrAfter(this.at, to) - firstAtOrAfter(this.at, from);
  }
}

/** Does the paragraph open with a quotation mark (after leading spaces)? */
function opensWithMark(text: string, p: Paragraph, style: MarkStyle): boolean {
  const i = firstVisibleIndex(text, p);
  return style.mark.test(text[i]!) && directionOf(text, i, style) !== 'close';
}

/**
 * Pairs marks into quotes. A quotation that runs over several paragraphs repeats the opening mark
 * on each paragraph and closes only on the last: it stays open across the paragraph break when the
 * next paragraph opens with a mark. A mark left open at a paragraph end otherwise closes there.
 */
export function findMarkedQuotes(text: string, paragraphs: Paragraph[]): MarkedQuote[] {
  const style = markStyleOf(text);
  const closers = new ClosingMarks(text);
  const quotes: MarkedQuote[] = [];
  let open: { start: number; firstPara: number } | null = null;
  /** Ends the open quotation at `end`; `closed` when a closing mark stands there. */
  const finish = (end: number, lastPara: number, how: { closed: boolean }): void => {
    if (open) quotes.push({ start: open.start, end, firstPara: open.firstPara, lastPara, ...how });
    open = null;
  };
  paragraphs.forEach((p, pi) => {
    // The mark that re-opens a carried quotation at the head of this paragraph is not a new quote.
    const skip = open ? firstVisibleIndex(text, p) : -1;
    let nested = 0;
    for (let i = p.start; i < p.end; i++) {
      if (i === skip || !style.mark.test(text[i]!)) continue;
      const dir = directionAt(text, i, style, { quoteIsOpen: open !== null });
      if (!dir) continue;
      if (open && dir !== 'open') {
        if (nested) nested--;
        else finish(i, pi, { closed: true });
      } else if (dir !== 'close') {
        if (open?.firstPara === pi && nestsQuotation(closers, i, p)) {
          nested++;
          continue;
        }
        if (open) finish(trimEnd(text, i), pi, { closed: false });
        open = { start: i + 1, firstPara: pi };
      }
    }
    const next = paragraphs[pi + 1];
    if (open && !(next && opensWithMark(text, next, style))) {
      finish(trimEnd(text, p.end), pi, { closed: false });
    }
  });
  return quotes.filter((q) => q.end > q.start);
}

/** Offset of the paragraph's first visible character. */
const firstVisibleIndex = (text: string, p: Paragraph): number =>
  p.end - text.slice(p.start, p.end).trimStart().length;

const trimEnd = (text: string, end: number): number => text.slice(0, end).trimEnd().length;
