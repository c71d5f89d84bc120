/**
 * The first click in a tab must never be lost. In a freshly opened tab Chromium sometimes refuses
 * the first injection for a moment although the click's activeTab grant is already there (about
 * 1 tab in 10 before the background learnt to wait for it): a hundred fresh tabs in a row, one
 * toolbar trigger in each, and every one must open the reader.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { READER_TITLE, type Harness } from './chromium.js';
import { useChromium } from './suite.js';
import type { FixtureServer } from './server.js';

const TABS = 100;
/** Stop early once this many are lost: the verdict is clear and a broken build fails fast. */
const GIVE_UP_AFTER = 3;

let h: Harness;
let server: FixtureServer;

useChromium(async (harness, fixtures) => {
  h = harness;
  server = fixtures;
});

describe('the first trigger in a fresh tab', () => {
  it(`opens the reader in ${TABS} fresh tabs in a row, one trigger each`, async () => {
    await h.triggers(); // start the background's record afresh
    const lost: string[] = [];
    const closing: Promise<void>[] = [];
    const started = performance.now();
    for (let i = 0; i < TABS && lost.length < GIVE_UP_AFTER; i++) {
      const url = server.url('rich-article.html');
      const page: Page = await h.openTab(url);
      await h.click(page);
      const opened = await page
        .locator(READER_TITLE)
        .waitFor({ state: 'visible', timeout: 10_000 })
        .then(
          () => true,
          () => false,
        );
      if (!opened) lost.push(url);
      // Closing runs alongside the next tab's opening.
      closing.push(page.close());
      if ((i + 1) % 25 === 0)
        console.log(
          `${i + 1} tabs, ${lost.length} lost, ${Math.round(performance.now() - started)} ms`,
        );
    }
    await Promise.all(closing);
    const triggers = await h.triggers();
    const waited = triggers.filter((t) => t.attempts > 1 && !t.error);
    console.log(
      `${TABS - lost.length}/${TABS} fresh tabs opened the reader in ${Math.round(performance.now() - started)} ms; ` +
        `the background waited for the grant in ${waited.length} (longest ${Math.max(0, ...waited.map((t) => t.ms))} ms)`,
    );
    expect(
      lost,
      `lost triggers; the background recorded ${JSON.stringify(triggers.filter((t) => t.error))}`,
    ).toEqual([]);
    expect(triggers).toHaveLength(TABS);
    // About 0.3 s of CPU a tab, mostly Chromium opening and closing it. The ceiling is for a
    // machine busy with other work, where a tab has taken up to 3 s.
  }, 600_000);
});
