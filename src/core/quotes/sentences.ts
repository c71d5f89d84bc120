/**
 * Sentence bounds around a quote. They are found on a masked copy of the text in which every
 * quotation's words are blanked out, so a period inside a quotation never ends the sentence that
 * carries it ("…," she said) and offsets stay those of the original text.
 */
import { firstAtOrAfter } from './sorted.js';
import { ABBREVIATIONS } from './words.js';

/** Stands in for quoted words in the masked text: not a letter, a space or punctuation. */
export const MASK = '¤';

export function maskQuotes(text: string, spans: Array<{ start: number; end: number }>): string {
  // Built from the spans' runs, not character by character: a page's text may run to megabytes.
  const runs = spans
    .map(({ start, end }) => ({ start, end: end - (endsWithCuePunctuation(text, end) ? 1 : 0) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let kept = 0;
  for (const { start, end } of runs) {
    const from = Math.max(start, kept);
    if (end <= from) continue;
    parts.push(text.slice(kept, from), text.slice(from, end).replace(/[^\n]/g, MASK));
    kept = end;
  }
  parts.push(text.slice(kept));
  // Party tags and other short asides, "Rep. Gwen Moore (D-Wis.) said", are not part of the cue.
  return parts.join('').replace(/\([^()\n]{1,40}\)/g, (m) => ' '.repeat(m.length));
}

/** A quote's last character is kept when it is punctuation: it tells whether the sentence ends. */
const endsWithCuePunctuation = (text: string, end: number): boolean =>
  /[.!?,]/.test(text[end - 1] ?? '');

/**
 * The word before a period is an abbreviation, or an initial like the "S" of "U.S." or the "J" of
 * "J.": the period ends no sentence. A regex so it can test the few characters before a period
 * at once, word start included.
 */
const ABBREVIATION = new RegExp(`(?:^|[\\s(])(?:${ABBREVIATIONS.join('|')}|\\p{Lu})$`, 'u');

/**
 * Sentence ends: terminal punctuation, optional closing marks, then space before a capital, a
 * quotation (masked or not, with the opening marks of every language: „…“, »…«, « … ») or a digit.
 */
const BOUNDARY = /[.!?]+[”"’“«»)]*\s+(?=[\p{Lu}“"‘„«»‹‚¤\d])/gu;

/** Reads the word before a boundary (the six characters before it, not before `from`). */
function endsSentenceAt(masked: string, start: number, end: number, from: number): boolean {
  const word = masked.slice(Math.max(from, start - 6), start);
  return !ABBREVIATION.test(word) && !isInitialBeforeName(word, masked[end]!);
}

/**
 * Initials before a name ("G.K. Butterfield") do not end a sentence; before a quotation they may.
 * `next` is the character after the boundary, which BOUNDARY's lookahead saw.
 */
const isInitialBeforeName = (word: string, next: string): boolean =>
  /\.\p{Lu}$/u.test(word) && /\p{L}/u.test(next);

/**
 * The sentence bounds of a masked text. A sentence is read between two offsets (a quote and its
 * paragraph's start or end): the boundaries BOUNDARY finds in that range, whose word before it
 * (read no further back than the range's start) is no abbreviation or initial. Scanning the range
 * at every call made a paragraph of many quotations quadratic; the boundaries are found once here
 * for the whole text, and a range gives the same ones. BOUNDARY has no lookbehind and no anchor,
 * so a scan from inside the text meets the boundaries of the whole-text scan that start at or
 * after its start, except when it starts inside one's punctuation (then that one is seen from
 * there); and a range's end only hides the boundaries that end past it.
 */
/**
 * The most a sentence runs either side of the offset it is read from, in characters. The cue
 * readers read a quote's sentence, and a paragraph with no sentence end (a list of quotations, a
 * run of unclosed marks) would make every quote read the whole paragraph. News sentences are far
 * shorter: the longest in the PolNeAR articles runs 1,081 characters before a quote.
 */
export const MAX_SENTENCE = 2000;

export class Sentences {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Per boundary: the first (last) boundary at or after (before) it that ends a sentence. */
  private readonly nextEnding: Int32Array;
  private readonly prevEnding: Int32Array;

  constructor(private readonly masked: string) {
    const ending: boolean[] = [];
    for (const m of masked.matchAll(BOUNDARY)) {
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
      ending.push(endsSentenceAt(masked, m.index, m.index + m[0].length, 0));
    }
    const n = ending.length;
    this.nextEnding = new Int32Array(n + 1).fill(n);
    this.prevEnding = new Int32Array(n + 1).fill(-1);
    for (let k = n - 1; k >= 0; k--) this.nextEnding[k] = ending[k] ? k : this.nextEnding[k + 1]!;
    for (let k = 0; k < n; k++) this.prevEnding[k] = ending[k] ? k : (this.prevEnding[k - 1] ?? -1);
  }

  /**
   * Start of the sentence containing `pos`, not before the paragraph start, nor more than
   * MAX_SENTENCE characters before `pos` (then at the start of a word).
   */
  start(pos: number, paraStart: number): number {
    const start = this.unboundedStart(pos, paraStart);
    if (pos - start <= MAX_SENTENCE) return start;
    let cut = pos - MAX_SENTENCE;
    while (cut < pos && !/\s/.test(this.masked[cut - 1]!)) cut++;
    return cut;
  }

  /**
   * End of the sentence containing `pos`, not after the paragraph end, nor more than MAX_SENTENCE
   * characters after `pos` (then at the end of a word).
   */
  end(pos: number, paraEnd: number): number {
    const end = this.unboundedEnd(pos, paraEnd);
    if (end - pos <= MAX_SENTENCE) return end;
    let cut = pos + MAX_SENTENCE;
    while (cut > pos && !/\s/.test(this.masked[cut]!)) cut--;
    return cut;
  }

  private unboundedStart(pos: number, paraStart: number): number {
    const from = paraStart;
    const first = firstAtOrAfter(this.starts, from);
    const last = firstAtOrAfter(this.ends, pos + 1) - 1;
    // Boundaries six characters or more past `from` read their word in full: the table says.
    const full = firstAtOrAfter(this.starts, from + 6);
    if (last >= full && this.prevEnding[last]! >= full) return this.ends[this.prevEnding[last]!]!;
    for (let k = Math.min(last, full - 1); k >= first; k--) {
      if (endsSentenceAt(this.masked, this.starts[k]!, this.ends[k]!, from)) return this.ends[k]!;
    }
    const inside = this.startsInside(from, first);
    return inside !== null && inside <= pos ? inside : paraStart;
  }

  private unboundedEnd(pos: number, paraEnd: number): number {
    const from = pos;
    const first = firstAtOrAfter(this.starts, from);
    const inside = this.startsInside(from, first);
    if (inside !== null) return inside <= paraEnd ? inside : paraEnd;
    const full = firstAtOrAfter(this.starts, from + 6);
    for (let k = first; k < full; k++) {
      if (this.ends[k]! > paraEnd) return paraEnd;
      if (endsSentenceAt(this.masked, this.starts[k]!, this.ends[k]!, from)) return this.ends[k]!;
    }
    const next = this.nextEnding[full]!;
    return next < this.starts.length && this.ends[next]! <= paraEnd ? this.ends[next]! : paraEnd;
  }

  /**
   * A range that starts inside a boundary's punctuation ("?!" read from the "!") sees that
   * boundary start there, with no word before it: it ends a sentence. Its end, or null.
   */
  private startsInside(from: number, first: number): number | null {
    const end = this.ends[first - 1];
    if (end === undefined || from >= end || !/[.!?]/.test(this.masked[from]!)) return null;
    return endsSentenceAt(this.masked, from, end, from) ? end : null;
  }
}
