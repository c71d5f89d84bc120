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

const storedSettings = async () => (await h.worker()).evaluate(() => chrome.storage.sync.get(null));
const readerTheme = () =>
  h.page.evaluate(
    () =>
      document
        .querySelector('verbatim-reader')
        ?.shadowRoot?.querySelector('.vb-root')
        ?.getAttribute('data-theme') ?? null,
  );

describe('settings in Chromium', () => {
  it('registers the shortcut with a real key, and shows it on the options page', async () => {
    const commands = await (await h.worker()).evaluate(() => chrome.commands.getAll());
    const toggle = commands.find((c: { name?: string }) => c.name === 'toggle-reader') as
      { shortcut?: string } | undefined;
    expect(toggle?.shortcut).toBe('Alt+Shift+K');
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await expect.poll(() => options.locator('#shortcut').textContent()).toBe('Alt+Shift+K');
    await options.close();
  });

  it('saves an options change in storage.sync and updates an open reader at once', async () => {
    await h.page.goto(server.url('rich-article.html'));
    await openReader(h);
    expect(await readerTheme()).toBe('auto');

    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.locator('input[name="theme"][value="sepia"]').check();
    await options.locator('input[name="font"][value="sans"]').check();
    await options.locator('#fontSize').fill('24');
    await expect
      .poll(storedSettings)
      .toMatchObject({ theme: 'sepia', font: 'sans', fontSize: 24, settingsVersion: 1 });

    await h.page.bringToFront();
    await expect.poll(readerTheme).toBe('sepia');
    const look = await h.page.evaluate(() => {
      const root = document
        .querySelector('verbatim-reader')!
        .shadowRoot!.querySelector('.vb-root')!;
      const style = getComputedStyle(root);
      return { bg: style.backgroundColor, size: style.fontSize, font: style.fontFamily };
    });
    expect(look).toEqual({
      bg: 'rgb(245, 237, 217)',
      size: '24px',
      font: expect.stringMatching(/^system-ui/),
    });

    // Settings survive a reload of the options page.
    await options.reload();
    expect(await options.locator('input[name="theme"][value="sepia"]').isChecked()).toBe(true);
    await options.locator('#reset').click();
    await expect.poll(storedSettings).toMatchObject({ theme: 'auto', font: 'serif', fontSize: 19 });
    await options.close();
    await closeReader(h);
  });

  it('offers the reading settings of the Aa panel, with the same choices', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    const values = (name: string) =>
      options
        .locator(`input[name="${name}"]`)
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(await values('theme')).toEqual(['auto', 'light', 'sepia', 'dark', 'contrast']);
    expect(await values('font')).toEqual(['serif', 'sans', 'mono', 'dyslexic']);
    expect(await values('align')).toEqual(['start', 'justify']);
    await options.getByLabel('High contrast').check();
    await options.getByLabel('Monospace').check();
    await options.locator('#letterSpacing').fill('0.1');
    await options.locator('#wordSpacing').fill('0.3');
    await options.locator('input[name="align"][value="justify"]').check();
    await options.locator('input[name="hideLinks"]').check();
    await options.locator('input[name="hideImages"]').check();
    await expect.poll(storedSettings).toMatchObject({
      theme: 'contrast',
      font: 'mono',
      letterSpacing: 0.1,
      wordSpacing: 0.3,
      align: 'justify',
      hideLinks: true,
      hideImages: true,
    });
    await options.locator('#reset').click();
    await expect.poll(storedSettings).toMatchObject({ theme: 'auto', hideLinks: false });
    await options.close();
  });

  it("offers text size and theme in the reader's Aa panel, saved like the options page", async () => {
    await h.page.goto(server.url('rich-article.html'));
    await openReader(h);
    await h.page.locator('verbatim-reader [data-action="aa"]').click();
    await h.page.locator('verbatim-reader #vb-aa-fontSize').focus();
    await h.page.keyboard.press('ArrowRight');
    await h.page.locator('verbatim-reader [data-choice="dark"]').click();
    await expect.poll(storedSettings).toMatchObject({ fontSize: 20, theme: 'dark' });
    await expect.poll(readerTheme).toBe('dark');
    expect(await h.page.locator('verbatim-reader [data-choice="dark"] input').isChecked()).toBe(
      true,
    );
    await closeReader(h);
    await (await h.worker()).evaluate(() => chrome.storage.sync.clear());
  });

  it('loads the bundled dyslexia-friendly font on request, and takes it away on close', async () => {
    await (await h.worker()).evaluate(() => chrome.storage.sync.set({ font: 'dyslexic' }));
    await h.page.goto(server.url('rich-article.html'));
    await openReader(h);
    const faces = () =>
      h.page.evaluate(() =>
        Array.from(document.fonts)
          .filter((f) => f.family.includes('OpenDyslexic'))
          .map((f) => f.status),
      );
    await expect.poll(faces).toEqual(['loaded', 'loaded', 'loaded']);
    const rendered = await h.page.evaluate(() =>
      document.fonts.check('16px "Verbatim OpenDyslexic"'),
    );
    expect(rendered).toBe(true);
    await closeReader(h);
    expect(await faces()).toEqual([]);
    await (await h.worker()).evaluate(() => chrome.storage.sync.clear());
  });

  it('turns stripping off from the options page: the open reader shows everything', async () => {
    await h.page.goto(server.url('pompeo-nkorea.html'));
    await openReader(h);
    const body = h.page.locator('verbatim-reader .vb-body');
    expect(await h.page.locator('verbatim-reader .vb-hidden-note').count()).toBe(1);
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.locator('input[name="strip"]').uncheck();
    await expect.poll(storedSettings).toMatchObject({ strip: false });
    await options.close();
    await h.page.bringToFront();
    await expect.poll(() => h.page.locator('verbatim-reader .vb-hidden-note').count()).toBe(0);
    expect(await body.innerText()).toContain('Jose Mourinho Explains Away Early Arrival');
    await closeReader(h);
    await (await h.worker()).evaluate(() => chrome.storage.sync.clear());
  });

  it('opens with stripping off when it was turned off before: nothing is hidden', async () => {
    // The page is read before the settings have loaded, as if stripping were on (the default);
    // the setting that loads must still decide what the first view shows.
    await (await h.worker()).evaluate(() => chrome.storage.sync.set({ strip: false }));
    await h.page.goto(server.url('pompeo-nkorea.html'));
    await openReader(h);
    const body = h.page.locator('verbatim-reader .vb-body');
    expect(await body.innerText()).toContain('Jose Mourinho Explains Away Early Arrival');
    expect(await h.page.locator('verbatim-reader .vb-hidden-note').count()).toBe(0);
    await closeReader(h);
    // And back on: the next open hides the pasted story again.
    await (await h.worker()).evaluate(() => chrome.storage.sync.clear());
    await h.page.reload();
    await openReader(h);
    expect(await h.page.locator('verbatim-reader .vb-hidden-note').count()).toBe(1);
    await closeReader(h);
  });

  it('falls back to defaults when stored settings are corrupt', async () => {
    await (
      await h.worker()
    ).evaluate(() => chrome.storage.sync.set({ theme: 'neon', fontSize: 'big', font: 'sans' }));
    await h.page.goto(server.url('rich-article.html'));
    await openReader(h);
    expect(await readerTheme()).toBe('auto');
    const size = await h.page.evaluate(
      () =>
        getComputedStyle(
          document.querySelector('verbatim-reader')!.shadowRoot!.querySelector('.vb-root')!,
        ).fontSize,
    );
    expect(size).toBe('19px');
    await closeReader(h);
    await (await h.worker()).evaluate(() => chrome.storage.sync.clear());
  });

  it('explains on the button when a page is off limits', async () => {
    await h.page.goto('chrome://version/');
    await h.click();
    const notice = await (
      await h.worker()
    ).evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return {
        badge: await chrome.action.getBadgeText({ tabId: tab!.id! }),
        title: await chrome.action.getTitle({ tabId: tab!.id! }),
      };
    });
    expect(notice).toEqual({
      badge: '!',
      title: 'Verbatim cannot open browser pages (settings, new tab, extensions).',
    });
    // A new page clears the notice.
    await h.page.goto(server.url('rich-article.html'));
    const cleared = await (
      await h.worker()
    ).evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.action.getBadgeText({ tabId: tab!.id! });
    });
    expect(cleared).toBe('');
  });
});
