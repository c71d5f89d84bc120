/**
 * What every quote's attribution reads: the paragraphs, the quotations paired from their marks,
 * the masked text the cues are read on, and the article's name table.
 */
import {
  findMarkedQuotes,
  splitParagraphs,
  withTypewriterMarks,
  type MarkedQuote,
  type Paragraph,
} from './marks.js';
import { buildNameTable, type NameTable } from './names.js';
import { maskQuotes, Sentences } from './sentences.js';
import { TWO_WORD_VERBS, TWO_WORD_VERBS_BEFORE_PUNCTUATION } from './words.js';

export interface Article {
  text: string;
  /** The text with quoted words blanked and two-word speech verbs joined; same offsets. */
  masked: string;
  paras: Paragraph[];
  /** The sentence bounds of the masked text. */
  sentences: Sentences;
  names: NameTable;
}

/**
 * A two-word speech verb, to be written as one word so the cue readers see one verb: "Rubio shot
 * back", "as Milbank put it,". Built from the lists so a verb is added in one place.
 */
const TWO_WORD_VERB = new RegExp(
  `\\b(?:${TWO_WORD_VERBS.join('|')}|` +
    `(?:${TWO_WORD_VERBS_BEFORE_PUNCTUATION.join('|')})(?=[,:]))\\b`,
  'g',
);

/** Reads an article: paragraphs, quotations, the masked text and the name table. */
export function readArticle(text: string): { article: Article; marked: MarkedQuote[] } {
  const paras = splitParagraphs(text);
  // Marks are paired, and cues read, on the text with ``typewriter marks'' made curly.
  const marks = withTypewriterMarks(text);
  const marked = findMarkedQuotes(marks, paras);
  // Same length (a space becomes "_"), so offsets hold.
  const masked = maskQuotes(marks, marked).replace(TWO_WORD_VERB, (m) => m.replace(' ', '_'));
  const sentences = new Sentences(masked);
  const names = buildNameTable(text, masked, { paras, sentences });
  return { article: { text, masked, paras, sentences, names }, marked };
}
