import { describe, expect, it } from 'vitest';
import { cleanByline, isoDate } from '../../src/core/metadata.js';
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
