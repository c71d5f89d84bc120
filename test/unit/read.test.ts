import { describe, expect, it } from 'vitest';
import { read } from '../../src/core/read.js';
import type { Article } from '../../src/core/types.js';
import { readdirSync } from 'node:fs';
import { paragraphsOf } from '../../src/core/blocks.js';
import { articlePage, FIXTURES, fixture, parse, seedFile } from './dom.js';

/** The elements of an article's HTML matching `selector`, as tag + attributes. */
function elements(html: string, selector: string): Record<string, string>[] {
  return Array.from(
    parse(`<!DOCTYPE html><html><body>${html}</body></html>`).querySelectorAll(selector),
  ).map((el) =>
    Object.fromEntries([
      ['#text', el.textContent ?? ''],
      ...Array.from(el.attributes).map((a) => [a.name, a.value]),
    ]),
  );
}

function article(name: string, url = 'https://news.example/story'): Article {
  const result = read(fixture(name), { url });
  if (!result.ok) throw new Error(`${name}: ${result.message}`);
  return result.article;
}

describe('read: the seed article laid out as a messy news page', () => {
  const a = article('pompeo-nkorea.html', 'https://dispatch.example/world/pompeo-nkorea');
  const seed = seedFile('pompeo-nkorea.txt');
  const gold = JSON.parse(seedFile('pompeo-nkorea.gold.json'));

  it('reads the metadata the page gives', () => {
    expect(a.title).toBe('Pompeo: ‘Significant progress’ made on NKorea denuke trip');
    expect(a.byline).toBe('Hannah Rogers');
    expect(a.siteName).toBe('The Daily Dispatch');
    expect(a.published).toBe(gold.date);
    expect(a.lang).toBe('en');
    expect(a.readingMinutes).toBeGreaterThanOrEqual(2);
  });

  it('keeps every sentence of the article, first to last', () => {
    for (const line of gold.keep_first_and_last) expect(a.text).toContain(line);
    const removed = new Set<string>(gold.remove);
    const sentences = seed
      .split('\n\n')
      .slice(2)
      .flatMap((p) => p.split('\n'))
      .map((p) => p.trim())
      .filter((p) => p && !removed.has(p));
    for (const sentence of sentences) expect(a.text).toContain(sentence);
  });

  it('leaves out the site around the article', () => {
    for (const chrome of [
      'Most read',
      'Breaking: Markets',
      'Privacy',
      'Advertisement',
      'Tweet',
      'Politics',
    ]) {
      expect(a.text).not.toContain(chrome);
    }
    expect(a.html).not.toMatch(/<(script|style|form|input|nav)\b/i);
  });

  it('places every quote in its paragraph, at its offsets', () => {
    expect(a.quotes.length).toBeGreaterThan(10);
    for (const q of a.quotes) {
      expect(q.endParagraph).toBe(q.paragraph);
      expect(a.paragraphs[q.paragraph]!.slice(q.start, q.end)).toBe(q.text);
    }
    const pompeo = a.speakers.find((s) => s.name === 'Mike Pompeo');
    expect(pompeo?.quoteCount).toBe(a.quotes.filter((q) => q.speaker === 'Mike Pompeo').length);
  });

  it.each([
    [
      'a figcaption',
      '<figure><img src="/a.jpg" alt=""><figcaption>Ruth Adair on the quay: "We were lucky this time," she said.</figcaption></figure>',
    ],
    // WordPress marks captions by class only; the class survives until the sanitiser reads it.
    [
      'a caption marked by class',
      '<div class="wp-caption alignnone"><a href="/a.jpg"><img src="/a.jpg" alt=""></a><p class="wp-caption-text">"We were lucky this time"</p></div>',
    ],
  ])('does not list a quote from an image caption: %s', (_kind, caption) => {
    const page =
      parse(`<!DOCTYPE html><html><head><title>Harbour</title><meta property="og:type" content="article"></head><body><article>
      <p>The harbour master spoke to reporters on the quay on Monday morning, after the storm had passed and the boats were back at their moorings for the first time in a week.</p>
      <p>"We were lucky this time," said harbour master Ruth Adair, who has run the port for eleven years and has seen three storms of this size in that time.</p>
      ${caption}
      <p>The port will reopen to visitors on Wednesday, once the damaged section of the sea wall has been inspected by engineers from the council.</p>
    </article></body></html>`);
    const result = read(page, { url: 'https://herald.example/harbour' });
    if (!result.ok) throw new Error(result.message);
    expect(result.article.quotes.map((q) => [q.text, q.speaker, q.paragraph])).toEqual([
      ['We were lucky this time', 'Ruth Adair', 1],
    ]);
    // Shown as a caption too: a figure holding the picture and its caption.
    expect(elements(result.article.html, 'figure > figcaption')).toHaveLength(1);
    expect(elements(result.article.html, 'figure img')).toHaveLength(1);
  });

  it('separates paragraphs by one blank line in text', () => {
    expect(a.text).toBe(a.paragraphs.join('\n\n'));
    expect(a.paragraphs.every((p) => p.trim() === p && !p.includes('\n\n'))).toBe(true);
  });
});

