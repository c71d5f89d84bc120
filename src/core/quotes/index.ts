/**
 * Quote finding and speaker attribution over plain text.
 *
 * Input is text whose paragraphs are separated by blank lines; offsets in the output are
 * UTF-16 offsets into that same text, so the CLI can report positions in a file as read and
 * the article pipeline can map them to its paragraphs.
 *
 * The stage runs in phases: marks (marks.ts) pair quotation marks into quotations; the article's
 * name table (names.ts) is built once; then, quotation by quotation in text order, a cue
 * (cues.ts, reading subject phrases with subject.ts) is found beside it, resolution (resolve.ts)
 * turns the cue into a person, and filters (filters.ts) leave out what nobody said.
 */
import type { Speaker } from '../types.js';
import { readArticle } from './article.js';
import { findCue } from './cues.js';
import { EuropeanReader } from './european.js';
import { quoteLanguage } from './lang.js';
import { LANGUAGE_WORDS } from './languages.js';
import { isListed, isNobodysQuote } from './filters.js';
import type { MarkedQuote, Paragraph } from './marks.js';
import { nameKey } from './names.js';
import { attribute, Kept, type Found } from './resolve.js';
import { firstAtOrAfter } from './sorted.js';

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
  /**
   * The page's declared language (`<html lang>`). The text's own language wins when it is long
   * enough to tell (see lang.ts).
   */
  lang?: string | null;
}

export function findQuotes(text: string, options?: QuoteOptions): QuotesResult {
  const { article, marked } = readArticle(text);
  const language = quoteLanguage(text, options?.lang);
  const kept = new Kept();
  if (language === 'en') {
    for (const q of marked) {
      if (isNobodysQuote(text, q)) continue;
      const cue = findCue(article, q);
      // Attribution runs before the filters: a speaker it names enters the name table even when
      // this quotation is not listed, and pronouns after it may mean them.
      const who = attribute(article, q, cue, kept);
      if (isListed(article, q, cue?.place ?? who?.place)) kept.add({ q, who });
    }
  } else {
    // A language without rules lists its quotations unattributed: never a guessed name.
    const reader =
      language === 'other' ? null : new EuropeanReader(article, language, LANGUAGE_WORDS[language]);
    for (const q of marked) {
      if (isNobodysQuote(text, q)) continue;
      const parts = reader?.interrupted(q, kept);
      if (parts) {
        for (const { part, who } of parts)
          if (isListed(article, part, who?.place)) kept.add({ q: part, who });
        continue;
      }
      const who = reader?.attribute(q, kept) ?? null;
      if (isListed(article, q, who?.place)) kept.add({ q, who });
    }
  }
  speakHeadingsAsTheirRepeat(article.paras, text, kept.list);
  const ignored = overlapsAny(options?.ignore ?? []);
  const listed = kept.list.filter(({ q }) => !ignored(q.start, q.end));
  return {
    quotes: listed.map(({ q, who }) => ({
      ...quotedWords(text, q),
      speaker: who?.name ?? null,
      role: who?.role ?? null,
    })),
    speakers: speakerList(listed),
  };
}

/**
 * A subheading that is a quotation alone ("„Es darf sich nicht die ganze Herde infizieren“")
 * repeats words the text quotes again below it, with their speaker: the heading is theirs, not
 * the speaker of the paragraph above it.
 */
function speakHeadingsAsTheirRepeat(paras: Paragraph[], text: string, listed: Found[]): void {
  const words = (q: MarkedQuote): string => text.slice(q.start, q.end).trim();
  // Only the marks and a stop stand around a quotation that fills its paragraph.
  const fills = ({ q }: Found): boolean =>
    q.firstPara === q.lastPara &&
    q.start - paras[q.firstPara]!.start <= 2 &&
    paras[q.firstPara]!.end - q.end <= 3;
  const headings = listed.filter(fills);
  if (!headings.length) return;
  const lastBy = new Map<string, Found>();
  for (const found of listed) lastBy.set(words(found.q), found);
  for (const found of headings) {
    const repeat = lastBy.get(words(found.q));
    if (repeat && repeat !== found) found.who = repeat.who && { ...repeat.who, place: 'carried' };
  }
}

/**
 * Whether a span overlaps one of `ranges`, by binary search: of the ranges that start before the
 * span ends, does one end after it starts? (A page may have many captions and many quotes.)
 */
function overlapsAny(ranges: Array<[number, number]>): (start: number, end: number) => boolean {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const starts = sorted.map(([a]) => a);
  const furthestEnd: number[] = [];
  for (const [, b] of sorted) furthestEnd.push(Math.max(b, furthestEnd.at(-1) ?? -Infinity));
  return (start, end) => (furthestEnd[firstAtOrAfter(starts, end) - 1] ?? -Infinity) > start;
}

/**
 * The quoted words and their offsets. "We were lucky," she said: the comma belongs to the sentence
 * around the quote, not to the words. A multi-paragraph quotation repeats its opening mark on each
 * paragraph; the words do not.
 */
function quotedWords(
  text: string,
  { start, end }: MarkedQuote,
): Pick<QuoteSpan, 'text' | 'start' | 'end'> {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  return { text: text.slice(start, end).replace(/(\n\s*)["“„«]/g, '$1'), start, end };
}

/** Each speaker once, in order of first quote, with the names the text used for them. */
function speakerList(listed: Found[]): Speaker[] {
  const speakers = new Map<string, Speaker>();
  for (const { who } of listed) {
    if (!who) continue;
    const id = who.key ?? nameKey(who.name);
    let s = speakers.get(id);
    if (!s) speakers.set(id, (s = { name: who.name, role: who.role, aliases: [], quoteCount: 0 }));
    s.quoteCount++;
    s.role ??= who.role;
    if (!s.aliases.includes(who.surface)) s.aliases.push(who.surface);
  }
  return [...speakers.values()];
}
