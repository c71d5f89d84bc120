import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Quote } from '../../src/core/types.js';
import { useMessagesForTesting } from '../../src/shared/i18n.js';
import {
  articleHtml,
  articleMarkdown,
  fileName,
  quotesBySpeaker,
} from '../../src/features/export/documents.js';

beforeAll(() =>
  useMessagesForTesting(
    JSON.parse(
      readFileSync(new URL('../../src/_locales/en/messages.json', import.meta.url), 'utf8'),
    ),
  ),
);

const q = (text: string, speaker: string | null): Quote => ({
  text,
  speaker,
  role: null,
  paragraph: 0,
  start: 0,
  endParagraph: 0,
  end: text.length,
});

const article = {
  title: 'Harbour: <dredging> starts "soon"',
  byline: 'Ann Lee',
  siteName: 'The Bay Post',
  published: '2024-05-02',
  lang: 'en',
  dir: null,
  excerpt: null,
  url: 'https://bay.example/news/dredging?id=1&x=2',
  html: '<p>The board voted.</p><figure><img src="https://bay.example/a.jpg" alt=""></figure>',
  quotes: [
    q('We start in May', 'Ada Moss'),
    q('It will be muddy', null),
    q('On budget', 'Ada Moss'),
  ],
} as unknown as Article;

describe('saved articles', () => {
  it('are named after the title, without characters file systems refuse', () => {
    expect(fileName(article, 'md')).toBe('Harbour dredging starts soon.md');
    expect(fileName({ ...article, title: null }, 'html')).toBe('article.html');
    expect(fileName({ ...article, title: '../../etc' }, 'md')).toBe('etc.md');
  });

  it('group quotes by speaker in order of first appearance, the unattributed last', () => {
    expect(quotesBySpeaker(article.quotes).map((g) => [g.speaker, g.quotes.length])).toEqual([
      ['Ada Moss', 2],
      [null, 1],
    ]);
  });

  it('as Markdown: title, byline and date, source link, body, and quotes only when asked', () => {
    const md = articleMarkdown(article, { quotes: false });
    expect(md).toMatch(/^# Harbour: \\<dredging> starts "soon"\n\nAnn Lee · 2024-05-02\n\n/);
    expect(md).toContain(`Source: [${article.url}](${article.url})`);
    expect(md).toContain('The board voted.');
    expect(md).not.toContain('Quotes');
    const withQuotes = articleMarkdown(article, { quotes: true });
    expect(withQuotes).toMatch(
      /## Quotes\n\n### Ada Moss\n\n- “We start in May”\n- “On budget”\n\n### Unattributed\n\n- “It will be muddy”\n$/,
    );
  });

  it('as HTML: escaped metadata, the article, inline styles, and nothing that runs', () => {
    const html = articleHtml(article, { quotes: true });
    expect(html).toContain('<title>Harbour: &lt;dredging&gt; starts &quot;soon&quot;</title>');
    expect(html).toContain('href="https://bay.example/news/dredging?id=1&amp;x=2"');
    expect(html).toContain('<img src="https://bay.example/a.jpg" alt="">');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("script-src 'none'");
    expect(html).toContain('<h3>Ada Moss</h3>');
    expect(html).not.toMatch(/<script/i);
  });
});
