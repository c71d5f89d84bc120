/**
 * A very long page (a live blog that grew to thousands of paragraphs) in Chromium, with the real
 * trigger: the reader shows its progress state at once, the article follows in full from the
 * page read off the page's thread, and closing gives the page back untouched. The timings are in
 * bench/big.ts; this checks the path works end to end with the built extension.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { closeReader, openReader, READER_TITLE, type Harness } from './chromium.js';
import { escapeToClose } from './page-state.js';
import type { FixtureServer } from './server.js';
import { useChromium } from './suite.js';

let h: Harness;
let server: FixtureServer;

useChromium((harness, fixtures) => {
  h = harness;
  server = fixtures;
});

/** Well above the big-page threshold (1,500 paragraphs in core/limits.ts). */
const UPDATES = 4000;

describe('a very long page', () => {
  it('shows progress at once, then the whole article, and gives the page back', async () => {
    await h.page.goto(server.url('pompeo-nkorea.html'));
    const before = await h.page.evaluate((updates) => {
      const story = document.querySelectorAll('article.story .story-body > p');
      const anchor = story[story.length - 1]!;
      const fragment = document.createDocumentFragment();
      for (let i = 1; i <= updates; i++) {
        const p = document.createElement('p');
        // Every thousandth update quotes someone: quotes far down a big article must be found.
        p.textContent =
          i % 1000 === 0
            ? `Update ${i}: “The talks will go on after update ${i},” said Kang Kyung-wha, ` +
              `the foreign minister.`
            : `Update ${i}: officials in Seoul said talks on the summit would continue next ` +
              `week, and that a date for the meeting in the region had not yet been agreed.`;
        fragment.append(p);
      }
      anchor.after(fragment);
      return document.body.innerHTML.length;
    }, UPDATES);

    // Every frame, what the quotations sidebar shows: a big article's text comes first.
    await h.page.evaluate(() => {
      type Seen = { busy: boolean; text: string; quotes: number; articleShown: boolean };
      const seen: Seen[] = [];
      (window as unknown as { sidebarSeen: Seen[] }).sidebarSeen = seen;
      const look = (): void => {
        const shadow = document.querySelector('verbatim-reader')?.shadowRoot;
        const sidebar = shadow?.getElementById('vb-sidebar');
        if (sidebar)
          seen.push({
            busy: sidebar.getAttribute('aria-busy') === 'true',
            text: sidebar.querySelector('.vb-quiet')?.textContent ?? '',
            quotes: sidebar.querySelectorAll('.vb-quote').length,
            articleShown: shadow!.querySelector('.vb-body') !== null,
          });
        if (!seen.length || seen[seen.length - 1]!.busy) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await openReader(h, h.page, 'verbatim-reader [data-vb-progress]');
    const body = h.page.locator('verbatim-reader .vb-body');
    await expect
      .poll(() => body.locator('p', { hasText: `Update ${UPDATES}:` }).count(), { timeout: 60_000 })
      .toBe(1);
    await expect(h.page.locator(READER_TITLE).textContent()).resolves.toContain('Pompeo');
    // Every update, in order: none dropped between the pieces the article arrives in.
    const updates = await body.evaluate((el) =>
      Array.from(el.querySelectorAll('p'), (p) => /^Update (\d+):/.exec(p.textContent!)?.[1])
        .filter(Boolean)
        .map(Number),
    );
    expect(updates).toEqual(Array.from({ length: UPDATES }, (_, i) => i + 1));

    // The sidebar said it was finding the quotations while the article was shown, then
    // listed them all, the four far down the article with them.
    type Seen = { busy: boolean; text: string; quotes: number; articleShown: boolean };
    const sidebarSeen = (): Promise<Seen[]> =>
      h.page.evaluate(() => (window as unknown as { sidebarSeen: Seen[] }).sidebarSeen);
    await expect.poll(async () => (await sidebarSeen()).at(-1)?.busy).toBe(false);
    const seen = await sidebarSeen();
    expect(seen[0]).toEqual({
      busy: true,
      text: 'Finding quotations…',
      quotes: 0,
      articleShown: true,
    });
    const count = Number(
      await h.page.locator('verbatim-reader .vb-sidebar .vb-count').textContent(),
    );
    expect(count).toBeGreaterThan(4);
    await expect
      .poll(() => h.page.locator('verbatim-reader .vb-sidebar .vb-quote').count())
      .toBe(count);

    // The last quote, in the last piece, is found in the text: the sidebar takes the reader there.
    await h.page
      .locator('verbatim-reader .vb-quote', { hasText: `after update ${UPDATES}` })
      .click();
    await expect
      .poll(
        () =>
          h.page.evaluate(() => {
            const active = CSS.highlights.get('verbatim-active') as unknown as Set<Range>;
            return Array.from(active ?? [], (range) => {
              const box = range.getBoundingClientRect();
              return { text: range.toString(), inView: box.top >= 0 && box.bottom <= innerHeight };
            });
          }),
        { timeout: 30_000 },
      )
      .toEqual([{ text: expect.stringContaining(`after update ${UPDATES}`), inView: true }]);

    // Saved as Markdown, the whole article: the page reader sent its text only as pieces.
    await h.page.locator('verbatim-reader [data-action="save"]').click();
    const [download] = await Promise.all([
      h.page.waitForEvent('download'),
      h.page.locator('verbatim-reader [data-save="markdown"]').click(),
    ]);
    const markdown = await readFile(await download.path(), 'utf8');
    for (const update of [1, UPDATES / 2, UPDATES])
      expect(markdown).toContain(`Update ${update}: `);
    expect(markdown).toContain('Pompeo');

    await closeReader(h);
    expect(await h.page.evaluate(() => document.body.innerHTML.length)).toBe(before);
  }, 120_000);

  it('keeps the keyboard and screen readers in the reader, and gives focus back', async () => {
    // Not the browser's modal dialog here (it would restyle the whole page twice): the reader
    // must still be one dialog a screen reader treats as modal, and Tab must not leave it.
    await h.page.goto(server.url('top-layer.html?long'));
    await h.page.locator('#watch').focus();
    await openReader(h);
    const dialog = h.page.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    expect(await dialog.getAttribute('aria-labelledby')).toBe('vb-title');
    const focusInReader = (): Promise<boolean> =>
      h.page.evaluate(() => document.activeElement?.localName === 'verbatim-reader');
    for (let press = 0; press < 40; press++) {
      await h.page.keyboard.press(press % 5 === 4 ? 'Shift+Tab' : 'Tab');
      expect(await focusInReader()).toBe(true);
    }
    expect(await escapeToClose(h.page)).toMatchObject({ present: 0 });
    expect(await h.page.evaluate(() => document.activeElement?.id)).toBe('watch');
  }, 60_000);

  it('prints the article alone, with no sheet in the page until it prints', async () => {
    // A sheet going into a book-length page makes the browser match all of it against the
    // rules, print rules too: they go in only when the page is about to print.
    await h.page.emulateMedia({ media: 'screen' });
    await h.page.goto(server.url('top-layer.html?long&print'));
    await openReader(h);
    const sheets = (): Promise<number> => h.page.evaluate(() => document.adoptedStyleSheets.length);
    const bodyDisplay = (): Promise<string> =>
      h.page.evaluate(() => getComputedStyle(document.body).display);
    expect(await sheets()).toBe(0);
    await h.page.emulateMedia({ media: 'print' });
    await expect.poll(bodyDisplay).toBe('none');
    await h.page.emulateMedia({ media: 'screen' });
    expect(await bodyDisplay()).not.toBe('none');
    // The browser's own print command says so first.
    await h.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await sheets()).toBe(1);
    await closeReader(h);
    expect(await sheets()).toBe(0);
  }, 60_000);
});
