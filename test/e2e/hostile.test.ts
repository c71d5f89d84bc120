/**
 * The page as an adversary (Chromium): its scripts reach the reader's open shadow root, its
 * markup tries to smuggle addresses into the reader, its <base> tries to turn in-article links
 * into navigation. Whatever it does, the reader obeys only the person and fetches nothing the
 * sanitiser removed.
 */
import { describe, expect, it } from 'vitest';
import { closeReader, openReader, READER_TITLE, type Harness } from './chromium.js';
import { useChromium } from './suite.js';
import type { FixtureServer } from './server.js';

let h: Harness;
let server: FixtureServer;

useChromium(async (harness, fixtures) => {
  h = harness;
  server = fixtures;
});

const storedSettings = async () => (await h.worker()).evaluate(() => chrome.storage.sync.get(null));
const inReader = <T>(fn: (root: ShadowRoot) => T) =>
  h.page.evaluate(
    `(${fn.toString()})(document.querySelector('verbatim-reader').shadowRoot)`,
  ) as Promise<T>;

describe('a hostile page in Chromium', () => {
  it('cannot change settings or close the reader through its open shadow root', async () => {
    await (await h.worker()).evaluate(() => chrome.storage.sync.clear());
    await h.page.goto(server.url('hostile-page.html'));
    await openReader(h);
    await expect
      .poll(() => h.page.evaluate(() => (window as { __attack?: string }).__attack))
      .toBe('done');
    // The page clicked "Aa", tried the panel's theme and size, and pressed Escape on the host:
    // nothing happened, the panel did not even open.
    expect(await h.page.locator(READER_TITLE).isVisible()).toBe(true);
    expect(await h.page.evaluate(() => (window as { __panel?: string }).__panel)).toBe('closed');
    expect(
      await inReader((root) => root.querySelector('.vb-root')!.getAttribute('data-theme')),
    ).toBe('auto');
    expect(await storedSettings()).toEqual({});
    // The same controls still work for a person.
    await h.page.locator('verbatim-reader [data-action="aa"]').click();
    await h.page.locator('verbatim-reader [data-choice="dark"]').click();
    await expect.poll(async () => (await storedSettings()).theme).toBe('dark');
    await (await h.worker()).evaluate(() => chrome.storage.sync.clear());
    await closeReader(h);
  });

  it('scrolls the reader for an in-article link, leaving the address, history and tab alone', async () => {
    const url = server.url('hostile-page.html');
    await h.page.goto(url);
    const historyLength = await h.page.evaluate(() => window.history.length);
    await openReader(h);
    await h.page.locator('verbatim-reader a[href="#vb-at-note-1"]').click();
    await expect
      .poll(() => inReader((root) => (root.activeElement as Element | null)?.id ?? null))
      .toBe('vb-at-note-1');
    expect(h.page.url()).toBe(url);
    expect(await h.page.evaluate(() => window.history.length)).toBe(historyLength);
    expect(await h.page.locator(READER_TITLE).isVisible()).toBe(true);
    await closeReader(h);
  });

  it('fetches nothing that only a removed attribute named, after opening, scrolling, clicking and closing', async () => {
    await h.page.goto(server.url('hostile-page.html'));
    await h.page.waitForLoadState('load');
    const before = server.requests.length;
    await openReader(h);
    await h.page.mouse.wheel(0, 2000);
    // Every link in the reader: in-article links scroll, the others open in new tabs.
    const links = h.page.locator('verbatim-reader .vb-body a');
    for (let i = 0; i < (await links.count()); i++) {
      const popup = h.context.waitForEvent('page', { timeout: 2_000 }).catch(() => null);
      await links.nth(i).click();
      await (await popup)?.close();
    }
    await closeReader(h);
    await h.page.waitForTimeout(300);
    const after = server.requests.slice(before);
    expect(after.filter((r) => r.startsWith('/leak/'))).toEqual([]);
    expect(after.some((r) => r.startsWith('/img/lock.png'))).toBe(true);
  });
});
