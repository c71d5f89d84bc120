/**
 * What read aloud speaks, one utterance at a time: the article's sentences. Speaking sentence by
 * sentence keeps each utterance short (Chromium's voices can stall on long ones), gives the
 * highlight its steps, and lets the player say who speaks before a quotation.
 * Pure: paragraphs and quotes in, units out, with the core's normalised paragraph offsets.
 */
import type { Quote } from '../../core/types.js';

export interface SpeechUnit {
  /** Index in `Article.paragraphs`. */
  paragraph: number;
  /** Normalised offsets of the sentence in its paragraph. */
  start: number;
  end: number;
  text: string;
  /** The speaker of the first attributed quotation that begins in this sentence, if any. */
  speaker: string | null;
  /** The quotations this sentence reads, whole or in part. */
  quotes: number[];
  /** The quotations that begin in this sentence. */
  startsQuotes: number[];
}

/** Longer sentences are split at a comma, semicolon or colon, where a voice would pause anyway. */
const LONGEST_UNIT = 240;
const PAUSE_MARK = /[,;:\u060c\u3001]\s/g;

function sentences(text: string, lang: string | null): Array<[number, number]> {
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(lang ?? undefined, { granularity: 'sentence' });
  } catch {
    segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
  const out: Array<[number, number]> = [];
  for (const { index, segment } of segmenter.segment(text)) {
    const trimmed = segment.trimEnd();
    if (trimmed.trim()) out.push(...shortPieces(text, index, index + trimmed.length));
  }
  return out;
}

/** [start, end) split at pauses so that no piece is longer than LONGEST_UNIT, where possible. */
function shortPieces(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = start;
  while (end - from > LONGEST_UNIT) {
    const window = text.slice(from, from + LONGEST_UNIT);
    let cut = -1;
    for (const match of window.matchAll(PAUSE_MARK)) cut = match.index + 1;
    if (cut <= 0) break;
    out.push([from, from + cut]);
    from += cut;
    while (text[from] === ' ') from++;
  }
  out.push([from, end]);
  return out;
}

/** Does a quote's text overlap [start, end) of paragraph `paragraph`? */
function overlaps(quote: Quote, paragraph: number, start: number, end: number): boolean {
  if (paragraph < quote.paragraph || paragraph > quote.endParagraph) return false;
  const from = paragraph === quote.paragraph ? quote.start : 0;
  const to = paragraph === quote.endParagraph ? quote.end : Infinity;
  return from < end && to > start;
}

export function speechUnits(
  paragraphs: readonly string[],
  quotes: readonly Quote[],
  lang: string | null,
): SpeechUnit[] {
  const units: SpeechUnit[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const [start, end] of sentences(text, lang)) {
      const startsHere = (q: Quote): boolean =>
        q.paragraph === paragraph && q.start >= start && q.start < end;
      const startsQuotes = quotes.flatMap((q, i) => (startsHere(q) ? [i] : []));
      const attributed = startsQuotes.map((i) => quotes[i]!).find((q) => q.speaker);
      units.push({
        paragraph,
        start,
        end,
        text: text.slice(start, end),
        speaker: attributed?.speaker ?? null,
        quotes: quotes.flatMap((q, i) => (overlaps(q, paragraph, start, end) ? [i] : [])),
        startsQuotes,
      });
    }
  });
  return units;
}

/** The unit to read from for the next (1) or previous (-1) quotation; `from` when there is none. */
export function quoteUnit(units: readonly SpeechUnit[], from: number, step: 1 | -1): number {
  for (let i = from + step; i >= 0 && i < units.length; i += step)
    if (units[i]!.startsQuotes.length) return i;
  return from;
}
