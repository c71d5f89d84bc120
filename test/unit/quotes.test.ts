import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuotes, type QuoteSpan } from '../../src/core/quotes/index.js';

/** The quote whose words contain `words`, or undefined. */
function quoteWith(quotes: QuoteSpan[], words: string): QuoteSpan | undefined {
  return quotes.find((q) => q.text.includes(words));
}

function speakerOf(text: string, words: string): string | null | undefined {
  return quoteWith(findQuotes(text).quotes, words)?.speaker;
}

describe('findQuotes on the seed article', () => {
  interface GoldQuote {
    text: string;
    speaker: string | null;
    required: boolean;
  }
  interface Gold {
    speakers: Record<string, { aliases: string[] }>;
    quotes: GoldQuote[];
  }
  const seed = (name: string): string => readFileSync(new URL(`../../../shared/seed/${name}`, import.meta.url), 'utf8');
  const text = seed('pompeo-nkorea.txt');
  const gold = JSON.parse(seed('pompeo-nkorea.gold.json')) as Gold;
  const { quotes, speakers } = findQuotes(text);

  /** A shown speaker matches the gold one when it equals its name or one of its aliases, case-insensitively. */
  const matches = (shown: string | null, expected: string | null): boolean => {
    if (expected === null || shown === null) return shown === expected;
    const names = [expected, ...(gold.speakers[expected]?.aliases ?? [])].map((n) => n.toLowerCase());
    return names.includes(shown.toLowerCase());
  };
  const listed = (g: GoldQuote): QuoteSpan | undefined => quotes.find((q) => q.text.includes(g.text) || g.text.includes(q.text));

  for (const g of gold.quotes.filter((q) => q.required)) {
    it(`lists "${g.text.slice(0, 40)}…" with speaker ${g.speaker ?? 'null'}`, () => {
      const q = listed(g);
      expect(q, 'quote listed').toBeDefined();
      expect(matches(q!.speaker, g.speaker), `speaker ${q!.speaker}`).toBe(true);
    });
  }

  it('gives optional quotes, when listed, the gold speaker or none', () => {
    for (const g of gold.quotes.filter((q) => !q.required)) {
      const q = listed(g);
      if (q && q.speaker !== null) expect(matches(q.speaker, g.speaker), `${g.text}: ${q.speaker}`).toBe(true);
    }
  });

  it('reports offsets of the quoted words inside the marks', () => {
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('lists each speaker once, in order of first quote, with counts', () => {
    expect(speakers.map((s) => s.name).slice(0, 3)).toEqual(['Mike Pompeo', 'Kim Jong Un', 'KCNA']);
    const pompeo = speakers.find((s) => s.name === 'Mike Pompeo')!;
    expect(pompeo.quoteCount).toBe(quotes.filter((q) => q.speaker === 'Mike Pompeo').length);
    expect(pompeo.role).toBe('US Secretary of State');
    expect(speakers.find((s) => s.name === 'Yang Moo-jin')?.role).toBe('a professor at the University of North Korean Studies in Seoul');
    expect(new Set(speakers.map((s) => s.name)).size).toBe(speakers.length);
  });
});

describe('finding quotes', () => {
  it('reads straight, curly, guillemet and low-high quotes', () => {
    const text = [
      '"We will win this race," the mayor said.',
      '“We will win this race too,” the mayor said.',
      '«Nous gagnerons cette course», the mayor said.',
      '„Wir gewinnen dieses Rennen“, the mayor said.',
    ].join('\n\n');
    const { quotes } = findQuotes(text);
    expect(quotes.map((q) => q.text)).toEqual([
      'We will win this race',
      'We will win this race too',
      'Nous gagnerons cette course',
      'Wir gewinnen dieses Rennen',
    ]);
    for (const q of quotes) expect(q.speaker).toBe('the mayor');
  });

  it('keeps single-quoted words inside a double-quoted quote', () => {
    const text = '"He told me \'never again\' and left the room," Ana Lopez said.';
    const [q] = findQuotes(text).quotes;
    expect(q?.text).toBe("He told me 'never again' and left the room");
    expect(q?.speaker).toBe('Ana Lopez');
  });

  it('tells ASCII quote direction from the spaces around the marks', () => {
    const text = 'The senator said "this bill is a real step forward" and "nothing more than that," Tom Reyes said.';
    expect(findQuotes(text).quotes.map((q) => q.text)).toEqual(['this bill is a real step forward', 'nothing more than that']);
  });

  it('treats a quotation over several paragraphs as one quote', () => {
    const text = [
      'Mayor Dana Whitfield read a statement:',
      '“The council met on Monday and agreed to the budget.',
      '“We will open two new libraries next year and keep the pools open.”',
    ].join('\n\n');
    const { quotes } = findQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('The council met on Monday and agreed to the budget.\n\nWe will open two new libraries next year and keep the pools open.');
    expect(quotes[0]!.speaker).toBe('Dana Whitfield');
  });

  it('lists partial quotes woven into a sentence', () => {
    const text = 'Governor Lena Marsh said the “whole state” was watching the vote.';
    expect(speakerOf(text, 'whole state')).toBe('Lena Marsh');
  });

  it('does not list scare quotes, titles of works, nicknames or transcript labels', () => {
    const text = [
      'The plan is a so-called “reform” of the tax code.',
      'Carl Benton appeared on “Meet the Voters” on Sunday.',
      'Fans call him “the Hammer” at home.',
      'A partial transcript follows:',
      '"HOST: Will you run again next year, Mr. Benton?"',
    ].join('\n\n');
    expect(findQuotes(text).quotes).toEqual([]);
  });

  it('skips quotes inside ignored ranges such as captions', () => {
    const caption = '“We are ready for the storm,” said Kim Alvarez in a photo caption.';
    const body = '“The shelters are open all night,” said Kim Alvarez.';
    const text = `${caption}\n\n${body}`;
    const { quotes } = findQuotes(text, { ignore: [[0, caption.length]] });
    expect(quotes.map((q) => q.text)).toEqual(['The shelters are open all night']);
  });
});

describe('attributing quotes', () => {
  it('reads "…," X said and "…," said X', () => {
    expect(speakerOf('“Taxes will go down,” Maria Gomez said.', 'Taxes')).toBe('Maria Gomez');
    expect(speakerOf('“Taxes will go down,” said Maria Gomez.', 'Taxes')).toBe('Maria Gomez');
  });

  it('reads X said: "…", X told Y "…", X added:, X replied:', () => {
    expect(speakerOf('Paul Okafor said: “The bridge is safe.”', 'bridge')).toBe('Paul Okafor');
    expect(speakerOf('Paul Okafor told reporters “the bridge is safe for traffic.”', 'bridge')).toBe('Paul Okafor');
    expect(speakerOf('Later, Paul Okafor added: “We will check it every week.”', 'check')).toBe('Paul Okafor');
    expect(speakerOf('Paul Okafor replied: “Nobody was ever in danger there.”', 'Nobody')).toBe('Paul Okafor');
  });

  it('reads according to X', () => {
    expect(speakerOf('According to the city council, “the work will finish by May.”', 'work')).toBe('the city council');
    expect(speakerOf('“The work will finish by May,” according to Rita Sandoval.', 'work')).toBe('Rita Sandoval');
  });

  it('knows the wide family of speech verbs in all tenses', () => {
    for (const verb of ['says', 'tweeted', 'insisted', 'warned', 'noted', 'explained', 'wrote', 'asked', 'has argued', 'continued']) {
      expect(speakerOf(`“This road needs repairs right now,” Ivan Petrov ${verb}.`, 'road'), verb).toBe('Ivan Petrov');
    }
  });

  it('takes the role from a title before the name or an appositive after it', () => {
    const before = findQuotes('“We expect rain all week,” city spokeswoman Ada Quinn said.').quotes[0]!;
    expect(before).toMatchObject({ speaker: 'Ada Quinn', role: 'city spokeswoman' });
    const after = findQuotes('“We expect rain all week,” said Ada Quinn, a forecaster at the Lakeside Weather Office.').quotes[0]!;
    expect(after).toMatchObject({ speaker: 'Ada Quinn', role: 'a forecaster at the Lakeside Weather Office' });
    const comma = findQuotes('“We expect rain all week,” Ada Quinn, a forecaster at the office, said.').quotes[0]!;
    expect(comma).toMatchObject({ speaker: 'Ada Quinn', role: 'a forecaster at the office' });
  });

  it('attributes to organisations and unnamed sources', () => {
    expect(speakerOf('“The talks were useful,” the White House said.', 'talks')).toBe('White House');
    expect(speakerOf('“The talks were useful,” a statement said.', 'talks')).toBe('a statement');
    expect(speakerOf('“The talks were useful,” a senior diplomat said.', 'talks')).toBe('a senior diplomat');
  });

  it('resolves a surname to the full name, even when the full name comes later', () => {
    const text = [
      '“The harbour will reopen,” Varga said on Monday.',
      'Mayor Ilona Varga visited the docks on Tuesday.',
    ].join('\n\n');
    const { quotes, speakers } = findQuotes(text);
    expect(quotes[0]!.speaker).toBe('Ilona Varga');
    expect(speakers[0]).toMatchObject({ name: 'Ilona Varga', aliases: ['Varga'], quoteCount: 1 });
  });

  it('joins spelling variants and title + surname into one speaker', () => {
    const text = [
      'Chairman Park Tae-ho met the delegation.',
      '“We are open to talks,” Park Tae Ho said.',
      '“We want a result this year,” Chairman Park said.',
    ].join('\n\n');
    const { quotes, speakers } = findQuotes(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Park Tae-ho', 'Park Tae-ho']);
    expect(speakers).toHaveLength(1);
    expect(speakers[0]!.quoteCount).toBe(2);
  });

  it('resolves pronouns to the right earlier speaker by gender', () => {
    const text = [
      'Senator Joan Briggs met Governor Tom Hale on Friday. Briggs said she wanted a deal.',
      '“We are close to an agreement,” she said.',
      '“I am not so sure about that,” he said.',
    ].join('\n\n');
    const { quotes } = findQuotes(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Joan Briggs', 'Tom Hale']);
  });

  it('carries the speaker into a quote that continues the previous one', () => {
    const text = [
      '“The vote was fair,” said Omar Haddad. “Everyone had a chance to speak up.”',
      '“And we will do it again next year in the same way.”',
    ].join('\n\n');
    expect(findQuotes(text).quotes.map((q) => q.speaker)).toEqual(['Omar Haddad', 'Omar Haddad', 'Omar Haddad']);
  });

  it('leaves a quote the text does not attribute without a speaker', () => {
    const text = 'The report came out on Monday.\n\n“Nobody knows what the final cost of the project will be.”';
    expect(speakerOf(text, 'Nobody')).toBeNull();
  });
});
