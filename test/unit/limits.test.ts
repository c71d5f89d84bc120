import { describe, expect, it } from 'vitest';
import { MAX_NESTING, nestedDeeperThan, PageLimitError } from '../../src/core/limits.js';
import { read } from '../../src/core/read.js';
import { parse } from './dom.js';

/** A short article with a tower of `depth` nested divs after it. */
function towerPage(depth: number): Document {
  const story =
    '<p>The harbour ferry will cost more from May, the port authority said on Monday, after a year of losses on the crossing and a long dispute over the price of fuel.</p>';
  return parse(
    `<!DOCTYPE html><html><head><title>Ferry fares rise</title></head><body><article><h1>Ferry fares rise</h1>${story.repeat(8)}${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}</article></body></html>`,
  );
}

describe('limits: pages nested deeper than any browser builds', () => {
  it('measures nesting without recursion', () => {
    const doc = towerPage(20_000);
    expect(nestedDeeperThan(doc.documentElement, MAX_NESTING)).toBe(true);
    expect(nestedDeeperThan(towerPage(100).documentElement, MAX_NESTING)).toBe(false);
  });

  it('refuses a page nested 10,000 deep with a one-line message, not a stack overflow', () => {
    expect(() => read(towerPage(10_000))).toThrow(PageLimitError);
    expect(() => read(towerPage(10_000))).toThrow(/^the page nests elements more than 512 deep/);
  });

  it('still reads a page with deep wrappers below the limit', () => {
    const result = read(towerPage(100), { url: 'https://news.example/ferry' });
    expect(result.ok && result.article.text).toContain('The harbour ferry will cost more');
  });
});
