/**
 * Sentence bounds: the index of boundaries found once must give what scanning each range gave.
 * The scan below is the one the index replaced, kept as the reference.
 */
import { describe, expect, it } from 'vitest';
import { maskQuotes, MAX_SENTENCE, Sentences } from '../../src/core/quotes/sentences.js';
import { ABBREVIATIONS } from '../../src/core/quotes/words.js';

const ABBREVIATION = new RegExp(`(?:^|[\\s(])(?:${ABBREVIATIONS.join('|')}|\\p{Lu})$`, 'u');
const BOUNDARY = /[.!?]+[”"’“«»)]*\s+(?=[\p{Lu}“"‘„«»‹‚¤\d])/gu;

/** The boundaries between `from` and `to`, scanned as the quote stage used to, at every call. */
function scanned(masked: string, from: number, to: number): number[] {
  const slice = masked.slice(from, to + 1);
  const ends: number[] = [];
  for (const m of slice.matchAll(BOUNDARY)) {
    const end = from + m.index + m[0].length;
    const word = slice.slice(Math.max(0, m.index - 6), m.index);
    const initial = /\.\p{Lu}$/u.test(word) && /\p{L}/u.test(masked[end]!);
    if (end <= to && !ABBREVIATION.test(word) && !initial) ends.push(end);
  }
  return ends;
}

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const PIECES = [
  '.',
  '!',
  '?',
  '”',
  '"',
  '’',
  ')',
  ' ',
  '  ',
  '\n',
  'A',
  'b',
  'Mr',
  'U.S',
  'J',
  '¤',
  '“',
  '„',
  '«',
  '»',
  '7',
  'word',
];

describe('Sentences', () => {
  it('gives the bounds a scan of each range gives', () => {
    const next = random(7);
    for (let round = 0; round < 300; round++) {
      let masked = '';
      while (masked.length < 120) masked += PIECES[Math.floor(next() * PIECES.length)];
      const sentences = new Sentences(masked);
      for (let k = 0; k < 40; k++) {
        const a = Math.floor(next() * masked.length);
        const b = a + Math.floor(next() * (masked.length - a));
        const start = scanned(masked, a, b).pop() ?? a;
        const end = scanned(masked, a, b)[0] ?? b;
        expect(sentences.start(b, a), `${JSON.stringify(masked)} start(${b}, ${a})`).toBe(start);
        expect(sentences.end(a, b), `${JSON.stringify(masked)} end(${a}, ${b})`).toBe(end);
      }
    }
  });

  it('ends a sentence before the opening marks of every language', () => {
    for (const open of ['„', '«', '»']) {
      const masked = `Er kommt auf 96 Prozent. ${open}¤¤¤`;
      expect(new Sentences(masked).start(masked.length - 1, 0), open).toBe(25);
    }
  });

  it('reads no more than MAX_SENTENCE characters either side, cut at a word', () => {
    const text = 'and so on '.repeat(1000);
    const sentences = new Sentences(text);
    const start = sentences.start(9000, 0);
    const end = sentences.end(1000, text.length);
    expect(9000 - start).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(9000 - start).toBeGreaterThan(MAX_SENTENCE - 10);
    expect(text[start - 1]).toBe(' ');
    expect(end - 1000).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(text[end]).toBe(' ');
    // A sentence within the bound is read whole.
    expect(new Sentences('One. Two and three.').start(15, 0)).toBe(5);
  });
});

describe('maskQuotes', () => {
  it('blanks quoted words but not line breaks, keeps closing punctuation, and blanks asides', () => {
    const text = '“We won.” She said (D-Wis.) “a\nb” ok';
    expect(
      maskQuotes(text, [
        { start: 1, end: 8 },
        { start: 29, end: 32 },
      ]),
    ).toBe('“¤¤¤¤¤¤.” She said          “¤\n¤” ok');
  });
});
