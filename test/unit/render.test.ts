/**
 * What the reader shows is clean: no empty bullets, paragraphs or headings, no picture without
 * a source, no bullets beside a gallery's pictures; and the paragraphs the quote stage indexes
 * are the ones the reader finds in the HTML.
 */
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../src/core/blocks.js';
import { REMOVED_ATTR } from '../../src/core/markers.js';
import { read } from '../../src/core/read.js';
import { tidy } from '../../src/core/tidy.js';
import { fixture, parse } from './dom.js';

function body(html: string): Element {
  return parse(`<!DOCTYPE html><html><body><div>${html}</div></body></html>`).body
    .firstElementChild!;
}

const empties = (root: Element, selector: string): number =>
  Array.from(root.querySelectorAll(selector)).filter(
    (el) => !(el.textContent ?? '').trim() && !el.querySelector('img, video, iframe'),
  ).length;

describe('tidy', () => {
  it('removes share lists whose icons were dropped, empty paragraphs and links', () => {
    const root = body(
      '<ul><li><a href="https://s.example/1"></a></li><li><a href="https://s.example/2"><span></span></a></li></ul><p><a href="/author/x"></a></p><p>\u00a0</p><p>Story.</p><p><br></p>',
    );
    tidy(root);
    expect(root.innerHTML).toBe('<p>Story.</p>');
  });

  it('keeps an empty element that a link in the article points to', () => {
    const root = body('<p><a href="#note-1">1</a></p><p id="note-1"></p>');
    tidy(root);
    expect(root.querySelector('#note-1')).not.toBeNull();
  });

  it('shows a gallery written as a list of pictures without bullets', () => {
    const root = body(
      '<ul><li><img src="https://img.example/1.jpg" alt="a"></li><li><img src="https://img.example/2.jpg" alt="b"></li></ul><ul><li>Text item</li><li><img src="https://img.example/3.jpg" alt="c"></li></ul>',
    );
    tidy(root);
    expect(root.querySelectorAll('ul')).toHaveLength(1);
    expect(root.querySelectorAll('img')).toHaveLength(3);
  });

  it('shows a heading that holds only a picture as a picture, and drops an empty <picture>', () => {
    const root = body(
      '<h3><img src="https://img.example/map.png" alt="Map"></h3><picture><source media="(min-width: 1px)"></picture><p>Story.</p>',
    );
    tidy(root);
    expect(root.innerHTML).toBe(
      '<p><img src="https://img.example/map.png" alt="Map"></p><p>Story.</p>',
    );
  });

  it('lets a rule that stood alone in a heading stand alone, not inside a paragraph', () => {
    const root = body('<h2><hr></h2><p>Story.</p>');
    tidy(root);
    expect(root.innerHTML).toBe('<hr><p>Story.</p>');
  });

  it('makes a list item holding only removed blocks part of one removed block', () => {
    const root = body(
      `<ul><li><p ${REMOVED_ATTR}="related-links">Other story</p></li><li><p ${REMOVED_ATTR}="related-links">Another</p></li></ul><p>Story.</p>`,
    );
    tidy(root);
    expect(root.querySelector('ul')?.getAttribute(REMOVED_ATTR)).toBe('related-links');
  });
});

describe('read: a page full of shells', () => {
  const result = read(fixture('web/empty-shells.html'), {
    url: 'https://ferry.example/travel/winter-timetable',
  });
  if (!result.ok) throw new Error(result.message);
  const a = result.article;
  const shown = body(a.html);

  it('shows no empty list item, paragraph or heading', () => {
    expect(empties(shown, 'li')).toBe(0);
    expect(empties(shown, 'p')).toBe(0);
    expect(empties(shown, 'h1, h2, h3, h4, h5, h6')).toBe(0);
  });

  it('keeps the accordion titles that sat in buttons', () => {
    expect(a.paragraphs).toContain('Why the last boat leaves earlier');
    expect(a.paragraphs).toContain('What happens to season tickets');
  });

  it('does not show the section link above the headline', () => {
    expect(a.text).not.toMatch(/^Travel\b/);
  });

  it('indexes the paragraphs the reader finds in both HTMLs', () => {
    expect(paragraphsOf(shown)).toEqual(a.paragraphs);
    expect(paragraphsOf(body(a.annotatedHtml))).toEqual(a.paragraphs);
  });
});
