import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { readabilityParse } from '../../src/core/readability.js';
import { parse } from './dom.js';

const story = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i} of the council's long story about the bridge, the budget and the vote, with enough words in it to count as the article's text for Readability.</p>`,
).join('');

const page = (byline: string): string =>
  `<!DOCTYPE html><html><head><title>Bridge vote</title></head><body><div class="main">${byline}<article>${story}</article></div></body></html>`;

/** Readability as it ships, for the same page. */
function plainParse(html: string) {
  return new Readability<Element>(parse(html), {
    serializer: (node) => node as Element,
    keepClasses: true,
  }).parse();
}

describe('readabilityParse', () => {
  it.each([
    ['a byline class', '<p class="byline">By Ana Ruiz</p>'],
    ['rel="author"', '<a rel="author" href="/ana">Ana Ruiz</a>'],
    ['itemprop="author"', '<span itemprop="author"><span itemprop="name">Ana Ruiz</span></span>'],
    ['an author id', '<div id="author-box">Ana Ruiz, city reporter</div>'],
    ['an empty author element', '<span class="author"></span>'],
    [
      'an author element too long to be a byline',
      `<div class="author">${'Ana Ruiz '.repeat(12)}</div>`,
    ],
    ['no byline at all', ''],
  ])('finds the byline Readability finds, with %s', (_, byline) => {
    const ours = readabilityParse(parse(page(byline)));
    const theirs = plainParse(page(byline));
    expect(ours?.byline).toBe(theirs?.byline);
    expect(ours?.content?.textContent).toBe(theirs?.content?.textContent);
  });

  it('still finds in Readability the byline test it makes cheap', () => {
    // A release that renames or drops it leaves the parse correct but slow again on books.
    const internals = new Readability(parse(page(''))) as unknown as {
      _isValidByline?: unknown;
      REGEXPS?: { byline?: unknown };
    };
    expect(typeof internals._isValidByline).toBe('function');
    expect(internals.REGEXPS?.byline).toBeInstanceOf(RegExp);
  });

  it('takes the byline out of the text, as Readability does', () => {
    const parsed = readabilityParse(parse(page('<p class="byline">By Ana Ruiz</p>')));
    expect(parsed?.byline).toBe('By Ana Ruiz');
    expect(parsed?.content?.textContent).not.toContain('Ana Ruiz');
  });
});
