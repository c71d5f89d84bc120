/** The subject-phrase phase on its own: who the words around a speech verb name. */
import { describe, expect, it } from 'vitest';
import { subjectAfter, subjectAtStart, subjectBefore } from '../../src/core/quotes/subject.js';
import { splitWords } from '../../src/core/quotes/tokens.js';

const ws = (s: string) => splitWords(s, 0);

/** Phrase and role only: offsets are checked in their own test. */
const who = (s: { phrase: string; role: string | null } | null) =>
  s && { phrase: s.phrase, role: s.role };

describe('subjectBefore: the words before a verb', () => {
  it('reads a name with the role words before it', () => {
    expect(who(subjectBefore(ws('But State Department spokeswoman Heather Nauert')))).toEqual({
      phrase: 'State Department spokeswoman Heather Nauert',
      role: null,
    });
  });

  it('gives the offset of the phrase and the index of its first word', () => {
    expect(subjectBefore(splitWords('But Heather Nauert', 10))).toMatchObject({
      at: 14,
      from: 1,
    });
  });

  it('skips auxiliaries and adverbs before the verb', () => {
    expect(who(subjectBefore(ws('and he also')))).toEqual({ phrase: 'he', role: null });
    expect(who(subjectBefore(ws('Ana Ruiz has repeatedly')))).toEqual({
      phrase: 'Ana Ruiz',
      role: null,
    });
  });

  it('reads an appositive closed by a comma as the role', () => {
    expect(who(subjectBefore(ws('Yang Moo-jin, a professor at the university,')))).toEqual({
      phrase: 'Yang Moo-jin',
      role: 'a professor at the university',
    });
    expect(who(subjectBefore(ws('Clinton, 35, the daughter of the former president,')))).toEqual({
      phrase: 'Clinton',
      role: 'the daughter of the former president',
    });
  });

  it('takes a name in the appositive after a role as the speaker', () => {
    expect(who(subjectBefore(ws('her senior adviser, Jake Sullivan,')))).toEqual({
      phrase: 'Jake Sullivan',
      role: 'her senior adviser',
    });
  });

  it('walks through joiners and joined roles, not a pronoun and a name', () => {
    expect(subjectBefore(ws('Joel Pollak of Breitbart'))?.phrase).toBe('Joel Pollak of Breitbart');
    expect(subjectBefore(ws('lead researcher and NASA scientist Lucas Paganini'))?.phrase).toBe(
      'lead researcher and NASA scientist Lucas Paganini',
    );
    expect(subjectBefore(ws('she and Rose-Lynn'))?.phrase).toBe('Rose-Lynn');
  });

  it('takes a plain noun phrase only in a tight slot', () => {
    expect(subjectBefore(ws('federal prosecutors'))).toBeNull();
    expect(who(subjectBefore(ws('federal prosecutors'), { tightSlot: true }))).toEqual({
      phrase: 'federal prosecutors',
      role: null,
    });
  });

  it('finds no subject after "to" or in a sentence word', () => {
    expect(subjectBefore(ws('in a statement to the Observer'))).toBeNull();
    expect(subjectBefore(ws('However'))).toBeNull();
  });
});

describe('subjectAfter: the words after an inverted verb or a quote', () => {
  it('reads a name and its appositive, counting the words used', () => {
    const found = subjectAfter(
      ws('Yang Moo-jin, a professor at the University of North Korean Studies, in an interview.'),
    );
    expect(found).toEqual({
      phrase: 'Yang Moo-jin',
      at: 0,
      role: 'a professor at the University of North Korean Studies',
      used: 14,
    });
  });

  it('keeps role words between names', () => {
    expect(subjectAfter(ws('White House press secretary Josh Earnest.'))?.phrase).toBe(
      'White House press secretary Josh Earnest',
    );
  });

  it('swaps a role and the name in the appositive after it', () => {
    expect(who(subjectAfter(ws('her campaign manager, Jeff Weaver, said')))).toEqual({
      phrase: 'Jeff Weaver',
      role: 'her campaign manager',
    });
  });

  it('runs role words on to the verb only in a source slot', () => {
    expect(subjectAfter(ws('one Trump campaign source said.'))?.phrase).toBe('one Trump');
    expect(subjectAfter(ws('one Trump campaign source said.'), { sourceSlot: true })?.phrase).toBe(
      'one Trump campaign source',
    );
  });

  it('closes a determiner phrase with its nouns only in a tight slot', () => {
    expect(subjectAfter(ws('one Trump confidant.'))?.phrase).toBe('one Trump');
    expect(subjectAfter(ws('one Trump confidant.'), { tightSlot: true })?.phrase).toBe(
      'one Trump confidant',
    );
  });

  it('reads a speech-verb word after a determiner as a noun', () => {
    expect(subjectAfter(ws('the report stated'))?.phrase).toBe('the report');
  });

  it('takes "he" and "she", not "I", and no dateline in capitals', () => {
    expect(subjectAfter(ws('she said'))).toMatchObject({ phrase: 'she', used: 1 });
    expect(subjectAfter(ws('I said'))).toBeNull();
    expect(subjectAfter(ws('WASHINGTON said'))).toBeNull();
  });
});

describe('subjectAtStart: the subject opening a sentence', () => {
  it('skips an introductory phrase', () => {
    expect(subjectAtStart(ws('During a speech in Ohio, Trump attacked the plan'))?.phrase).toBe(
      'Trump',
    );
  });

  it('takes a name of several words that is the whole sentence', () => {
    expect(subjectAtStart(ws('Rep. Trey Gowdy'))?.phrase).toBe('Rep. Trey Gowdy');
  });

  it('takes a name with an appositive, the appositive as role', () => {
    expect(who(subjectAtStart(ws('Chris Christie, a staunch Trump ally, was asked')))).toEqual({
      phrase: 'Chris Christie',
      role: 'a staunch Trump ally',
    });
  });
});
