import { describe, expect, it } from 'vitest';
import { citation, quotesAsCsv, quotesAsJson, quotesAsMarkdown } from '../../src/core/citations.js';
import type { Quote } from '../../src/core/types.js';
import { groupQuotes } from '../../src/reader/Sidebar.js';

const source = {
  title: 'Talks make progress',
  siteName: 'The Daily Dispatch',
  published: '2018-10-08',
  url: 'https://dispatch.example/talks',
};
const q = (text: string, speaker: string | null, role: string | null, paragraph = 0): Quote => ({
  text,
  speaker,
  role,
  paragraph,
  start: 0,
  endParagraph: paragraph,
  end: text.length,
});

describe('citations', () => {
  it('says what it adds in the words it is given, English by default', () => {
    const german = {
      unattributed: 'Ohne Zuordnung',
      untitled: 'Artikel ohne Titel',
      quotesFrom: (title: string) => `Zitate: ${title}`,
    };
    expect(citation(q('Weiter so', null, null), source, german)).toMatch(
      /^“Weiter so” — Ohne Zuordnung\. /,
    );
    const markdown = quotesAsMarkdown(
      [q('Weiter so', null, null)],
      { ...source, title: null },
      german,
    );
    expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '# Zitate: Artikel ohne Titel',
      '## Ohne Zuordnung',
    ]);
    expect(citation(q('Go on', null, null), source)).toMatch(/— Unattributed\. /);
  });

  it('cites a quote with speaker, role, outlet, date and address', () => {
    expect(
      citation(q('It was another step forward', 'Mike Pompeo', 'US Secretary of State'), source),
    ).toBe(
      '“It was another step forward” — Mike Pompeo, US Secretary of State. The Daily Dispatch, “Talks make progress”, 2018-10-08. https://dispatch.example/talks',
    );
  });

  it('says so when nobody is named, and leaves out what the page does not give', () => {
    expect(
      citation(q('A long haul', null, null), {
        title: null,
        siteName: null,
        published: null,
        url: null,
      }),
    ).toBe('“A long haul” — Unattributed.');
  });

  it('exports Markdown grouped by speaker', () => {
    const md = quotesAsMarkdown(
      [q('One', 'Ann Lee', 'mayor'), q('Two', null, null), q('Three', 'Ann Lee', 'mayor')],
      source,
    );
    expect(md).toBe(
      '# Quotes: Talks make progress\n\nThe Daily Dispatch · 2018-10-08 · https://dispatch.example/talks\n\n## Ann Lee (mayor)\n\n> One\n\n> Three\n\n## Unattributed\n\n> Two\n',
    );
  });

  it('exports CSV that survives commas, quotes, newlines and formula injection', () => {
    const csv = quotesAsCsv(
      [
        q('He said "no", twice\nthen left', 'Ann Lee', null, 3),
        q('=HYPERLINK("x")', null, null, 4),
      ],
      source,
    );
    expect(csv.split('\r\n')).toEqual([
      'speaker,role,quote,paragraph,outlet,published,url',
      'Ann Lee,,"He said ""no"", twice\nthen left",3,The Daily Dispatch,2018-10-08,https://dispatch.example/talks',
      ',,"\'=HYPERLINK(""x"")",4,The Daily Dispatch,2018-10-08,https://dispatch.example/talks',
      '',
    ]);
  });

  it('exports JSON with the source and the quotes', () => {
    expect(JSON.parse(quotesAsJson([q('One', 'Ann Lee', 'mayor', 2)], source))).toEqual({
      ...source,
      quotes: [{ text: 'One', speaker: 'Ann Lee', role: 'mayor', paragraph: 2 }],
    });
  });
});

describe('sidebar grouping', () => {
  it('groups by speaker in order of first appearance, unattributed last', () => {
    const quotes = [
      q('a', 'Kim Jong Un', null),
      q('b', null, null),
      q('c', 'Mike Pompeo', 'US Secretary of State'),
      q('d', 'Kim Jong Un', null),
    ];
    const speakers = [
      { name: 'Kim Jong Un', role: 'North Korean leader', aliases: ['Kim'], quoteCount: 2 },
      { name: 'Mike Pompeo', role: 'US Secretary of State', aliases: ['Pompeo'], quoteCount: 1 },
    ];
    const groups = groupQuotes({ quotes, speakers });
    expect(groups.map((g) => [g.name, g.role, g.quotes.map((x) => x.index)])).toEqual([
      ['Kim Jong Un', 'North Korean leader', [0, 3]],
      ['Mike Pompeo', 'US Secretary of State', [2]],
      [null, null, [1]],
    ]);
  });
});
