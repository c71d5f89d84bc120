/** The marks phase on its own: pairing quotation marks into quoted spans. */
import { describe, expect, it } from 'vitest';
import { findMarkedQuotes, splitParagraphs } from '../../src/core/quotes/marks.js';

/** The quoted spans of `text`, as text, with where they open and close. */
function spans(text: string) {
  return findMarkedQuotes(text, splitParagraphs(text)).map((q) => ({
    words: text.slice(q.start, q.end),
    paras: [q.firstPara, q.lastPara],
    closed: q.closed,
  }));
}

const words = (text: string): string[] => spans(text).map((s) => s.words);

describe('splitParagraphs', () => {
  it('gives each non-blank line with its offsets', () => {
    const text = 'One.\n\n  Two.\n \nThree.';
    const paras = splitParagraphs(text);
    expect(paras.map((p) => text.slice(p.start, p.end))).toEqual(['One.', '  Two.', 'Three.']);
  });
});

describe('pairing marks', () => {
  it('pairs curly marks, offsets inside the marks', () => {
    const text = '“We will win,” said Ana Ruiz. “Next year too.”';
    const [first, second] = findMarkedQuotes(text, splitParagraphs(text));
    expect(first).toEqual({ start: 1, end: 13, firstPara: 0, lastPara: 0, closed: true });
    expect(text.slice(second!.start, second!.end)).toBe('Next year too.');
  });

  it('tells straight marks apart by the spaces around them', () => {
    expect(words('He called it "a mess" and "a scandal," Tom Reyes said.')).toEqual([
      'a mess',
      'a scandal,',
    ]);
  });

  it('reads a text that quotes with single marks, apostrophes left alone', () => {
    expect(words('‘We won’t stop,’ she said of the voters’ choice.')).toEqual(['We won’t stop,']);
  });

  it('leaves single marks inside a double-quoted text to the quotation', () => {
    expect(words('"He said \'never\' twice," Ana Ruiz said.')).toEqual(["He said 'never' twice,"]);
  });

  it('nests a quotation when two closing marks follow in the paragraph', () => {
    expect(words('“They say the claim that “it was about money” is false,” said Rosa.')).toEqual([
      'They say the claim that “it was about money” is false,',
    ]);
  });

  it('closes a quotation never closed when another opens', () => {
    expect(spans('“We are done here. “Next question,” she said.')).toEqual([
      { words: 'We are done here.', paras: [0, 0], closed: false },
      { words: 'Next question,', paras: [0, 0], closed: true },
    ]);
  });

  it('closes a mark left open at the end of its paragraph', () => {
    expect(spans('“An open quote\n\nThen plain text.')).toEqual([
      { words: 'An open quote', paras: [0, 0], closed: false },
    ]);
  });

  it('carries a quotation over a paragraph that opens with a mark', () => {
    expect(spans('“The first paragraph.\n\n“The second one.”\n\nAfter.')).toEqual([
      { words: 'The first paragraph.\n\n“The second one.', paras: [0, 1], closed: true },
    ]);
  });

  it('closes a German „…“ before a hyphen that joins the quote to a compound', () => {
    // „Rubygate“-Prozess: the “ closes the name, it opens nothing.
    expect(spans('Der „Rubygate“-Prozess geht in Mailand weiter.')).toEqual([
      { words: 'Rubygate', paras: [0, 0], closed: true },
    ]);
  });

  it('turns round curly marks typeset the wrong way', () => {
    // An opening mark where only a close fits, and a closing mark where only an opening fits.
    expect(words('“It’s unusual,“ said Noble.')).toEqual(['It’s unusual,']);
    expect(words('He said: ”We can win.”')).toEqual(['We can win.']);
  });

  it('reads guillemets and low-high marks', () => {
    expect(words('«Nous gagnerons», dit-il. „Wir gewinnen“, sagte er.')).toEqual([
      'Nous gagnerons',
      'Wir gewinnen',
    ]);
  });
});
