/**
 * Accessibility: axe-core finds nothing in the reader (every theme, high contrast included,
 * narrow and wide, the quotes panel open on narrow windows, the Aa panel open) or on the options
 * page, and the page behind the open reader is out of the screen reader's reach.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { closeReader, openReader, type Harness } from './chromium.js';
import { useChromium } from './suite.js';
import type { FixtureServer } from './server.js';

let h: Harness;
let server: FixtureServer;

useChromium(async (harness, fixtures) => {
  h = harness;
  server = fixtures;
});

const THEMES = [
  { theme: 'light', scheme: 'light' },
  { theme: 'sepia', scheme: 'light' },
  { theme: 'dark', scheme: 'light' },
  { theme: 'auto', scheme: 'light' },
  { theme: 'auto', scheme: 'dark' },
  { theme: 'contrast', scheme: 'light' },
] as const;

describe('axe-core in the reader', () => {
  for (const width of [360, 1280]) {
    for (const { theme, scheme } of THEMES) {
      it(`finds no violation at ${width} px in the ${theme} theme (${scheme} system)`, async () => {
        await (await h.worker()).evaluate((t) => chrome.storage.sync.set({ theme: t }), theme);
        await h.page.emulateMedia({ colorScheme: scheme });
        await h.page.setViewportSize({ width, height: 720 });
        await h.page.goto(server.url('pompeo-nkorea.html'));
        await openReader(h);
        // On a narrow window the quotes are a panel behind a button: check it open too.
        if (width < 960) await h.page.locator('verbatim-reader [data-action="quotes"]').click();
        await h.page.locator('verbatim-reader .vb-sidebar').waitFor({ state: 'visible' });
        expect(await axeViolations(h.page, 'verbatim-reader')).toEqual([]);
        // The Aa panel open (on a narrow window the quotes panel, over the toolbar, closes first).
        if (width < 960) await h.page.keyboard.press('Escape');
        await h.page.locator('verbatim-reader [data-action="aa"]').click();
        await h.page.locator('verbatim-reader #vb-aa-panel input').first().waitFor();
        expect(await axeViolations(h.page, 'verbatim-reader'), 'Aa panel open').toEqual([]);
        await closeReader(h);
      });
    }
  }
});

describe('the page behind the reader', () => {
  it('is out of the accessibility tree while the reader is open, and back after', async () => {
    await (await h.worker()).evaluate(() => chrome.storage.sync.clear());
    await h.page.setViewportSize({ width: 1280, height: 800 });
    await h.page.goto(server.url('pompeo-nkorea.html'));
    const cdp = await h.context.newCDPSession(h.page);
    /** Is the page's own headline (not the reader's copy of it) hidden from assistive tech? */
    const pageHeadlineIgnored = async (): Promise<boolean> => {
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: 'document.querySelector("body h1.headline")',
      });
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
        objectId: result.objectId!,
        fetchRelatives: false,
      });
      return nodes[0]!.ignored;
    };
    expect(await pageHeadlineIgnored()).toBe(false);
    await openReader(h);
    await expect.poll(pageHeadlineIgnored).toBe(true);
    await closeReader(h);
    await expect.poll(pageHeadlineIgnored).toBe(false);
    await cdp.detach();
  });
});

describe('axe-core on the options page', () => {
  it('finds no violation', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.locator('#shortcut').waitFor();
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });
});
