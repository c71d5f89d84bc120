import { describe, expect, it } from 'vitest';
import { read } from '../../src/core/read.js';
import type { Article } from '../../src/core/types.js';
import { findUnrelated } from '../../src/core/strip/index.js';
import { fixture, parse, seedFile } from './dom.js';

function article(name: string, url = 'https://news.example/story'): Article {
  const result = read(fixture(name), { url });
  if (!result.ok) throw new Error(`${name}: ${result.message}`);
  return result.article;
}

/** The text of every <p>, <h2>, <li> in a fixture's article that the test says belongs to the story. */
function storyParagraphs(name: string, keep: (text: string) => boolean): string[] {
  return Array.from(
    fixture(name).querySelectorAll('article p, article h2, .content p, .content h2'),
  )
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(keep);
}

describe('strip: the seed article with a football story pasted in', () => {
  const a = article('pompeo-nkorea.html', 'https://dispatch.example/world/pompeo-nkorea');
  const seed = seedFile('pompeo-nkorea.txt');
  const gold = JSON.parse(seedFile('pompeo-nkorea.gold.json')) as { remove: string[] };

  it('removes every block of the gold "remove" list from the text', () => {
    for (const text of gold.remove) expect(a.text).not.toContain(text);
  });

  it('keeps every sentence of the article', () => {
    const removed = new Set(gold.remove);
    const lines = seed
      .split('\n\n')
      .slice(2)
      .flatMap((p) => p.split('\n'))
      .map((p) => p.trim())
      .filter((p) => p && !removed.has(p));
    for (const line of lines) expect(a.text).toContain(line);
  });

  it('lists the stray story as removed, with its reason, and keeps it in the annotated HTML', () => {
    expect(a.removed).toContainEqual({ reason: 'unrelated-story', text: gold.remove[0] });
    expect(a.annotatedHtml).toContain('data-vb-removed="unrelated-story"');
    expect(a.html).not.toContain('Mourinho');
  });
});

describe('strip: markup hints', () => {
  const a = article('strip/markup-hints.html', 'https://courier.example/transport/ferry-fares');

  it('removes related, newsletter and outbrain boxes by their class, id and data attributes', () => {
    expect(a.text).not.toMatch(/Bus lanes|Tram extension|morning briefing|kitchen gadget/);
    // The related box Readability drops itself; the one-paragraph boxes it unwraps keep their hint.
    expect(a.removed.map((r) => r.reason)).toEqual(['newsletter', 'promo']);
  });

  it('keeps every paragraph of the story', () => {
    for (const p of storyParagraphs(
      'strip/markup-hints.html',
      (t) => /ferry|fare|harbour/i.test(t) && !/briefing/.test(t),
    ))
      expect(a.text).toContain(p);
  });

  // The marker a hint is carried on is an attribute a page can write too: only known reasons count.
  it('ignores a carried-hint marker the page wrote with an unknown reason', () => {
    const page = parse(`<!DOCTYPE html><html lang="en"><head><title>Harbour ferry fares rise</title>
      <meta property="og:type" content="article"></head><body><article><h1>Harbour ferry fares rise</h1>
      ${'<p>The harbour ferry will cost more from May, the port authority said on Monday.</p>'.repeat(4)}
      <p data-vb-hint="anything">Ferry fares rise by a fifth for adults and a tenth for children.</p>
      </article></body></html>`);
    const result = read(page, { url: 'https://courier.example/ferry' });
    if (!result.ok) throw new Error(result.message);
    expect(result.article.text).toContain('Ferry fares rise by a fifth');
    expect(result.article.removed).toEqual([]);
  });
});

describe('strip: text patterns', () => {
  const a = article('strip/text-patterns.html', 'https://news.example/city/library-hours');

  it('removes pointers, prompts and author footers', () => {
    for (const gone of [
      'Council budget vote',
      'New parks plan',
      'Sign up for our newsletter',
      'Write to Ana Ruiz',
      'Other reports by',
      'Discuss This Article',
      'Add your comment',
    ]) {
      expect(a.text).not.toContain(gone);
    }
    expect(new Set(a.removed.map((r) => r.reason))).toEqual(
      new Set(['read-more', 'newsletter', 'author-footer', 'comments']),
    );
  });

  it('keeps sentences that merely start like a pattern ("More than…", "By December…")', () => {
    expect(a.text).toContain('More than two thousand readers answered the survey');
    expect(a.text).toContain('By December, the council expects');
    expect(a.text).toContain('The library will hire four more staff');
  });
});

describe('strip: a stray story with no markup at all', () => {
  const a = article('strip/stray-story.html', 'https://farm.example/news/drought-cattle');

  it('removes the headline and paragraph about something else', () => {
    expect(a.text).not.toContain('Pop Star Announces');
    expect(a.text).not.toContain('tour would open in Lisbon');
    expect(a.removed.filter((r) => r.reason === 'unrelated-story')).toHaveLength(2);
  });

  it('keeps the story, its subheading, its quote and its short last line', () => {
    for (const p of storyParagraphs('strip/stray-story.html', (t) => !/Pop Star|Lisbon/.test(t)))
      expect(a.text).toContain(p);
    expect(a.text).toContain('Water prices climb');
  });
});

