/** The strip stage on small pages, one per pattern: what goes, and what of the story stays. */
import { describe, expect, it } from 'vitest';
import { read } from '../../src/core/read.js';
import type { Article } from '../../src/core/types.js';
import { fixture } from './dom.js';

function article(name: string, url: string): Article {
  const result = read(fixture(`strip/${name}`), { url });
  if (!result.ok) throw new Error(`${name}: ${result.message}`);
  return result.article;
}

const reasons = (a: Article): string[] => a.removed.map((r) => r.reason);

describe('strip: footer lines after the story', () => {
  const a = article('footer-lines.html', 'https://port.example/news/port-strike-ends');

  it('removes credits, pointers, prompts, citations and the author plug', () => {
    for (const gone of [
      'Reporting by Ana Lind',
      'contributed to this report',
      'full coverage of the strike',
      'we send an email',
      'moderating all comments',
      'proposition for you',
      'Citation:',
      'Send us your story',
      'Follow her on Twitter',
      'Cranes at Dawn',
    ]) {
      expect(a.text).not.toContain(gone);
    }
    expect(new Set(reasons(a))).toEqual(
      new Set([
        'promo',
        'comments',
        'newsletter',
        'read-more',
        'author-footer',
        'site-footer',
        'author-bio',
      ]),
    );
  });

  it('keeps a footnote and a story sentence that mentions following someone on Twitter', () => {
    expect(a.text).toContain("[1] Figures from the port authority's weekly traffic report.");
    expect(a.text).toContain('were told to follow him on Twitter for news of the vote');
    expect(a.paragraphs).toHaveLength(5);
  });
});

describe('strip: date lines under a long standfirst', () => {
  const a = article('dated-standfirst.html', 'https://flood.example/news/river-levels');

  it('removes "PUBLISHED:" and "UPDATED:" lines even after a sentence-long standfirst', () => {
    expect(reasons(a)).toEqual(['dateline', 'dateline']);
    expect(a.text).not.toMatch(/PUBLISHED|UPDATED/);
  });

  it('keeps the standfirst and a sentence that starts with a date', () => {
    expect(a.text).toContain('FLOOD warnings have been lifted');
    expect(a.text).toContain('By March 2025, the agency expects');
  });
});

describe('strip: a rail of picture cards with unlinked headlines', () => {
  const a = article('teaser-rail.html', 'https://tabloid.example/news/hunter-falls-ill-wild-hare');

  it('removes the rail as one teaser box', () => {
    expect(reasons(a)).toEqual(['teaser']);
    for (const gone of ['PARTY TIME', 'Royal seen dancing', 'TIME TRAVELLER', 'Gym fan', 'Warning'])
      expect(a.text).not.toContain(gone);
  });

  it("keeps the story's own gallery, whose pictures link to pages under the article", () => {
    expect(a.text).toContain('The hospital where the hunter is being treated.');
    expect(a.text).toContain('Health workers at the village where he lives.');
    expect(a.text).toContain('Officials said the risk of an outbreak was low');
  });
});

describe('strip: a profile card inside a sentence', () => {
  const a = article('inline-card.html', 'https://capitol.example/news/555-man-admits-threat');

  it('removes the card and keeps the sentence around it whole', () => {
    expect(reasons(a)).toEqual(['related-links']);
    expect(a.text).not.toMatch(/Budget talks|compassion|MORE/);
    expect(a.paragraphs[0]).toBe(
      "A man pleaded guilty on Monday to charges that he threatened to kill Rep. Jane Roe (D-Minn.), the prosecutor's office announced.",
    );
  });
});

describe("strip: the author's card after the story", () => {
  const a = article('author-card.html', 'https://trails.example/2014/09/flatirons/');

  it('removes the card with its bio, and the byline', () => {
    expect(a.text).not.toContain('coastal native');
    expect(reasons(a)).toContain('author-footer');
  });

  it("keeps the story's own sentence about the author's family and its closing question", () => {
    expect(a.text).toContain("Mara's husband is a geologist");
    expect(a.text).toContain('What is your favourite weekend family activity?');
  });
});

describe("strip: a line that is wholly a link to the site's offers page", () => {
  const a = article('promo-link.html', 'https://money.example/news/markets/shares-record');

  it('removes it as promo and keeps a sentence that links to the same page', () => {
    expect(reasons(a)).toEqual(['promo']);
    expect(a.text).not.toContain('Get access to');
    expect(a.text).toContain('try our research service for a month');
  });
});

