import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../src/core/blocks.js';
import { BIG_PAGE, isBigPage } from '../../src/core/limits.js';
import { frameParagraphs, paragraphsAround, renderedParagraphs } from '../../src/reader/locate.js';
import { splitArticle } from '../../src/background/split-article.js';
import { read, readStaged } from '../../src/core/read.js';
import { FILL_ATTR } from '../../src/shared/article-pieces.js';
import { wholeArticle } from '../../src/reader/whole-article.js';
import { PageTooBigError, serialisePage } from '../../src/content/serialise.js';
import { fixture, parse } from './dom.js';

const PARAGRAPH =
  '<p class="x" data-note="a &amp; &quot;b&quot;">The ferry runs again from Monday, the operator said, &lt;with&gt; a new timetable &amp; fares.</p>';

/** What the core reads of a page's scripts: its JSON-LD. */
const JSON_LD = '<script type="application/ld+json">{"@type":"NewsArticle"}</script>';
/** What it never reads, left out of the markup where pages keep them: in head and body. */
const CODE = '<script>if (a < b && c) {}</script><style>p { color: red }</style>';

function page(paragraphs: number, code = CODE): Document {
  return parse(
    `<!DOCTYPE html><html lang="en"><head><title>Ferry</title>${code}${JSON_LD}</head>` +
      `<body class="story">${code}<main><article id="a">${PARAGRAPH.repeat(paragraphs)}<!-- note --><textarea>&lt;x&gt;</textarea></article>tail &amp; text</main></body></html>`,
  );
}

/** An article's markup as the core's element, for splitArticle. */
function articleElement(html: string): Element {
  const doc = parse('<!DOCTYPE html><html><body></body></html>');
  doc.body.innerHTML = html;
  return doc.body;
}

async function serialise(doc: Document, limit?: number): Promise<string[]> {
  const parts: string[] = [];
  await serialisePage(
    doc,
    (part) => parts.push(part),
    () => false,
    limit,
  );
  return parts;
}

