/**
 * Which quotations are listed. Quotation marks also enclose transcript excerpts, headlines, titles
 * of works, scare quotes and nicknames: nobody said those, so the sidebar leaves them out.
 */
import type { Article } from './article.js';
import type { MarkedQuote } from './marks.js';
import type { Attribution } from './resolve.js';
import { FRAMING_STEMS, isCapitalised, QUOTING_WORDS, SPEECH_VERB } from './words.js';

/** "PENCE: …" on any line of a quotation: a transcript excerpt. */
const TRANSCRIPT_LABEL = /(?:^|\n)\s*["“]?\p{Lu}[\p{Lu}.'’ -]{1,30}:/u;

/** A headline with its byline after it: "“Why it matters,” by Ben Sisario". */
const BYLINE_AFTER = /^[”"]?,?\s+by\s+\p{Lu}[\p{L}.'’-]*\s+\p{Lu}/u;

/** A transcript excerpt or a headline: nobody's quote, whatever cue stands near it. */
export function isNobodysQuote(text: string, q: MarkedQuote): boolean {
  return (
    TRANSCRIPT_LABEL.test(text.slice(q.start, q.end)) ||
    BYLINE_AFTER.test(text.slice(q.end, q.end + 40))
  );
}

/**
 * A speech verb, or a framing verb and "as", right before a quotation. A regex because it is
 * matched at the end of the text before the mark, with the verb lists as alternations.
 */
const SAID_BEFORE = new RegExp(
  '(?:' +
    `(?<![\\p{L}’'-])(?:${SPEECH_VERB}|${QUOTING_WORDS.join('|')})` +
    `|\\b(?:${FRAMING_STEMS.join('|')})\\w*\\b.{0,40}\\bas` +
    ')[,:]?\\s*$',
  'u',
);

/** "told" takes a listener or a show: `told "Fox and Friends"`. */
const TOLD_BEFORE = /\b(?:told|tell\w*)\s*$/;

/** A noun right before the mark makes the quotation a title: `the report "…"`. */
const NOUN_BEFORE = /\b(?:the|an?|his|her|their|its|this|whose|\S+['’]s)\s+\S+[,:]?\s*$/i;

/**
 * Words spoken right after a speech verb are a quotation however short or title-like: `shouting
 * "she wins, we lose!"`, `some chanted "USA! USA!"`, `described it as "news to me."`. Not after
 * "told" nor a noun.
 */
const saidRightBefore = (lead: string): boolean =>
  SAID_BEFORE.test(lead) && !TOLD_BEFORE.test(lead) && !NOUN_BEFORE.test(lead);

/** Titles of works and shows: a few words, most of them capitalised ("Face the Nation"). */
const isTitle = (words: string[]): boolean =>
  words.length <= 8 && words.filter(isCapitalised).length / words.length > 0.6;

/** Scare quotes and nicknames: too short to be a statement unless somebody is said to say them. */
const isFragment = (text: string, words: string[]): boolean =>
  (words.length < 5 && !/^\s*\p{Lu}.*[.!?]\s*$/su.test(text)) || /^\s*\(.*\)\W*$/.test(text);

/** A title after these is a work's name: "on CBS's “Face the Nation,”", "a film titled “…”". */
const NAMES_A_WORK = /(?:\b(?:on|with|in|titled|called|named|dubbed)|['’]s)\s*$/;

/**
 * Whether a quotation is listed, given where its cue sat (`place`, none when it has none). A title
 * is listed only when said: after its cue, carried on, or right after `said,` / `asked:`; never
 * after "on", "with", "titled", "CBS's" ("on CBS's “Face the Nation,” Sanders said"). A fragment
 * is listed only with a cue or right after a speech verb.
 */
export function isListed(
  { text, masked, paras }: Article,
  q: MarkedQuote,
  place: Attribution['place'] | undefined,
): boolean {
  const quoted = text.slice(q.start, q.end);
  const words = quoted.match(/[\p{L}\p{N}’'-]+/gu) ?? [];
  // The eleven characters before the opening mark, and up to eighty in its paragraph.
  const lead = text.slice(Math.max(0, q.start - 12), q.start - 1);
  const said = saidRightBefore(
    masked.slice(Math.max(paras[q.firstPara]!.start, q.start - 81), q.start - 1),
  );
  if (said) return true;
  if (isTitle(words) && (NAMES_A_WORK.test(lead) || !isSaidAt(place, lead))) return false;
  return !!place || !isFragment(quoted, words);
}

/** A cue after the quote, a carried speaker, or a cue before it ending in `,` or `:`. */
const isSaidAt = (place: Attribution['place'] | undefined, lead: string): boolean =>
  place === 'after' || place === 'carried' || (place === 'before' && /[,:]\s*$/.test(lead));
