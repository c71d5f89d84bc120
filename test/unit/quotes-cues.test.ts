/**
 * The cue phase on its own: the speech verb and subject beside a quotation. cueAfter and cueBefore
 * read the masked words after or before a quote; findCue picks where to read for one quotation.
 */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/core/quotes/article.js';
import { cueAfter, cueBefore, findCue } from '../../src/core/quotes/cues.js';

/** Phrase, role and place only. */
const cue = (c: { phrase: string; role: string | null; place: string } | null) =>
  c && { phrase: c.phrase, role: c.role, place: c.place };

describe('cueAfter: the rest of the sentence after a quote', () => {
  it('reads `X said` and `said X`, with offsets into the text', () => {
    expect(cueAfter(' Maria Gomez said.', 100)).toMatchObject({
      phrase: 'Maria Gomez',
      at: 101,
      place: 'after',
    });
    expect(cue(cueAfter(', said Maria Gomez.', 0))).toEqual({
      phrase: 'Maria Gomez',
      role: null,
      place: 'after',
    });
  });

  it('reads a subject with its appositive before the verb', () => {
    expect(cue(cueAfter(' Pompeo, a former congressman, told reporters.', 0))).toEqual({
      phrase: 'Pompeo',
      role: 'a former congressman',
      place: 'after',
    });
  });

  it('reads past two appositives, a verb’s form after a determiner being a noun', () => {
    const after =
      ' Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said at an event.';
    expect(cueAfter(after, 0)?.phrase).toBe('Scott Pruitt');
  });

  it('reads a descriptor with a date in it before the name: said 9/11 widow Terry Strada', () => {
    expect(cueAfter(', said 9/11 widow Terry Strada.', 0)?.phrase).toBe('9/11 widow Terry Strada');
  });

  it('takes any noun phrase between a quote and its verb', () => {
    expect(cueAfter(' the band leader said.', 0)?.phrase).toBe('the band leader');
    expect(cueAfter(' federal prosecutors wrote.', 0)?.phrase).toBe('federal prosecutors');
  });

  it('reads "according to X" and a signature after a dash', () => {
    expect(cueAfter(' according to the city council.', 0)?.phrase).toBe('the city council');
    expect(cueAfter(' ― Pamela Padilla', 0)?.phrase).toBe('Pamela Padilla');
  });

  it('keeps a pronoun for resolution', () => {
    expect(cueAfter(' he said.', 0)).toMatchObject({ phrase: 'he', at: 1 });
  });

  it('finds nothing when another quotation follows', () => {
    expect(cueAfter(' ¤¤¤¤', 0)).toBeNull();
    expect(cueAfter(' “Next', 0)).toBeNull();
  });
});

describe('cueBefore: the sentence before a quote', () => {
  it('reads `X said:` and `X told Y`', () => {
    expect(cue(cueBefore('Paul Okafor said: ', 0))).toEqual({
      phrase: 'Paul Okafor',
      role: null,
      place: 'before',
    });
    expect(cueBefore('Paul Okafor told reporters ', 0)?.phrase).toBe('Paul Okafor');
  });

  it('reads "according to X,"', () => {
    expect(cueBefore('According to the city council, ', 0)).toMatchObject({
      phrase: 'the city council',
      at: 13,
    });
  });

  it('places a verb far from the quote as loose', () => {
    expect(
      cue(cueBefore('Moon said on Sunday, after long talks with the Americans, that the ', 0)),
    ).toEqual({ phrase: 'Moon', role: null, place: 'loose' });
  });

  it('finds the sentence subject after a conjunction or before a colon', () => {
    expect(
      cueBefore('The official indicated the plan was sound, but later added: ', 0)?.phrase,
    ).toBe('The official');
    expect(cueBefore('Cruz called them on it: ', 0)?.phrase).toBe('Cruz');
  });

  it('gives framed words to who framed them, in a relative clause too', () => {
    const framer = (before: string) => cueBefore(before, 0)?.phrase ?? null;
    expect(framer('A fire that Chief Ann Boyd described as ')).toBe('Chief Ann Boyd');
    expect(framer('Senator Tom Hale characterized the deal as a ')).toBe('Senator Tom Hale');
    expect(framer('Ann Boyd was described as ')).toBeNull();
    expect(framer('Critics described the plan as ')).toBeNull();
  });

  it('gives words to the subject of a sentence that opens with a speech event', () => {
    const speaker = (before: string) => cueBefore(before, 0)?.phrase ?? null;
    expect(speaker('In a June speech, Hale attacked ')).toBe('Hale');
    expect(speaker('During her radio interview, she mocked ')).toBe('she');
    expect(speaker('In June, Hale attacked ')).toBeNull();
    expect(speaker('In a June speech, Hale praised the town at length and then mentioned ')).toBe(
      null,
    );
  });

  it('does not take who was told after a participle', () => {
    expect(cueBefore('The mayor spoke for an hour, telling Cook, ', 0)).toBeNull();
  });
});

describe('findCue: where to read for one quotation', () => {
  /** The cue of the article's quotation number `n`. */
  function cueOf(text: string, n = 0) {
    const { article, marked } = readArticle(text);
    return cue(findCue(article, marked[n]!));
  }

  it('reads after the quote first, then before it', () => {
    expect(cueOf('Ana Ruiz spoke first. “We will win,” said Tom Reyes.')?.phrase).toBe('Tom Reyes');
    expect(cueOf('Ana Ruiz said: “We will win the vote.”')?.phrase).toBe('Ana Ruiz');
  });

  it('reads no cue after a quote that ends its sentence', () => {
    expect(cueOf('“We will win.” The mayor then recalled the vote.')).toBeNull();
  });

  it('reads a short attribution ending the sentence before: "…, Schiff said. “…”"', () => {
    const text =
      'The administration may be reluctant to act, Schiff said. “The other factor is the timing of it all.”';
    expect(cueOf(text)?.phrase).toBe('Schiff');
    const long =
      'Schiff said the administration may be reluctant to act. “The other factor is the timing.”';
    expect(cueOf(long)).toBeNull();
  });

  it('reads a signature on the next line', () => {
    expect(cueOf('“Vote for the bridge.”\n\n— Pamela Padilla, 45.')).toEqual({
      phrase: 'Pamela Padilla',
      role: null,
      place: 'after',
    });
  });

  it('reads the paragraph before a paragraph that is a quotation', () => {
    expect(cueOf('Senator Ted Cruz continued:\n\n“We will not back down.”')?.phrase).toBe(
      'Senator Ted Cruz',
    );
  });
});

describe('a verb form after "of" and one word', () => {
  it('is a noun, not a speaker\'s verb: "32% of Liberal claims as “false”"', () => {
    expect(cueBefore('The checkers rated 32% of Liberal claims as ', 0)).toBeNull();
  });
});
