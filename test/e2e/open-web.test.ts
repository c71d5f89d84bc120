/**
 * Pages from the open web in Chromium: the reader shows no empty shells (test/unit/render.test.ts
 * for the core) and lays a right-to-left article out right to left.
 */
import { describe, expect, it } from 'vitest';
import { closeReader, openReader, type Harness } from './chromium.js';
import { useChromium } from './suite.js';
import type { FixtureServer } from './server.js';

let h: Harness;
let server: FixtureServer;

useChromium(async (harness, fixtures) => {
  h = harness;
  server = fixtures;
});

/** Elements in the reader's article that show neither text nor a picture. */
function emptyShells(selector: string): Promise<number> {
  return h.page
    .locator(`verbatim-reader .vb-body :is(${selector})`)
    .evaluateAll(
      (els) =>
        els.filter(
          (el) => !(el.textContent ?? '').trim() && !el.querySelector('img, video, iframe'),
        ).length,
    );
}

describe('the reader on open-web pages, in Chromium', () => {
  it('shows no empty bullet, paragraph or heading, and keeps the accordion titles', async () => {
    await h.page.goto(server.url('web/empty-shells.html'));
    await openReader(h);
    expect(await emptyShells('li')).toBe(0);
    expect(await emptyShells('p')).toBe(0);
    expect(await emptyShells('h1, h2, h3, h4, h5, h6')).toBe(0);
    const body = await h.page.locator('verbatim-reader .vb-body').textContent();
    expect(body).toContain('What happens to season tickets');
    await closeReader(h);
  });

  it('lays out an Arabic article right to left though the page sets no dir', async () => {
    await h.page.goto(server.url('web/rtl-by-language.html'));
    await openReader(h);
    const article = h.page.locator('verbatim-reader article.vb-article');
    expect(await article.getAttribute('dir')).toBe('rtl');
    expect(await article.getAttribute('lang')).toBe('ar');
    expect(await h.page.locator('verbatim-reader .vb-body').textContent()).toContain(
      'وافق المجلس البلدي',
    );
    await closeReader(h);
  });
});