describe('big pages: what is read off the page', () => {
  it('tells big pages by their paragraphs', () => {
    expect(isBigPage(page(BIG_PAGE.paragraphs))).toBe(false);
    expect(isBigPage(page(BIG_PAGE.paragraphs + 1))).toBe(true);
  });

  it('serialises a page, walking its big elements, to markup that parses to the same page', async () => {
    const parts = await serialise(page(2_000));
    const again = parse(parts.join(''));
    // Comments are not article text: the serialiser leaves out the ones between big elements;
    // nor are the scripts and style sheets in head and body, but for JSON-LD.
    const withoutCode = page(2_000, '').documentElement.outerHTML.replace('<!-- note -->', '');
    expect(again.documentElement.outerHTML).toBe(withoutCode);
    expect(again.querySelector('script[type="application/ld+json"]')).not.toBeNull();
    expect(parts.join('').startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('stops at the limit with PageTooBigError', async () => {
    await expect(serialise(page(2_000), 10_000)).rejects.toBeInstanceOf(PageTooBigError);
  });

  it('splits a big article into pieces that put back together the same article', () => {
    const html = `<div id="readability-page-1" class="page"><h2>Ferry</h2><section>${PARAGRAPH.repeat(2_000)}</section></div>`;
    const pieces = splitArticle(articleElement(html));
    expect(pieces.length).toBeGreaterThan(2); // the emptied frame, then two pieces or more
    // The first piece is about a screen of text: the reader lays out what is on screen first.
    expect(pieces[1]!.length).toBeLessThan(pieces[2]!.length / 5);
    const whole = parse('<!DOCTYPE html><html><body></body></html>');
    whole.body.innerHTML = pieces[0]!;
    const fill = whole.querySelector(`[${FILL_ATTR}]`)!;
    expect(fill.localName).toBe('section');
    fill.removeAttribute(FILL_ATTR);
    for (const piece of pieces.slice(1)) fill.insertAdjacentHTML('beforeend', piece);
    const original = parse('<!DOCTYPE html><html><body></body></html>');
    original.body.innerHTML = html;
    expect(whole.body.innerHTML).toBe(original.body.innerHTML);
  });

  it('cuts only after a block, so each piece, wrapped as the reader does, keeps every paragraph', () => {
    // Long runs of inline text between paragraphs (a transcript set in spans): cutting inside a
    // run would make one paragraph two, and every quote after it would be placed a paragraph off.
    const run = '<span>The ferry runs again from Monday, the operator said. </span>'.repeat(4_000);
    const html = `<div><section>${`${run}<p>Timetables follow.</p>`.repeat(3)}</section></div>`;
    const pieces = splitArticle(articleElement(html));
    expect(pieces.length).toBeGreaterThan(2);
    const whole = parse('<!DOCTYPE html><html><body></body></html>');
    whole.body.innerHTML = pieces[0]!;
    const fill = whole.querySelector(`[${FILL_ATTR}]`)!;
    for (const piece of pieces.slice(1))
      fill.insertAdjacentHTML('beforeend', `<div>${piece}</div>`);
    const original = parse('<!DOCTYPE html><html><body></body></html>');
    original.body.innerHTML = html;
    expect(paragraphsOf(whole.body)).toEqual(paragraphsOf(original.body));
  });

  it('puts the text and markup the core made back together from the pieces, for Save and Listen', () => {
    const result = read(fixture('pompeo-nkorea.html'), { url: 'https://example.com/story' });
    if (!result.ok) throw new Error(result.message);
    const { article } = result;
    expect(article.removed.length).toBeGreaterThan(0); // the markup leaves those out
    // As the page reader splits it: the core's element, never written out whole.
    const staged = readStaged(fixture('pompeo-nkorea.html'), { url: 'https://example.com/story' });
    if (!staged.ok) throw new Error(staged.message);
    const pieces = splitArticle(staged.elements.annotated, { pieceChars: 2_000 });
    expect(pieces.length).toBeGreaterThan(3);
    // As the page reader sends a big article: without its text and markup.
    const sent = { ...article, html: '', annotatedHtml: '', text: '', paragraphs: [] };
    const whole = wholeArticle(sent, pieces, parse('<!DOCTYPE html><html><body></body></html>'));
    expect(whole.paragraphs).toEqual(article.paragraphs);
    expect(whole.text).toBe(article.text);
    expect(whole.html).toBe(article.html);
  });

  it('leaves a small article in one piece', () => {
    expect(splitArticle(articleElement(`<p>Short.</p>`))).toEqual(['<p>Short.</p>']);
  });

  it('cuts an article whose markup is long outside the container of its text', () => {
    const picture = `<figure><img alt="" src="https://example.com/${'x'.repeat(300)}.jpg"></figure>`;
    const text =
      '<p>The ferry runs again.</p><p>It runs from Monday.</p><p>Fares stay as they are.</p>';
    const html = `<div>${picture}<section>${text}</section></div>`;
    const pieces = splitArticle(articleElement(html), { pieceChars: 200 });
    expect(pieces).toHaveLength(2);
    expect(pieces[0]).toContain(picture);
    expect(pieces[1]).toBe(text);
  });
});

describe('big articles in the reader: paragraphs found a piece at a time', () => {
  it('gives the paragraphs a walk of the whole article gives, the frame around the pieces', () => {
    const doc = parse(
      `<!DOCTYPE html><html><body><h2>Ferry</h2><div>Intro text<section id="fill"></section>` +
        `closing words</div><p>Last line.</p></body></html>`,
    );
    const fill = doc.getElementById('fill')!;
    const frame = frameParagraphs(doc.body, fill);
    const pieces = [3, 5].map((count) => {
      const piece = doc.createElement('div');
      piece.innerHTML = PARAGRAPH.repeat(count);
      fill.append(piece);
      return renderedParagraphs(piece);
    });
    const whole = renderedParagraphs(doc.body);
    expect(whole).toHaveLength(4 + 8);
    expect(paragraphsAround(frame, pieces)).toEqual(whole);
    // Each knows its length, as the core counts it: a piece's height is guessed from them.
    expect(whole.map((p) => p.length)).toEqual(paragraphsOf(doc.body).map((p) => p.length));
  });
});