describe('read: rich article content survives', () => {
  const a = article('rich-article.html', 'https://herald.example/transport/trams');

  it('keeps images with resolved addresses, figures and captions', () => {
    expect(elements(a.html, 'figure > img')).toEqual([
      expect.objectContaining({
        src: 'https://herald.example/img/tram-depot.jpg',
        alt: 'A tram leaving the Quay Street depot at dawn',
      }),
    ]);
    expect(elements(a.html, 'figure > figcaption')[0]!['#text']).toBe(
      'A tram leaves the Quay Street depot at dawn. Photo: Harbour Herald',
    );
  });

  it('keeps tables, lists, block quotes and code', () => {
    expect(a.html).toMatch(/<table>.*<th>Line<\/th>.*<td>Northern line<\/td>/s);
    expect(a.html).toMatch(/<ul>\s*<li>Open each line when it is ready/);
    expect(a.html).toMatch(/<blockquote><p>We did not build a network\./);
    expect(a.html).toContain('<pre><code>if (junction.isClear() &amp;&amp; tram.hasPriority()) {');
  });

  it('links open the original targets', () => {
    expect(elements(a.html, 'a')).toContainEqual({
      '#text': 'The original plan',
      href: 'https://herald.example/transport/tram-plan-2020',
      target: '_blank',
      rel: 'noopener noreferrer',
    });
  });

  it('keeps a known video embed, sandboxed', () => {
    expect(elements(a.html, 'iframe')).toEqual([
      expect.objectContaining({
        src: 'https://www.youtube.com/embed/abc123xyz',
        sandbox: expect.stringContaining('allow-scripts'),
      }),
    ]);
  });

  it('can give embeds as links for the reader to load on request', () => {
    const result = read(fixture('rich-article.html'), {
      url: 'https://herald.example/t',
      embeds: 'link',
    });
    if (!result.ok) throw new Error('no article');
    expect(result.article.html).not.toContain('<iframe');
    expect(result.article.html).toContain('data-vb-embed="video"');
    expect(result.article.text).not.toContain('Play video');
  });

  it('reads the date from JSON-LD and estimates reading time', () => {
    expect(a.published).toBe('2024-03-14');
    expect(a.byline).toBe('Ines Okafor');
    expect(a.wordCount).toBeGreaterThan(300);
    expect(a.readingMinutes).toBe(Math.max(1, Math.round(a.wordCount / 230)));
  });

  it('does not repeat the headline in the body', () => {
    expect(a.paragraphs[0]).not.toBe(a.title);
  });
});

/**
 * The reader shows `annotatedHtml` through an HTML parser and finds quotes by paragraph index, so
 * the HTML must parse back into exactly the paragraphs the core counted. A <p> around an <h2>
 * (Readability makes one from a <div> around a standfirst) came apart on a real page: its removed
 * standfirst showed, and every quote mark after it fell one paragraph early.
 */
