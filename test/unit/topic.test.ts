import { describe, expect, it } from 'vitest';
import { termsOf } from '../../src/core/strip/topic.js';

describe('the terms a text is about', () => {
  it('stems words, weighs names inside a sentence, and leaves out short and function words', () => {
    const terms = termsOf('Bridges close. The council asked Maria Lopez about bridges in 2024.');
    // "Bridges" opens the text, "The" a sentence: neither is a name; Maria and Lopez are.
    expect(Object.fromEntries(terms)).toEqual({
      bridge: 1,
      close: 1,
      counci: 1,
      asked: 1,
      maria: 3,
      lopez: 3,
    });
  });

  it('leaves out "though", a function word like "although"', () => {
    const terms = termsOf('Ministers met Hansen, though not for long.');
    expect(Object.fromEntries(terms)).toEqual({ minist: 1, hansen: 3, long: 1 });
  });

  it('counts characters, not UTF-16 halves, for the shortest word and the stem', () => {
    // Four letters outside the first plane: one term, its stem six letters at most.
    const gothic = '𐌰𐌱𐌲𐌳';
    expect([...termsOf(`in ${gothic}`).keys()]).toEqual([gothic]);
    expect([...termsOf('𐌰𐌱𐌲').keys()]).toEqual([]);
    expect([...termsOf('𐌰𐌱𐌲𐌳𐌴𐌵𐌶𐌷').keys()]).toEqual(['𐌰𐌱𐌲𐌳𐌴𐌵']);
  });

  it('takes pairs of characters in scripts written without spaces', () => {
    expect([...termsOf('東京都').keys()]).toEqual(['東京', '京都']);
  });
});