describe('strip: "Don\'t miss" over links written as lines of one paragraph', () => {
  const a = article('dont-miss-lines.html', 'https://daily.example/news/world/444/troops-capital');

  it('removes the label and the links under it', () => {
    expect(reasons(a)).toEqual(['read-more', 'related-links']);
    expect(a.text).not.toMatch(/DON'T MISS|President furious|League makes|military intervention/);
  });

  it('keeps the paragraphs around them', () => {
    expect(a.text).toContain('The new police chief said');
    expect(a.paragraphs).toHaveLength(4);
  });
});

describe('strip: real-page failures of the topic check, rewritten small', () => {
  it('keeps every entry of a list of bold-named paragraphs, even one with words of its own', () => {
    const a = article('list-entries.html', 'https://lights.example/festival/7th');
    expect(a.removed).toEqual([]);
    expect(a.text).toContain('Nadia Berg and Paul Holm (Norway) found inspiration');
  });

  it('removes a bold headline teaser pasted between entries that open on a bold name', () => {
    const a = article('entries-stray.html', 'https://river.example/festival/choirs');
    expect(a.text).not.toContain('Regional Airline Cancels Winter Flights');
    expect(a.text).not.toContain('shortage of pilots');
    expect(reasons(a)).toEqual(['unrelated-story']);
    for (const entry of ['The Millbrook Singers', 'Cantiamo', 'Voices of the Valley', "St Anne's"])
      expect(a.text).toContain(entry);
  });

  it('removes a teaser written as one paragraph, a bold headline running into its blurb', () => {
    const a = article('run-in-teaser.html', 'https://city.example/news/harbour-tram');
    expect(a.text).not.toContain('Museum Reopens Its Roof Garden');
    expect(a.text).not.toContain('painted ceilings');
    expect(reasons(a)).toEqual(['unrelated-story']);
  });

  it("keeps the story's own bold lead-in that ends on a colon, though it shares few words", () => {
    const a = article('run-in-teaser.html', 'https://city.example/news/harbour-tram');
    expect(a.text).toContain('What changes for buses: the harbour bus will stop running');
    expect(a.text).toContain('Moravec said the city would decide next year');
  });

  it('removes a pasted heading that ends on a stop, with its paragraph', () => {
    const a = article('stray-heading-stop.html', 'https://valley.example/news/school-roof');
    expect(a.text).not.toContain('Chip maker cuts its forecast');
    expect(a.text).not.toContain('semiconductor company');
    expect(reasons(a)).toEqual(['unrelated-story', 'unrelated-story']);
  });

  it('keeps a sentence of the story set in bold, which ends on a stop too', () => {
    const a = article('stray-heading-stop.html', 'https://valley.example/news/school-roof');
    expect(a.text).toContain('Parents raised the money for the timber themselves.');
    expect(a.text).toContain('A roofer whose children go to the school led the work');
  });

  it('removes a pasted heading and paragraph that share a topic word, a weekday and "though"', () => {
    const a = article('dated-stray.html', 'https://riverside.example/news/library-reopens');
    expect(a.text).not.toContain('Airline cuts winter flights');
    expect(a.text).not.toContain('twice a week instead of daily');
    expect(reasons(a)).toEqual(['unrelated-story', 'unrelated-story']);
  });

  it('keeps every paragraph of the library story, its date and its "though"', () => {
    const a = article('dated-stray.html', 'https://riverside.example/news/library-reopens');
    expect(a.text).toContain('The Riverside library opened its doors again on Tuesday');
    expect(a.text).toContain('though about a fifth of the collection could not be saved');
    expect(a.text).toContain('Children from the primary school next door');
    expect(a.text).toContain('an open day on Saturday');
  });

  it("removes a pasted story whose person shares a name with the story's: another person", () => {
    const a = article('namesake-stray.html', 'https://health.example/2019/feather-pillow');
    expect(a.text).not.toContain('Taylor Swift');
    expect(a.text).not.toContain('former record label');
    expect(reasons(a)).toEqual(['unrelated-story', 'unrelated-story']);
  });

  it('keeps every paragraph about the patient, who is named by his surname', () => {
    const a = article('namesake-stray.html', 'https://health.example/2019/feather-pillow');
    for (const p of [
      'wrote Martin Taylor, a 43-year-old teacher',
      'Taylor had never smoked',
      'though Taylor said he kept no pigeons',
      'Taylor had bought a new duvet',
      'Within two days, Taylor wrote',
    ])
      expect(a.text).toContain(p);
  });

  it('removes a pasted wire story: its paragraph opens on a dateline mid-article', () => {
    const a = article('dateline-stray.html', 'https://coast.example/news/harbour-dredging');
    expect(a.text).not.toContain('Storm keeps fishing boats in port');
    expect(a.text).not.toContain('PORTVILLE');
    expect(reasons(a)).toEqual(['unrelated-story', 'unrelated-story']);
    for (const p of ['Work to dredge the silted harbour', 'Olsen said the sand', 'fifteen years'])
      expect(a.text).toContain(p);
  });

  it("removes a run-in teaser set between a section's heading and its text, not the heading", () => {
    const a = article('teaser-under-heading.html', 'https://isles.example/news/night-ferry');
    expect(a.text).not.toContain('Museum Reopens');
    expect(a.text).not.toContain('tea pavilion');
    expect(reasons(a)).toEqual(['unrelated-story']);
    expect(a.text).toContain('Two crossings a night');
    expect(a.text).toContain('The ferry will leave the harbour at nine');
  });

  it('keeps every item of a digest whose paragraphs all open on a bold headline', () => {
    const a = article('headline-digest.html', 'https://daily.example/briefing/today');
    expect(a.removed).toEqual([]);
    for (const item of ['Harbour cranes', 'cycling bridge', 'carved mask', 'bread prize', 'Rain'])
      expect(a.text).toContain(item);
  });

  it('keeps a section about a partner whose paragraph opens on a link to its site', () => {
    const a = article('partner-section.html', 'https://blog.example/messe-2018');
    expect(a.removed).toEqual([]);
    expect(a.text).toContain('Unser Partner: Quanta Systems');
    expect(a.text).toContain('Quanta Systems ist ein globaler Anbieter');
  });
});
