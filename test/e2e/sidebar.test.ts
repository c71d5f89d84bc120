import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closeReader, openReader, ROOT, type Harness } from './chromium.js';
import { useChromium } from './suite.js';
import type { FixtureServer } from './server.js';

let h: Harness;
let server: FixtureServer;
const gold = JSON.parse(readFileSync(`${ROOT}/test/fixtures/seed/pompeo-nkorea.gold.json`, 'utf8'));

useChromium(async (harness, fixtures) => {
  h = harness;
  server = fixtures;
  await harness.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: server.origin,
  });
});

/** The text and on-screen box of everything in the "active" highlight. */
function activeHighlight() {
  return h.page.evaluate(() => {
    const highlight = CSS.highlights.get('verbatim-active');
    return Array.from((highlight as unknown as Set<Range>) ?? []).map((range) => {
      const box = range.getBoundingClientRect();
      return { text: range.toString(), top: box.top, bottom: box.bottom, height: innerHeight };
    });
  });
}

describe('the quote sidebar on the seed article', () => {
  it('lists the speakers with their quotes, and the unattributed apart', async () => {
    await h.page.goto(server.url('pompeo-nkorea.html'));
    await openReader(h);
    const speakers = await h.page.locator('verbatim-reader .vb-speaker .vb-name').allTextContents();
    for (const name of ['Mike Pompeo', 'Kim Jong Un', 'KCNA', 'Yang Moo-jin', 'Heather Nauert'])
      expect(speakers).toContain(name);
    expect(speakers[speakers.length - 1]).toBe('Unattributed');
    const pompeo = h.page.locator('verbatim-reader .vb-speaker[data-speaker="Mike Pompeo"]');
    expect(await pompeo.locator('.vb-quote').allTextContents()).toEqual(
      expect.arrayContaining([
        '“It was another step forward”',
        '“So we had a great, great visit this morning”',
      ]),
    );
    const required = gold.quotes.filter((q: { required: boolean }) => q.required).length;
    expect(await h.page.locator('verbatim-reader .vb-quote').count()).toBeGreaterThanOrEqual(
      required,
    );
  });

  it('takes the reader to a quote and highlights it', async () => {
    const quote = h.page.locator('verbatim-reader .vb-quote', {
      hasText: 'agreed that pressure must continue',
    });
    await quote.click();
    await expect.poll(activeHighlight).toEqual([
      expect.objectContaining({
        text: "agreed that pressure must continue until the DPRK (Democratic People's Republic of Korea) denuclearizes",
      }),
    ]);
    // Scrolling is smooth (unless the reader prefers reduced motion): wait for it to settle in view.
    await expect
      .poll(async () => {
        const [box] = await activeHighlight();
        return box!.top > 0 && box!.bottom < box!.height;
      })
      .toBe(true);
    expect(await quote.getAttribute('aria-current')).toBe('true');
  });

  it('highlights all quotes of a speaker', async () => {
    await h.page
      .locator('verbatim-reader .vb-speaker[data-speaker="Mike Pompeo"] .vb-speaker-name')
      .click();
    // The highlight follows the click on the next render: wait for it, as for the quote above.
    await expect
      .poll(async () => (await activeHighlight()).map((r) => r.text))
      .toEqual(
        expect.arrayContaining([
          'It was another step forward',
          'So we had a great, great visit this morning',
        ]),
      );
  });

  it('copies a quote with its citation', async () => {
    await h.page
      .locator('verbatim-reader .vb-speaker[data-speaker="Yang Moo-jin"] .vb-copy')
      .first()
      .click();
    await expect
      .poll(() => h.page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/^“North Korea took some steps/);
    const text = await h.page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(
      /” — Yang Moo-jin, .*professor.*\. The Daily Dispatch, “Pompeo: ‘Significant progress’ made on NKorea denuke trip”, 2018-10-08\. http:\/\/127\.0\.0\.1:\d+\/page\/\d+\/pompeo-nkorea\.html$/,
    );
  });

  it('exports every quote as Markdown, from the Save menu', async () => {
    await h.page.locator('verbatim-reader [data-action="save"]').click();
    const [download] = await Promise.all([
      h.page.waitForEvent('download'),
      h.page.locator('verbatim-reader [data-export="md"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      'quotes-pompeo-significant-progress-made-on-nkorea-denuke-trip.md',
    );
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('## Mike Pompeo (US Secretary of State)');
    expect(text).toContain('> It was another step forward');
  });

  it('hides unrelated blocks, and shows them in place on request', async () => {
    const note = h.page.locator('verbatim-reader .vb-hidden-note');
    await expect.poll(() => note.textContent()).toMatch(/Unrelated items hidden: \d+/);
    const football = h.page.locator('verbatim-reader [data-vb-removed]', {
      hasText: 'Jose Mourinho',
    });
    expect(await football.isVisible()).toBe(false);
    await h.page.locator('verbatim-reader [data-action="show-hidden"]').click();
    expect(await football.isVisible()).toBe(true);
    expect(await football.getAttribute('data-vb-label')).toMatch(/^Hidden: /);
    await h.page.locator('verbatim-reader [data-action="show-hidden"]').click();
    expect(await football.isVisible()).toBe(false);
    await closeReader(h);
    expect(await h.page.evaluate(() => CSS.highlights.size)).toBe(0);
  });

  it('becomes a panel behind a button on a narrow window', async () => {
    await h.page.setViewportSize({ width: 360, height: 700 });
    await h.page.goto(server.url('pompeo-nkorea.html'));
    await openReader(h);
    const sidebar = h.page.locator('verbatim-reader .vb-sidebar');
    expect(await sidebar.isVisible()).toBe(false);
    await h.page.locator('verbatim-reader [data-action="quotes"]').click();
    expect(await sidebar.isVisible()).toBe(true);
    await h.page.locator('verbatim-reader .vb-panel-close').click();
    expect(await sidebar.isVisible()).toBe(false);
    await closeReader(h);
    await h.page.setViewportSize({ width: 1280, height: 800 });
  });
});

/** The text of every quote mark drawn in the article. */
function quoteMarks() {
  return h.page.evaluate(() =>
    Array.from((CSS.highlights.get('verbatim-quote') as unknown as Set<Range>) ?? []).map((range) =>
      range.toString(),
    ),
  );
}

describe('quote marks in the text', () => {
  // On a real page a removed standfirst (<h2> in a box Readability made a <p>) came out of its
  // hidden block when the reader parsed the article HTML, and every mark after it fell one
  // paragraph early. A quotation over two paragraphs is marked in each, not across the hidden
  // "Read more" line between them.
  it('cover exactly the listed quotes, after a removed standfirst and around a hidden line', async () => {
    await h.page.goto(server.url('standfirst.html'));
    await openReader(h);
    const standfirst = h.page.locator('verbatim-reader .vb-body h2', {
      hasText: 'two million pounds',
    });
    expect(await standfirst.isVisible()).toBe(false);
    const words = (text: string) => text.replace(/[“”]/g, '').replace(/\s+/g, ' ').trim();
    const listed = (await h.page.locator('verbatim-reader .vb-quote').allTextContents()).map(words);
    expect(listed).toHaveLength(5);
    // Each listed quote is marked: a one-paragraph quote by one range, the two-paragraph one by two.
    const expected = listed.flatMap((quote) => quote.split(/(?<=today\.) (?=The harbour wall)/));
    await expect.poll(async () => (await quoteMarks()).map(words).sort()).toEqual(expected.sort());
    await h.page.locator('verbatim-reader [data-action="show-hidden"]').click();
    expect((await quoteMarks()).some((mark) => mark.includes('Read more'))).toBe(false);
    await closeReader(h);
  });
});
