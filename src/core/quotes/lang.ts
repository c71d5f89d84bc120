/**
 * Which language's rules read an article's quotations. The text decides when it is long enough to
 * tell: pages declare the wrong language often enough (a CMS template's "en-US" on a Papiamento
 * page). A short text goes by the page's `lang`, and English is the default.
 */
import { ENGLISH_COMMON, LANGUAGE_WORDS, type RuledLanguage } from './languages.js';

/** English, a language with its own rules, or one with none ('other': quotes, no speakers). */
export type QuoteLanguage = 'en' | RuledLanguage | 'other';

/** Fewer words than this, and the text cannot tell its language. */
const MIN_WORDS = 30;
/** How many words are read to tell the language: enough, and fast on a long page. */
const SAMPLE_WORDS = 2000;
/** Share of a text's words that its language's frequent words make up, at the least. */
const MIN_SHARE = 0.12;

const COMMON: Array<[QuoteLanguage, Set<string>]> = [
  ['en', new Set(ENGLISH_COMMON)],
  ...Object.entries(LANGUAGE_WORDS).map(([lang, words]): [QuoteLanguage, Set<string>] => [
    lang as RuledLanguage,
    new Set(words.common),
  ]),
];

/** The language whose frequent words the text uses most; null when the text is too short. */
export function languageOfText(text: string): QuoteLanguage | null {
  const words = (
    text
      .slice(0, SAMPLE_WORDS * 12)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []
  ).slice(0, SAMPLE_WORDS);
  if (words.length < MIN_WORDS) return null;
  let best: QuoteLanguage = 'other';
  let bestCount = 0;
  for (const [lang, common] of COMMON) {
    const count = words.filter((w) => common.has(w)).length;
    if (count > bestCount) [best, bestCount] = [lang, count];
  }
  return bestCount / words.length >= MIN_SHARE ? best : 'other';
}

/** The primary subtag of a page's `lang` ("de-CH" → "de"), as a quote language. */
function declaredLanguage(lang: string | null | undefined): QuoteLanguage | null {
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return null;
  return primary === 'en' || primary in LANGUAGE_WORDS ? (primary as QuoteLanguage) : 'other';
}

/** The rules to read the quotations with: the text's language, else the page's, else English. */
export const quoteLanguage = (text: string, declared?: string | null): QuoteLanguage =>
  languageOfText(text) ?? declaredLanguage(declared) ?? 'en';