describe('strip: teasers for other stories', () => {
  const a = article('strip/teasers.html', 'https://city.example/news/cycling-bridge');

  it('removes a teaser card, a headline list and an inline bold teaser', () => {
    for (const gone of [
      'Market hall',
      'Free school meals',
      'second panda',
      'Stadium roof',
      'storm damage',
    ])
      expect(a.text).not.toContain(gone);
  });

  it('keeps the story', () => {
    for (const p of storyParagraphs(
      'strip/teasers.html',
      (t) => /bridge|river|Engineers|Residents/.test(t) && !/Stadium/.test(t),
    ))
      expect(a.text).toContain(p);
  });
});

describe('strip: credits, gallery chrome and date lines', () => {
  const a = article('strip/credits.html', 'https://geo.example/news/volcano');

  it('removes the credit, the gallery counter, the date line and the contributor line', () => {
    for (const gone of [
      'Photo: Lena Berg',
      'Image 1 of 4',
      'Published 6:30 am',
      'contributed to this report',
    ])
      expect(a.text).not.toContain(gone);
  });

  it('keeps the caption and every paragraph', () => {
    expect(a.text).toContain('Steam rises from the crater of the volcano on Monday.');
    for (const p of storyParagraphs(
      'strip/credits.html',
      (t) => /volcano|survey|eruption/i.test(t) && !/Published/.test(t),
    ))
      expect(a.text).toContain(p);
  });
});

describe('strip: real-page failures, rewritten small', () => {
  it('keeps every item of a digest whose sections share no words (and its Q&A lines)', () => {
    const a = article('strip/listicle.html', 'https://markets.example/briefing/five-things');
    expect(a.removed).toEqual([]);
    expect(a.text).toContain('Arabica futures rose to a record');
    expect(a.text).toContain('Q: Will rates fall this year?');
  });

  it('keeps shopping links that point to other sites: they are the article', () => {
    const a = article(
      'strip/shopping-links.html',
      'https://gadgets.example/deals/cheap-headphones',
    );
    expect(a.text).toContain('Get it at Shop Example for $49.99');
    expect(a.text).toContain('Wireless earbuds for $29.99');
  });
});

describe('strip: the right story on a page with several', () => {
  it('shows the story the address and title name, not the longer one before it', () => {
    const a = article(
      'strip/infinite-scroll.html',
      'https://post.example/culture/orchestra-names-first-woman-conductor',
    );
    expect(a.text).toContain('The city orchestra has named Ilse Marken');
    expect(a.text).not.toContain('harbour tunnel');
  });
});

describe('findUnrelated', () => {
  it('returns elements with short kebab-case reasons, and nothing for a plain story', () => {
    const doc = parse(
      '<div><p>The bakery on the corner sold its last loaf on Saturday after forty years, its owners said.</p><p>Read more: <a href="/x/y">Another story</a></p></div>',
    );
    const removals = findUnrelated(doc.querySelector('div')!, {
      title: 'Corner bakery closes',
      url: 'https://b.example/bakery',
    });
    expect([...removals.values()]).toEqual(['read-more']);
    for (const reason of removals.values()) expect(reason).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    const plain = parse(
      '<div><p>The bakery on the corner sold its last loaf on Saturday.</p><p>Its owners said they would retire.</p></div>',
    );
    expect(findUnrelated(plain.querySelector('div')!, { title: null, url: null }).size).toBe(0);
  });
});

describe('strip: teasers with a blurb cut short, with no link on their headline', () => {
  const a = article('strip/cut-teasers.html', 'https://harbour.example/news/ferry-strike');

  it('removes a picture card with a plain class, a bare heading and a bold headline teaser', () => {
    for (const gone of ['market hall', 'Young swimmer', 'two hundred metres', 'Library extends'])
      expect(a.text).not.toContain(gone);
  });

  it('keeps every paragraph of the story', () => {
    for (const p of storyParagraphs(
      'strip/cut-teasers.html',
      (t) => /ferr|strike|Islanders|union/i.test(t) && !/market|swim|swam|library/i.test(t),
    ))
      expect(a.text).toContain(p);
  });
});

describe('strip: a disclaimer box at the end of the story', () => {
  const a = article('strip/disclaimer-box.html', 'https://mag.example/history/ferry-hundred-years');

  it('removes the disclaimer and the advertising disclosure, named so, though they are prose', () => {
    expect(a.text).not.toContain('The advertising disclaimer below');
    expect(a.text).not.toContain('Advertising disclosure');
  });

  it('keeps every paragraph of the story', () => {
    for (const p of storyParagraphs(
      'strip/disclaimer-box.html',
      (t) => !/disclaim|disclos|More:/.test(t),
    ))
      expect(a.text).toContain(p);
  });
});

describe("strip: a programme's time lines are not headlines", () => {
  const a = article('strip/schedule-lines.html', 'https://ortsverband.example/2024/05/fahrraddemo');

  it('keeps every stop of the programme, with its time line', () => {
    for (const p of storyParagraphs('strip/schedule-lines.html', () => true))
      expect(a.text).toContain(p);
    expect(a.removed).toEqual([]);
  });
});
