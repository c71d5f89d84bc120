import { describe, expect, it } from 'vitest';
import {
  hostOfPattern,
  hostOfScriptId,
  scriptIdFor,
  siteHost,
  sitePattern,
} from '../../src/shared/sites.js';

describe('the site of a page or of a typed address', () => {
  it('is the host name, without scheme, port, path or query', () => {
    expect(siteHost('https://www.example.com:8443/news/story?id=1#top')).toBe('www.example.com');
    expect(siteHost('http://127.0.0.1:4567/page/1/a.html')).toBe('127.0.0.1');
  });
  it('takes a bare host or host and path as typed', () => {
    expect(siteHost('  example.org ')).toBe('example.org');
    expect(siteHost('example.org/world')).toBe('example.org');
  });
  it('is null for what is not a web page', () => {
    for (const input of ['', '   ', 'file:///home/a.html', 'chrome://settings', 'about:blank'])
      expect(siteHost(input)).toBeNull();
  });
});

describe('the names given to a site', () => {
  it('cover http and https of that host only', () => {
    expect(sitePattern('example.com')).toBe('*://example.com/*');
  });
  it('read back to the host, and nothing else does', () => {
    expect(hostOfPattern(sitePattern('example.com'))).toBe('example.com');
    expect(hostOfPattern('https://example.com/*')).toBe('example.com');
    expect(hostOfPattern('<all_urls>')).toBeNull();
    expect(hostOfPattern('*://*/*')).toBeNull();
    expect(hostOfPattern('*://example.com/news/*')).toBeNull();
    expect(hostOfScriptId(scriptIdFor('example.com'))).toBe('example.com');
    expect(hostOfScriptId('something-else')).toBeNull();
  });
});
