import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/core/types.js';
import { quoteUnit, speechUnits } from '../../src/features/read-aloud/units.js';
import { orderVoices } from '../../src/features/read-aloud/speech.js';

function quote(paragraph: number, text: string, source: string, speaker: string | null): Quote {
  const start = source.indexOf(text);
  return {
    text,
    speaker,
    role: null,
    paragraph,
    start,
    endParagraph: paragraph,
    end: start + text.length,
  };
}

const paragraphs = [
  'The harbour board met on Monday. It voted to dredge the channel.',
  '“We cannot wait another winter,” said Ada Moss, the harbour master. Work starts in May.',
  'A fisherman was less sure. “It will muddy the bay for a year,” he said.',
];
const quotes = [
  quote(1, 'We cannot wait another winter,', paragraphs[1]!, 'Ada Moss'),
  quote(2, 'It will muddy the bay for a year,', paragraphs[2]!, null),
];

describe('read-aloud units', () => {
  const units = speechUnits(paragraphs, quotes, 'en');

  it('are the sentences of each paragraph, with their offsets', () => {
    expect(units.map((u) => u.text)).toEqual([
      'The harbour board met on Monday.',
      'It voted to dredge the channel.',
      '“We cannot wait another winter,” said Ada Moss, the harbour master.',
      'Work starts in May.',
      'A fisherman was less sure.',
      '“It will muddy the bay for a year,” he said.',
    ]);
    for (const u of units) expect(paragraphs[u.paragraph]!.slice(u.start, u.end)).toBe(u.text);
  });

  it('carry the speaker of an attributed quote that begins in them, and no other', () => {
    expect(units.map((u) => u.speaker)).toEqual([null, null, 'Ada Moss', null, null, null]);
    expect(units.map((u) => u.startsQuotes)).toEqual([[], [], [0], [], [], [1]]);
  });

  it('mark every quote a sentence reads, even one that began earlier', () => {
    const long = 'He said: “The dredger arrives in May. It leaves in June.” Then he left.';
    const across: Quote = {
      ...quote(0, 'The dredger arrives in May. It leaves in June.', long, 'Bo'),
      end: long.indexOf('”'),
    };
    const split = speechUnits([long], [across], 'en');
    expect(split.filter((u) => u.quotes.includes(0)).length).toBeGreaterThan(1);
    expect(split.filter((u) => u.startsQuotes.includes(0)).length).toBe(1);
  });

  it('split a very long sentence at its pauses, so no utterance runs on', () => {
    const clause = 'the council, the harbour board and the fishermen met again';
    const long = `${Array.from({ length: 8 }, () => clause).join('; ')}.`;
    const pieces = speechUnits([long], [], 'en');
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.text.length).toBeLessThanOrEqual(240);
    expect(pieces.map((p) => p.text).join(' ')).toBe(long);
  });

  it('step to the next and previous quotation, staying put at either end', () => {
    expect(quoteUnit(units, 0, 1)).toBe(2);
    expect(quoteUnit(units, 2, 1)).toBe(5);
    expect(quoteUnit(units, 5, 1)).toBe(5);
    expect(quoteUnit(units, 5, -1)).toBe(2);
    expect(quoteUnit(units, 2, -1)).toBe(2);
  });
});

describe('voice order', () => {
  const voice = (name: string, lang: string, isDefault = false) =>
    ({
      name,
      lang,
      default: isDefault,
      localService: true,
      voiceURI: name,
    }) as SpeechSynthesisVoice;

  it("puts the article's language first, the default voice first within it", () => {
    const voices = [voice('Anna', 'de-DE', true), voice('Zoe', 'en-GB'), voice('Al', 'en-US')];
    expect(orderVoices(voices, 'en').map((v) => v.name)).toEqual(['Al', 'Zoe', 'Anna']);
    expect(orderVoices(voices, 'de-AT').map((v) => v.name)).toEqual(['Anna', 'Al', 'Zoe']);
    expect(orderVoices(voices, null).map((v) => v.name)).toEqual(['Anna', 'Al', 'Zoe']);
  });
});
