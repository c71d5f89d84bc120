/**
 * Sentence bounds around a quote. They are found on a masked copy of the text in which every
 * quotation's words are blanked out, so a period inside a quotation never ends the sentence that
 * carries it ("…," she said) and offsets stay those of the original text.
 */
import { ABBREVIATIONS } from './words.js';

/** Stands in for quoted words in the masked text: not a letter, a space or punctuation. */
export const MASK = '¤';

export function maskQuotes(text: string, spans: Array<{ start: number; end: number }>): string {
  const chars = text.split('');
  for (const { start, end } of spans) {
    // Keep the quote's last character when it is punctuation: it tells whether the sentence
    // ends.
    const keepLast = /[.!?,]/.test(text[end - 1]!) ? 1 : 0;
    for (let i = start; i < end - keepLast; i++) if (chars[i] !== '\n') chars[i] = MASK;
  }
  // Party tags and other short asides, "Rep. Gwen Moore (D-Wis.) said", are not part of the cue.
  return chars.join('').replace(/\([^()\n]{1,40}\)/g, (m) => ' '.repeat(m.length));
}

/**
 * The word before a period is an abbreviation, or an initial like the "S" of "U.S." or the "J" of
 * "J.": the period ends no sentence. A regex so it can test the few characters before a period
 * at once, word start included.
 */
const ABBREVIATION = new RegExp(`(?:^|[\\s(])(?:${ABBREVIATIONS.join('|')}|\\p{Lu})$`, 'u');

/**
 * Sentence ends: terminal punctuation, optional closing marks, then space before a capital, a
 * quotation (masked or not) or a digit.
 */
const BOUNDARY = /[.!?]+[”"’)]*\s+(?=[\p{Lu}“"‘¤\d])/gu;

function boundaries(masked: string, from: number, to: number): number[] {
  // One character past `to`, so a boundary right before it can see the capital that follows.
  const slice = masked.slice(from, to + 1);
  const ends: number[] = [];
  for (const m of slice.matchAll(BOUNDARY)) {
    const end = from + m.index! + m[0].length;
    const word = slice.slice(Math.max(0, m.index! - 6), m.index);
    if (end <= to && !ABBREVIATION.test(word) && !isInitialBeforeName(word, masked[end]!)) {
      ends.push(end);
    }
  }
  return ends;
}

/**
 * Initials before a name ("G.K. Butterfield") do not end a sentence; before a quotation they may.
 * `next` is the character after the boundary, which BOUNDARY's lookahead saw.
 */
const isInitialBeforeName = (word: string, next: string): boolean =>
  /\.\p{Lu}$/u.test(word) && /\p{L}/u.test(next);

/** Start of the sentence containing `pos`, not before the paragraph start. */
export function sentenceStart(masked: string, pos: number, paraStart: number): number {
  return boundaries(masked, paraStart, pos).pop() ?? paraStart;
}

/** End of the sentence containing `pos`, not after the paragraph end. */
export function sentenceEnd(masked: string, pos: number, paraEnd: number): number {
  return boundaries(masked, pos, paraEnd)[0] ?? paraEnd;
}
