/** The filters on their own: which quotations nobody said, so the sidebar leaves them out. */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/core/quotes/article.js';
import { isListed, isNobodysQuote } from '../../src/core/quotes/filters.js';
import type { Attribution } from '../../src/core/quotes/resolve.js';

/** Whether the first quotation of `text` is listed, its cue having sat at `place`. */
function listed(text: string, place?: Attribution['place']): boolean {
  const { article, marked } = readArticle(text);
  return isListed(article, marked[0]!, place);
}

const nobodys = (text: string): boolean => isNobodysQuote(text, readArticle(text).marked[0]!);

describe('quotations nobody said', () => {
  it('are transcript excerpts and headlines with a byline', () => {
    expect(nobodys('“HOST: Will you run again?”')).toBe(true);
    expect(nobodys('“Why the paper is closing,” by Tim Vale.')).toBe(true);
    expect(nobodys('“We will have a deal,” by Tuesday, Ana Cole said.')).toBe(false);
  });
});

describe('titles and fragments', () => {
  it('leaves out a title after "on", even with a cue', () => {
    expect(listed('Carl Benton appeared on “Meet the Voters” on Sunday.', 'after')).toBe(false);
  });

  it('lists a title-like quotation its cue says was said', () => {
    expect(listed('“Meet the Voters,” Carl Benton said.', 'after')).toBe(true);
  });

  it('lists a scare quote only with a cue', () => {
    expect(listed('The plan is a so-called “reform” of the tax code.')).toBe(false);
    expect(listed('The plan is a so-called “reform” of the tax code.', 'loose')).toBe(true);
  });

  it('lists short words right after a speech or framing verb', () => {
    expect(listed('The crowd chanted “USA! USA!” for an hour.')).toBe(true);
    expect(listed('He described it as “news to me.”')).toBe(true);
  });
});
