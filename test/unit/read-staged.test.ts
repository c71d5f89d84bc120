/**
 * The staged read a big page's reader uses: the article first, its quotations after (see
 * background/read-page.ts). It must give exactly what read() gives, in two parts.
 */
import { describe, expect, it, vi } from 'vitest';
import { read, readStaged, withMarkup, writeMarkup } from '../../src/core/read.js';
import { readForReader } from '../../src/shared/read-for-reader.js';
import { fixture } from './dom.js';

const URL_OF_SEED = 'https://dispatch.example/world/pompeo-nkorea';

vi.mock('../../src/core/quotes/index.js', async (original) => {
  const real = await original<typeof import('../../src/core/quotes/index.js')>();
  return { ...real, findQuotes: vi.fn(real.findQuotes) };
});

describe('the staged read', () => {
  it('gives what read() gives: the article, then its quotations', () => {
    const whole = read(fixture('pompeo-nkorea.html'), { url: URL_OF_SEED });
    const staged = readStaged(fixture('pompeo-nkorea.html'), { url: URL_OF_SEED });
    if (!whole.ok || !staged.ok) throw new Error('the seed article was not read');
    expect(staged.article).not.toHaveProperty('quotes');
    expect(staged.article).not.toHaveProperty('speakers');
    // The markup comes as elements, written out only when asked.
    expect(staged.article).not.toHaveProperty('html');
    expect(staged.article).not.toHaveProperty('annotatedHtml');
    const found = staged.quotes();
    expect(found.quotes.length).toBeGreaterThan(5);
    const article = withMarkup(staged.article, writeMarkup(staged.elements));
    expect(article.annotatedHtml).toContain('data-vb-removed');
    expect(article.html).not.toContain('data-vb-removed');
    expect({ ...article, ...found }).toEqual(whole.article);
    // Same keys in the same order: the CLI's JSON does not change either.
    expect(JSON.stringify({ ...article, ...found })).toBe(JSON.stringify(whole.article));
  });

  it('runs the quote stage only when asked, over the article text', async () => {
    const { findQuotes } = await import('../../src/core/quotes/index.js');
    vi.mocked(findQuotes).mockClear();
    const staged = readStaged(fixture('pompeo-nkorea.html'), { url: URL_OF_SEED });
    if (!staged.ok) throw new Error('the seed article was not read');
    expect(findQuotes).not.toHaveBeenCalled();
    staged.quotes();
    expect(findQuotes).toHaveBeenCalledTimes(1);
    expect(vi.mocked(findQuotes).mock.calls[0]?.[0]).toBe(staged.article.text);
  });

  it('costs the reader only the quotations when the quote stage fails, and says so', async () => {
    const { findQuotes } = await import('../../src/core/quotes/index.js');
    vi.mocked(findQuotes).mockImplementationOnce(() => {
      throw new Error('a bug in the quote stage');
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = readForReader(fixture('pompeo-nkorea.html'), { url: URL_OF_SEED, strip: true });
    expect(logged).toHaveBeenCalledWith(
      'Verbatim could not find the quotations on this page',
      expect.any(Error),
    );
    logged.mockRestore();
    if (!result.ok) throw new Error(`the article was lost: ${result.message}`);
    expect(result.article.text).toContain('another step forward');
    expect(result.article.quotes).toEqual([]);
    expect(result.article.speakers).toEqual([]);
  });
});
