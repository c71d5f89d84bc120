/**
 * The words of a sentence with their offsets, and the tests the cue and subject readers apply to
 * one word. They read the masked text, so a word inside a quotation never reaches them.
 */
import { AUX, SPEECH_VERB } from './words.js';

export interface Word {
  text: string;
  /** Offset of the word in the text. */
  start: number;
}

/** The words of `s`, a slice of the text that starts at `offset`. */
export function splitWords(s: string, offset: number): Word[] {
  const out: Word[] = [];
  for (const m of s.matchAll(/\S+/g)) {
    // A comma left alone by a blanked aside, "Jordan (R-Ohio), a member", joins the word before it.
    if (/^[,;:]$/.test(m[0]) && out.length) out.at(-1)!.text += m[0];
    else out.push({ text: m[0], start: offset + m.index! });
  }
  return out;
}

export const joined = (ws: Word[]): string => ws.map((w) => w.text).join(' ');

/** A word without the brackets, quotation marks and punctuation around it. */
export const bare = (w: string): string => w.replace(/^[("“‘]+|[)"”’.,;:!?]+$/g, '');

/** How a word is looked up in the word lists. */
export const lower = (w: string): string => bare(w).toLowerCase();

/**
 * Auxiliaries and adverbs that may stand between a subject and its verb: "Pompeo also said",
 * "she has repeatedly said".
 */
export const isSkippable = (w: string): boolean => AUX.has(w) || /^\p{Ll}+ly$/u.test(w);

/** The first index from `i` on whose word is not skippable (`ws.length` when none is). */
export function skipSkippable(ws: Word[], i: number): number {
  while (i < ws.length && isSkippable(ws[i]!.text)) i++;
  return i;
}

/**
 * A speech verb anywhere in a sentence. Case matters ("State Department" is no verb); only
 * "Said Ellis:" opens a sentence with one. The lookarounds stand for word boundaries that know
 * letters beyond ASCII and keep "said" out of "unsaid" and "Said-Smith".
 */
const VERB_IN_TEXT = new RegExp(
  `(?<![\\p{L}’'-])(?:Said|Says|${SPEECH_VERB})(?![\\p{L}’'-])`,
  'gu',
);

/** One word that is a speech verb, as a whole. */
const VERB_WORD = new RegExp(`^(?:Said|Says|${SPEECH_VERB})$`);

export const verbsIn = (s: string): RegExpExecArray[] =>
  [...s.matchAll(VERB_IN_TEXT)] as RegExpExecArray[];
export const hasVerb = (s: string): boolean => verbsIn(s).length > 0;
export const isVerb = (w: string): boolean => VERB_WORD.test(bare(w));

/** A verb form in -ing: a participle ("speaking"), not a finite verb that takes a subject. */
export const isIngForm = (w: string): boolean => /ing$/.test(w);
