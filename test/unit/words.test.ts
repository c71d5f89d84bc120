import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countWords,
  LATIN_DIGIT,
  LATIN_LETTER,
  normaliseSpace,
  OUTSIDE_LATIN,
} from '../../src/core/blocks.js';

/** The definitions the fast paths must agree with. */
const byProperties = (text: string): number =>
  text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
const everyRunToOneSpace = (text: string): string => text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

const codePoints = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
/** Every character the Latin fast path may see. */
const INSIDE_LATIN = [...codePoints(0, 0x24f), ...codePoints(0x2000, 0x206f)].filter(
  (c) => !OUTSIDE_LATIN.test(c),
);

describe('the Latin classes', () => {
  it('cover the Latin blocks and the punctuation block, and nothing else', () => {
    for (const c of ['a', ' ', '\n', '!', 'é', '\u024f', '\u2019', '\u206f'])
      expect([c, INSIDE_LATIN.includes(c)]).toEqual([c, true]);
    for (const c of ['\u0250', '\u0301', '\u2070', 'я', '中', '😀'])
      expect([c, OUTSIDE_LATIN.test(c)]).toEqual([c, true]);
  });

  it('hold the letters and digits the Unicode properties name, code point by code point', () => {
    const letter = new RegExp(`^[${LATIN_LETTER}]$`);
    const letterOrDigit = new RegExp(`^[${LATIN_LETTER}${LATIN_DIGIT}]$`);
    for (const c of INSIDE_LATIN) {
      expect([c, letter.test(c)]).toEqual([c, /^\p{L}$/u.test(c)]);
      expect([c, letterOrDigit.test(c)]).toEqual([c, /^[\p{L}\p{N}]$/u.test(c)]);
    }
  });
});

/** Text of the characters where words start, end and join, and a few from other scripts. */
const EDGES = [
  'a',
  'Z',
  'é',
  'ß',
  'ª',
  '²',
  '½',
  '9',
  "'",
  '’',
  '-',
  ' ',
  '\n',
  '\u00a0',
  '\u200b',
  '\u2003',
  '“',
  '.',
  'я',
  '中',
  'ก',
  '\u0301',
  '😀',
];
const edgyText = fc.array(fc.constantFrom(...EDGES), { maxLength: 30 }).map((c) => c.join(''));

describe('countWords', () => {
  it('counts as the Unicode properties do, on Latin text and any other', () => {
    fc.assert(
      fc.property(edgyText, (text) => {
        if (/[\p{Script=Han}\p{Script=Thai}]/u.test(text)) return; // counted by characters
        expect(countWords(text)).toBe(byProperties(text));
      }),
      { numRuns: 5000, seed: 20261206 },
    );
  });

  it('counts a Latin text and the same with a word of another script', () => {
    expect(countWords("It's the mayor’s plan, Ms. Ñúñez said: ½ of 2024’s budget")).toBe(11);
    expect(countWords("It's the mayor’s plan, said Ms. Петрова")).toBe(7);
  });
});

describe('normaliseSpace', () => {
  it('makes every run of white space one space, as replacing each run does', () => {
    fc.assert(
      fc.property(edgyText, (text) => {
        expect(normaliseSpace(text)).toBe(everyRunToOneSpace(text));
      }),
      { numRuns: 5000, seed: 20261206 },
    );
  });
});
