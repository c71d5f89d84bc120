/**
 * The resolution phase on its own: from a quotation's cue to a person, through the name table.
 * Cues come from findCue; each quotation is attributed in text order, as findQuotes does.
 */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/core/quotes/article.js';
import { findCue } from '../../src/core/quotes/cues.js';
import { findQuotes } from '../../src/core/quotes/index.js';
import { attribute, Kept } from '../../src/core/quotes/resolve.js';

/** Name and role attributed to each quotation of `text`, in order. */
function attributions(text: string) {
  const { article, marked } = readArticle(text);
  const kept = new Kept();
  for (const q of marked) kept.add({ q, who: attribute(article, q, findCue(article, q), kept) });
  return kept.list.map(({ who }) => who && { name: who.name, role: who.role, place: who.place });
}

describe('resolving a pronoun', () => {
  it('gives "he said" and "she said" to the right person', () => {
    const text = [
      'Mayor Tom Reyes met Governor Ana Lopez on Monday. Reyes said he was pleased.',
      'Lopez said she was not.',
      '“We agreed on the bridge,” he said. “We did not,” she said.',
    ].join('\n\n');
    expect(attributions(text)).toEqual([
      { name: 'Tom Reyes', role: 'Mayor', place: 'carried' },
      { name: 'Ana Lopez', role: 'Governor', place: 'carried' },
    ]);
  });

  it('finds a person after a title the text also writes in lower case', () => {
    const text = [
      'The president had warned of this for weeks.',
      'The council acted under the Harbour Charter, which allows fines.',
      'In a statement, President Marsh condemned the vote. “We will appeal,” she said.',
    ].join('\n\n');
    expect(attributions(text)).toEqual([{ name: 'Marsh', role: 'President', place: 'carried' }]);
  });

  it('takes no name in a condition ("should X return") for the subject a pronoun means', () => {
    const text = [
      '“We must be ready,” Tom Reyes said. He added a warning, should Dana Lopez return too early.',
      '“It could all happen again,” he said.',
    ].join('\n\n');
    expect(attributions(text)).toEqual([
      { name: 'Tom Reyes', role: null, place: 'after' },
      { name: 'Tom Reyes', role: null, place: 'carried' },
    ]);
  });

  it('gives "she said" to no man named just before', () => {
    const text = [
      '“The bridge is late,” Tom Reyes said. He left early.',
      '“We will not yield,” she said.',
    ].join('\n\n');
    expect(attributions(text)).toEqual([{ name: 'Tom Reyes', role: null, place: 'after' }, null]);
  });

  it('carries no man’s quote on to a paragraph that goes on about "she"', () => {
    const text = [
      '“The bridge is late,” Tom Reyes said. He left early.',
      '“We will not yield.” She then left the room.',
    ].join('\n\n');
    expect(attributions(text)).toEqual([{ name: 'Tom Reyes', role: null, place: 'after' }, null]);
  });

  it('leaves a pronoun unattributed when nobody is named', () => {
    expect(attributions('“We will win,” he said.')).toEqual([null]);
    expect(findQuotes('“We will win,” he said.').quotes[0]?.speaker).toBeNull();
  });
});

describe('naming a speaker', () => {
  it('splits a role from a name and keeps it for the speaker', () => {
    const text =
      '“We are watching closely,” said State Department spokeswoman Heather Nauert. ' +
      '“We will act soon,” Nauert said.';
    expect(attributions(text)).toEqual([
      { name: 'Heather Nauert', role: 'State Department spokeswoman', place: 'after' },
      { name: 'Heather Nauert', role: null, place: 'after' },
    ]);
    expect(findQuotes(text).speakers).toEqual([
      {
        name: 'Heather Nauert',
        role: 'State Department spokeswoman',
        aliases: ['Heather Nauert', 'Nauert'],
        quoteCount: 2,
      },
    ]);
  });

  it('gives a surname the full name the text writes elsewhere', () => {
    const text =
      'North Korean leader Kim Jong Un met Moon Jae-in on Friday. “We open a new era,” Kim said.';
    expect(attributions(text)).toEqual([{ name: 'Kim Jong Un', role: null, place: 'after' }]);
  });

  it('keeps an unnamed source whole', () => {
    expect(attributions('“The talks failed,” a senior official said.')).toEqual([
      { name: 'a senior official', role: null, place: 'after' },
    ]);
  });
});

describe('carrying a speaker on', () => {
  it('continues the speaker of the quote before, in the paragraph and the next one', () => {
    const text = [
      '“We will win this race,” Maria Gomez said. “And we will win the next one too.”',
      '“That is a promise to every voter.”',
    ].join('\n\n');
    expect(attributions(text).map((a) => a?.name)).toEqual([
      'Maria Gomez',
      'Maria Gomez',
      'Maria Gomez',
    ]);
  });

  it('carries nobody when no quote before was attributed', () => {
    expect(attributions('“It was cold.” “It was late.”')).toEqual([null, null]);
  });

  it('does not carry a speaker onto a quote whose sentence names its own', () => {
    const text =
      '“We will win,” Maria Gomez said. “It is done,” coach and co-author Dale Hart said.';
    expect(attributions(text).map((a) => a?.name)).toEqual(['Maria Gomez', 'Dale Hart']);
  });
});