describe("read: the article HTML survives the reader's parser", () => {
  const pages = [
    ...readdirSync(FIXTURES).filter((f) => f.endsWith('.html')),
    ...readdirSync(`${FIXTURES}/strip`)
      .filter((f) => f.endsWith('.html'))
      .map((f) => `strip/${f}`),
  ];
  const roundTrip = (html: string): string[] =>
    paragraphsOf(parse(`<!DOCTYPE html><html><body><div>${html}</div></body></html>`).body);

  it.each(pages)('%s', (name) => {
    const result = read(fixture(name), { url: 'https://news.example/story' });
    if (!result.ok) return;
    expect(roundTrip(result.article.annotatedHtml)).toEqual(result.article.paragraphs);
  });

  it('keeps a removed standfirst heading inside its removed block', () => {
    const words =
      'The council met on Monday night to discuss the harbour wall, which the storm broke in two places last week. ';
    const page = articlePage(
      `<div id="article-promo"><h2>The storm broke the wall in two places.</h2></div><p>${words.repeat(3)}</p><p>“We were lucky,” said Ruth Adair. ${words.repeat(2)}</p>`,
    );
    const result = read(page, { url: 'https://news.example/story' });
    if (!result.ok) throw new Error(result.message);
    expect(result.article.removed.map((r) => r.text)).toEqual([
      'The storm broke the wall in two places.',
    ]);
    expect(roundTrip(result.article.annotatedHtml)).toEqual(result.article.paragraphs);
  });
});

describe('read: pages without an article', () => {
  it('says so on a homepage of teasers, even though Readability returns a block', () => {
    const result = read(fixture('homepage.html'), { url: 'https://herald.example/' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/does not seem to hold an article/);
  });

  it('says so on a nearly empty page', () => {
    const result = read(
      parse(
        '<!DOCTYPE html><html><head><title>Hi</title></head><body><p>Hello there.</p></body></html>',
      ),
      {},
    );
    expect(result).toEqual({
      ok: false,
      error: 'no-article',
      cause: 'no-text',
      message: expect.stringMatching(/No article text/),
    });
  });

  it('says so on a search results page', () => {
    const results = Array.from(
      { length: 8 },
      (_, i) =>
        `<li><h3><a href="/story/${i}">Result number ${i} about the harbour works and the ferry timetable</a></h3><p>A short snippet of the story about the harbour number ${i}, cut off after a few words…</p></li>`,
    ).join('');
    const page = parse(
      `<!DOCTYPE html><html><head><title>Search: harbour</title></head><body><h1>Search results for harbour</h1><ol>${results}</ol></body></html>`,
    );
    expect(read(page, { url: 'https://herald.example/search?q=harbour' }).ok).toBe(false);
  });

  it('judges an article by what it shows, not by the related links it hides', () => {
    const links = Array.from(
      { length: 14 },
      (_, i) =>
        `<li><a href="/s/${i}">Another story number ${i} about the council budget and the harbour plans for next year</a></li>`,
    ).join('');
    const page =
      parse(`<!DOCTYPE html><html><head><title>Bus lanes</title><meta property="og:type" content="article"></head><body><article><h1>Bus lanes</h1>
      <p>The council approved two new bus lanes on the coast road on Tuesday, after a year of trials that cut journey times by a quarter at the busiest hours.</p>
      <div class="related-stories"><h3>Related</h3><ul>${links}</ul></div>
      <p>Drivers will be fined for using the lanes at peak times from next month, and the council said the cameras would be switched on in the first week of June.</p>
      <p>The lanes will be reviewed after a year, when the council will publish the journey times and the number of fines it has issued on the coast road.</p>
    </article></body></html>`);
    const result = read(page, { url: 'https://herald.example/bus' });
    if (!result.ok) throw new Error(`judged as no article: ${result.message}`);
    expect(result.article.removed.length).toBeGreaterThan(0);
    expect(result.article.text).not.toContain('Another story number');
    expect(result.article.paragraphs).toHaveLength(3);
  });

  it('still reads a short undeclared news brief', () => {
    const brief =
      parse(`<!DOCTYPE html><html><head><title>Ferry cancelled</title></head><body><div class="post"><h1>Ferry cancelled</h1>
      <p>The morning ferry to the island was cancelled on Friday because of high winds, the operator said, and passengers were offered seats on the afternoon crossing instead.</p>
      <p>The operator said the timetable would return to normal on Saturday if the wind dropped overnight as forecast, and that tickets for cancelled sailings would be refunded in full.</p></div></body></html>`);
    expect(read(brief, { url: 'https://herald.example/ferry' }).ok).toBe(true);
  });
});
