/**
 * A normal page's markup as it goes to the page reader (content/serialise.ts pageMarkup): the
 * page without the scripts and style sheets that stand in its head and body, which the core
 * never reads, and everything else as it is.
 */
import { describe, expect, it } from 'vitest';
import { pageMarkup } from '../../src/content/serialise.js';
import { read } from '../../src/core/read.js';
import { fixtureHtml, parse } from './dom.js';

const BUNDLE =
  '<script src="/app.js"></script><script>window.__STATE__ = {"a": "<p>x</p>"};</script>';
const STYLES = '<style>body { color: red }</style>';
const JSON_LD =
  '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Ann Lee"}}</script>';

/** The seed article with what a real page carries around it: bundles, data blobs, sheets. */
function dressed(): string {
  return fixtureHtml('pompeo-nkorea.html')
    .replace('</head>', `${STYLES}${BUNDLE}${JSON_LD}</head>`)
    .replace(/<body([^>]*)>/, `<body$1>${BUNDLE}<!-- ad slot -->`)
    .replace('</body>', `${BUNDLE}${STYLES}</body>`);
}

describe("a normal page's markup for the page reader", () => {
  it('leaves out head and body scripts and sheets, and keeps JSON-LD, comments and attributes', () => {
    const markup = pageMarkup(parse(dressed()));
    expect(markup).not.toContain('__STATE__');
    expect(markup).not.toContain('app.js');
    expect(markup).not.toContain('color: red');
    expect(markup).toContain('"author": {"name": "Ann Lee"}');
    expect(markup).toContain('<!-- ad slot -->');
    expect(markup).toMatch(/^<!DOCTYPE html><html lang="en">/);
  });

  it('keeps every other node: the page parses back the same without them', () => {
    const doc = parse(dressed());
    const again = parse(pageMarkup(doc));
    for (const el of Array.from(doc.querySelectorAll('head > style, body > style'))) el.remove();
    for (const el of Array.from(doc.querySelectorAll('head > script, body > script')))
      if (el.getAttribute('type') !== 'application/ld+json') el.remove();
    expect(again.documentElement.outerHTML).toBe(doc.documentElement.outerHTML);
  });

  it('is read by the core exactly as the whole page is', () => {
    const url = 'https://news.example/world/pompeo';
    const whole = read(parse(dressed()), { url });
    const sent = read(parse(pageMarkup(parse(dressed()))), { url });
    expect(whole.ok).toBe(true);
    expect(sent).toEqual(whole);
  });
});
