/** Pre-cleaning: a story cut into chunks of one class becomes one box before Readability. */
import { describe, expect, it } from 'vitest';
import { preClean } from '../../src/core/extract.js';
import { fixture } from './dom.js';

const words = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('pre-cleaning: a story body cut into chunks between adverts', () => {
  const doc = fixture('strip/split-body.html');
  preClean(doc, 'https://coast.example/long-reads/keepers');
  const bodies = Array.from(doc.querySelectorAll('.story__body'));

  it("puts every chunk's paragraphs, in order, into the first box", () => {
    const [first, second] = bodies as [Element, Element];
    const paragraphs = Array.from(first.querySelectorAll('p')).map(words);
    expect(paragraphs[0]).toMatch(/^When the lamp on Skerry Head/);
    expect(paragraphs[paragraphs.length - 1]).toMatch(/^Fold says she has already chosen/);
    expect(paragraphs).toHaveLength(11);
    expect(words(second)).toBe('');
  });

  it('leaves apart the boxes of a feed, which have their headlines between them', () => {
    const excerpts = Array.from(doc.querySelectorAll('.feed__excerpt'));
    expect(excerpts.map((box) => box.querySelectorAll('p').length)).toEqual([2, 2]);
  });
});
