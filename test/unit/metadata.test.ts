import { describe, expect, it } from 'vitest';
import {
  cleanByline,
  directionOfLanguage,
  isoDate,
  jsonLdMetadata,
  siteName,
} from '../../src/core/metadata.js';
import { read } from '../../src/core/read.js';
import { fixture, parse } from './dom.js';
import { countWords } from '../../src/core/blocks.js';
import { restrictionOf } from '../../src/shared/restricted.js';

describe('isoDate', () => {
  it.each([
    ['2018-10-08T23:30:00-05:00', '2018-10-08'],
    ['2018-10-08', '2018-10-08'],
    ['20181008', '2018-10-08'],
    ['October 8, 2018', '2018-10-08'],
    ['Oct. 8 2018', '2018-10-08'],
    ['8th October 2018', '2018-10-08'],
    ['Posted: Fri 6:45 PM, Feb 16, 2018', '2018-02-16'],
    ['yesterday', null],
    ['2018-13-40', null],
    [null, null],
  ])('%j is %j', (raw, expected) => {
    expect(isoDate(raw)).toBe(expected);
  });
});

describe('cleanByline', () => {
  it('drops the "By" and keeps the names', () => {
    expect(cleanByline('  By   Hannah Rogers ')).toBe('Hannah Rogers');
    expect(cleanByline('by: Ines Okafor and Tom Lee')).toBe('Ines Okafor and Tom Lee');
  });
  it('gives null for nothing or for a link', () => {
    expect(cleanByline('')).toBeNull();
    expect(cleanByline('https://twitter.com/someone')).toBeNull();
  });
  it('sets the agency apart from names glued onto it', () => {
    expect(cleanByline('LISA MARR and ERIC TOLLAssociated Press')).toBe(
      'LISA MARR and ERIC TOLL, Associated Press',
    );
  });
  it('drops a date, a weekday or a label beside the names', () => {
    expect(cleanByline('admin - 2018-09-16')).toBeNull();
    expect(cleanByline('RUTH ADAIR - 2019-04-10')).toBe('RUTH ADAIR');
    expect(cleanByline('Associated Press November 19, 2019, 9:02 AM')).toBe('Associated Press');
    expect(cleanByline('Jeff MarshMonday, November 18, 2019')).toBe('Jeff Marsh');
    expect(cleanByline('Текст: Вера Лисова')).toBe('Вера Лисова');
    expect(cleanByline('Troy Hale, Harbour.com')).toBe('Troy Hale, Harbour.com');
  });
  it('keeps a weekday that is part of a name, and a publication stated as the author', () => {
    expect(cleanByline('Ann Lowe for The Harbour on Sunday')).toBe(
      'Ann Lowe for The Harbour on Sunday',
    );
    expect(cleanByline('harbour.com')).toBeNull();
    expect(cleanByline('harbour.com', { stated: true })).toBe('harbour.com');
  });
  it('gives null for what is not a name: "By", "Full Bio", a date, a host name', () => {
    for (const notAName of ['By', 'Full Bio', 'November 8, 2023', 'www.harbour.example'])
      expect(cleanByline(notAName)).toBeNull();
  });
});

describe('direction', () => {
  it('sets right to left for an article in a right-to-left language with no dir attribute', () => {
    const a = read(fixture('web/rtl-by-language.html'), { url: 'https://port.example/ar/quay' });
    if (!a.ok) throw new Error(a.message);
    expect(a.article.lang).toBe('ar');
    expect(a.article.dir).toBe('rtl');
  });
  it('knows the right-to-left languages by their primary tag only', () => {
    expect(directionOfLanguage('he-IL')).toBe('rtl');
    expect(directionOfLanguage('fa')).toBe('rtl');
    expect(directionOfLanguage('de-AT')).toBeNull();
    expect(directionOfLanguage('arn')).toBeNull();
    expect(directionOfLanguage(null)).toBeNull();
  });
});

describe('metadata the page states about itself', () => {
  it('reads authors, publisher and date from a JSON-LD @graph with an author list', () => {
    const a = read(fixture('web/jsonld-graph-meta.html'), { url: 'https://ledger.example/coins' });
    if (!a.ok) throw new Error(a.message);
    expect(a.article.byline).toBe('Jacob Ware, Mina Holt');
    expect(a.article.siteName).toBe('The Harbour Ledger');
    expect(a.article.published).toBe('2021-03-23');
  });

  it('skips a CMS user name among the JSON-LD authors', () => {
    const doc = parse(
      '<html><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"kevin-r"},"publisher":{"name":"Quay Weekly"}}</script></head><body></body></html>',
    );
    expect(jsonLdMetadata(doc)).toEqual({
      byline: null,
      siteName: 'Quay Weekly',
      published: null,
    });
  });

  it('keeps names and agency of a byline written in two boxes apart', () => {
    const a = read(fixture('web/agency-byline.html'), {
      url: 'https://hosted.wire.example/harbourton/article/ferry-timetable',
    });
    if (!a.ok) throw new Error(a.message);
    expect(a.article.byline).toBe('NORA QUILL and TOMAS REED, Associated Press');
    expect(a.article.published).toBe('2019-11-20');
  });

  it('never shows a placeholder such as "Hosted" as the site name', () => {
    const doc = fixture('web/agency-byline.html');
    expect(siteName(doc, 'Hosted', 'https://hosted.wire.example/a/b')).toBe('hosted.wire.example');
    const named = parse(
      '<html><head><meta property="og:site_name" content="Home"><meta name="application-name" content="Quay Weekly"></head><body></body></html>',
    );
    expect(siteName(named, null, 'https://quay.example/')).toBe('Quay Weekly');
  });
});

describe('countWords', () => {
  it('counts spaced words, with apostrophes inside one word', () => {
    expect(countWords("It's a life I love, it's my life.")).toBe(8);
  });
  it('counts unspaced scripts at about two characters a word', () => {
    expect(countWords('先日、不正に改造した')).toBe(5);
  });
});

describe('restricted pages', () => {
  it.each([
    ['chrome://settings/', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['chrome-extension://abc/options.html', 'browser-page'],
    ['view-source:https://news.example/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'web-store'],
    ['https://news.example/report.pdf', 'pdf'],
    ['https://news.example/report.PDF?download=1', 'pdf'],
    [undefined, 'browser-page'],
    ['https://news.example/story', null],
    ['https://news.example/pdf-guide', null],
  ])('%s is %s', (url, expected) => {
    expect(restrictionOf(url)).toBe(expected);
  });
});
