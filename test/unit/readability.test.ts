import { Readability } from '@mozilla/readability';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textLength } from '../../src/core/blocks.js';
import { innerTextLength, readabilityParse, readerFor } from '../../src/core/readability.js';
import { fixtureHtml, parse } from './dom.js';

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

/** Readability's inner text, as its `_getInnerText` makes it. */
const readabilityInnerText = (node: Node): string =>
  (node.textContent ?? '').trim().replace(/\s{2,}/g, ' ');

/** A tree of elements, text and comments, the text dense with every kind of white space. */
type Tree = string | { comment: string } | Tree[];
const SPACES_AND_LETTERS = [
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2003',
  '\u200b',
  'a',
  'é',
  '😀',
  '.',
];
const text = fc
  .array(fc.constantFrom(...SPACES_AND_LETTERS), { maxLength: 8 })
  .map((parts) => parts.join(''));
const tree = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small' },
    text,
    text.map((comment) => ({ comment })),
    fc.array(tie('tree'), { maxLength: 5 }),
  ),
})).tree;

function build(doc: Document, node: Tree): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  if (!Array.isArray(node)) return doc.createComment(node.comment);
  const element = doc.createElement('div');
  for (const child of node) element.append(build(doc, child));
  return element;
}

describe('innerTextLength and textLength', () => {
  it('are the lengths of the text Readability would build and of the text', () => {
    const doc = parse('<!DOCTYPE html><html><body></body></html>');
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (children) => {
        const root = build(doc, children);
        expect(innerTextLength(root)).toBe(readabilityInnerText(root).length);
        expect(textLength(root)).toBe(root.textContent?.length);
      }),
      { numRuns: 2000, seed: 20261206 },
    );
  });

  it('counts a page parsed from markup as its text', () => {
    const doc = parse(page('<p class="byline">By  Ana\n Ruiz</p>'));
    for (const element of Array.from(doc.querySelectorAll('*')))
      expect(innerTextLength(element)).toBe(readabilityInnerText(element).length);
  });
});

describe('readabilityParse, link density', () => {
  it('still finds in Readability the link density it makes cheap', () => {
    const internals = new Readability(parse(page(''))) as unknown as {
      _getLinkDensity?: unknown;
      REGEXPS?: { hashUrl?: unknown };
    };
    expect(typeof internals._getLinkDensity).toBe('function');
    expect(internals.REGEXPS?.hashUrl).toBeInstanceOf(RegExp);
  });

  it.each([
    'pompeo-nkorea.html',
    'homepage.html',
    'hostile-markup.html',
    'web/boilerplate-de.html',
  ])('weighs every element of %s as Readability does', (name) => {
    type Densities = { _getLinkDensity(element: Element): number };
    const doc = parse(fixtureHtml(name));
    const ours = readerFor(doc) as unknown as Densities;
    const theirs = new Readability<Element>(doc) as unknown as Densities;
    const elements = Array.from(doc.querySelectorAll('*'));
    expect(elements.some((element) => theirs._getLinkDensity(element) > 0)).toBe(true);
    for (const element of elements)
      expect(ours._getLinkDensity(element)).toBe(theirs._getLinkDensity(element));
  });
});
