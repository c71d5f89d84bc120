/**
 * The "Aa" reading settings panel in Chromium: it opens from the toolbar with focus inside,
 * every control changes the open reader at once (article and sidebar) and is saved to
 * storage.sync, the choices are there again when the reader is reopened, Escape closes the panel
 * before the reader, a press outside closes it, and it fits a 320 px window.
 */
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeReader, openReader, readerCount, type Harness } from './chromium.js';
import { useChromium } from './suite.js';
import type { FixtureServer } from './server.js';

let h: Harness;
let server: FixtureServer;

useChromium(async (harness, fixtures) => {
  h = harness;
  server = fixtures;
});

const reader = (selector: string): Locator => h.page.locator(`verbatim-reader ${selector}`);
const aaButton = () => reader('[data-action="aa"]');
const panel = () => reader('#vb-aa-panel');
const storedSettings = async () =>
  (await h.worker()).evaluate(() => chrome.storage.sync.get(null)) as Promise<
    Record<string, unknown>
  >;

/** Computed styles of the first element matching `selector` in the reader. */
function styleOf(selector: string, properties: string[]): Promise<Record<string, string>> {
  return h.page.evaluate(
    ({ selector, properties }) => {
      const root = document.querySelector('verbatim-reader')!.shadowRoot!;
      const el = root.querySelector(selector);
      if (!el) return {};
      const style = getComputedStyle(el);
      return Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
    },
    { selector, properties },
  );
}
const px = async (selector: string, property: string): Promise<number> =>
  parseFloat((await styleOf(selector, [property]))[property] ?? 'NaN');

/** The reader's focused element: its id, or its name attribute, or its data-action. */
function focused(): Promise<string | null> {
  return h.page.evaluate(() => {
    const active = document.querySelector('verbatim-reader')?.shadowRoot?.activeElement;
    if (!active) return null;
    const inPanel = active.closest('#vb-aa-panel') ? 'panel:' : '';
    return (
      inPanel + (active.id || active.getAttribute('name') || active.getAttribute('data-action'))
    );
  });
}

/** Moves a slider the way a person does with the keyboard (trusted input events). */
async function nudge(id: string, key: 'ArrowRight' | 'ArrowLeft', times: number): Promise<void> {
  await reader(`#${id}`).focus();
  for (let i = 0; i < times; i++) await h.page.keyboard.press(key);
}

async function openPanel(): Promise<void> {
  await aaButton().click();
  await expect.poll(() => panel().isVisible()).toBe(true);
}

describe('the Aa panel', () => {
  beforeAll(async () => {
    await (await h.worker()).evaluate(() => chrome.storage.sync.clear());
    await h.page.setViewportSize({ width: 1280, height: 800 });
    await h.page.goto(server.url('aa-article.html'));
    await openReader(h);
  });

  it('replaces the size buttons and swatches with one named Aa button', async () => {
    expect(await reader('[data-action="larger"], [data-theme-choice]').count()).toBe(0);
    expect(await aaButton().textContent()).toMatch(/^Aa/);
    expect(await aaButton().getAttribute('aria-expanded')).toBe('false');
    // Nothing of the panel is loaded before it is asked for.
    expect(await panel().isVisible()).toBe(false);
    expect(await reader('#vb-aa-panel input').count()).toBe(0);
  });

  it('opens with focus on the chosen font, and applies each change live and saves it', async () => {
    const sidebarQuote = '.vb-sidebar .vb-quote';
    const before = {
      body: await px('.vb-body p', 'font-size'),
      quote: await px(sidebarQuote, 'font-size'),
    };
    expect(before.body).toBe(19);

    await openPanel();
    expect(await aaButton().getAttribute('aria-expanded')).toBe('true');
    expect(await focused()).toBe('panel:vb-aa-font');

    await reader('.vb-aa-choice[data-choice="mono"]').click();
    await expect
      .poll(() => styleOf('.vb-body p', ['font-family']))
      .toEqual({
        'font-family': expect.stringMatching(/^ui-monospace/),
      });

    await nudge('vb-aa-fontSize', 'ArrowRight', 5);
    await expect.poll(() => px('.vb-body p', 'font-size')).toBe(24);
    // The sidebar and the article's notes scale with the text.
    await expect.poll(() => px(sidebarQuote, 'font-size')).toBeCloseTo((before.quote * 24) / 19, 0);
    expect(await px('.vb-body figcaption', 'font-size')).toBeGreaterThan(16);

    await nudge('vb-aa-lineHeight', 'ArrowRight', 2);
    await expect.poll(() => px('.vb-body p', 'line-height')).toBeCloseTo(1.8 * 24, 1);
    await nudge('vb-aa-lineWidth', 'ArrowLeft', 3);
    await expect.poll(() => px('.vb-article', 'max-width')).toBeLessThan(61 * 24);
    await nudge('vb-aa-letterSpacing', 'ArrowRight', 2);
    await expect.poll(() => px('.vb-body p', 'letter-spacing')).toBeCloseTo(0.04 * 24, 1);
    await nudge('vb-aa-wordSpacing', 'ArrowRight', 2);
    await expect.poll(() => px('.vb-body p', 'word-spacing')).toBeCloseTo(0.1 * 24, 1);
    // The sidebar's text is spaced too.
    expect(await px(sidebarQuote, 'letter-spacing')).toBeGreaterThan(0);

    await reader('.vb-aa-choice[data-choice="justify"]').click();
    await expect
      .poll(() => styleOf('.vb-body p', ['text-align']))
      .toEqual({ 'text-align': 'justify' });

    await reader('.vb-aa-choice[data-choice="contrast"]').click();
    await expect.poll(() => reader('.vb-root').getAttribute('data-theme')).toBe('contrast');
    expect(await styleOf('.vb-root', ['background-color', 'color'])).toEqual({
      'background-color': 'rgb(0, 0, 0)',
      color: 'rgb(255, 255, 255)',
    });
    expect(await styleOf('.vb-body a[href]', ['color'])).toEqual({ color: 'rgb(255, 255, 0)' });

    const links = await reader('.vb-body a').count();
    await reader('input[name="vb-aa-hideLinks"]').check();
    await expect
      .poll(() => styleOf('.vb-body a[href]', ['color', 'text-decoration-line', 'pointer-events']))
      .toEqual({
        color: 'rgb(255, 255, 255)',
        'text-decoration-line': 'none',
        'pointer-events': 'none',
      });
    // Still there, in their place: only their look changed.
    expect(await reader('.vb-body a').count()).toBe(links);

    expect(await reader('.vb-body figure').isVisible()).toBe(true);
    await reader('input[name="vb-aa-hideImages"]').check();
    await expect.poll(() => reader('.vb-body figure').isVisible()).toBe(false);
    for (const hidden of ['img', 'a[data-vb-embed]'])
      expect(await reader(`.vb-body ${hidden}`).first().isVisible(), hidden).toBe(false);

    await expect.poll(storedSettings).toMatchObject({
      font: 'mono',
      fontSize: 24,
      lineHeight: 1.8,
      lineWidth: 60,
      letterSpacing: 0.04,
      wordSpacing: 0.1,
      align: 'justify',
      theme: 'contrast',
      hideLinks: true,
      hideImages: true,
    });
  });

  it('shows the same choices when the reader is opened again', async () => {
    await closeReader(h);
    await openReader(h);
    expect(await reader('.vb-root').getAttribute('data-theme')).toBe('contrast');
    expect(await px('.vb-body p', 'font-size')).toBe(24);
    expect(await styleOf('.vb-body p', ['text-align'])).toEqual({ 'text-align': 'justify' });
    expect(await reader('.vb-body figure').isVisible()).toBe(false);
    await openPanel();
    expect(await reader('#vb-aa-fontSize').inputValue()).toBe('24');
    expect(await reader('.vb-aa-choice[data-choice="contrast"] input').isChecked()).toBe(true);
    expect(await reader('input[name="vb-aa-hideLinks"]').isChecked()).toBe(true);
  });

  it('closes on Escape before the reader, with focus back on Aa', async () => {
    await reader('#vb-aa-wordSpacing').focus();
    await h.page.keyboard.press('Escape');
    await expect.poll(() => panel().isVisible()).toBe(false);
    expect(await readerCount(h.page)).toBe(1);
    expect(await focused()).toBe('aa');
    expect(await aaButton().getAttribute('aria-expanded')).toBe('false');

    // From the keyboard: Enter opens it with focus inside, Tab stays in reading order.
    await h.page.keyboard.press('Enter');
    await expect.poll(() => panel().isVisible()).toBe(true);
    expect(await focused()).toBe('panel:vb-aa-font');
    await h.page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('aa');
    await h.page.keyboard.press('Escape');
    await expect.poll(() => panel().isVisible()).toBe(false);
    expect(await readerCount(h.page)).toBe(1);
    await h.page.keyboard.press('Escape');
    await expect.poll(() => readerCount(h.page)).toBe(0);
  });

  it('closes when a person clicks outside it', async () => {
    await openReader(h);
    await openPanel();
    await reader('.vb-title').click({ position: { x: 5, y: 5 } });
    await expect.poll(() => panel().isVisible()).toBe(false);
    expect(await readerCount(h.page)).toBe(1);
    await closeReader(h);
  });
});

describe('OpenDyslexic from the Aa panel', () => {
  it('loads the bundled font feature when chosen, and the text uses it', async () => {
    await h.page.goto(server.url('aa-article.html'));
    await openReader(h);
    await openPanel();
    await reader('.vb-aa-choice[data-choice="dyslexic"]').click();
    await expect
      .poll(() =>
        h.page.evaluate(() =>
          Array.from(document.fonts)
            .filter((f) => f.family.includes('OpenDyslexic'))
            .map((f) => f.status),
        ),
      )
      .toEqual(['loaded', 'loaded', 'loaded']);
    expect(await styleOf('.vb-body p', ['font-family'])).toEqual({
      'font-family': expect.stringMatching(/^"Verbatim OpenDyslexic"/),
    });
    await expect.poll(async () => (await storedSettings()).font).toBe('dyslexic');
    await closeReader(h);
  });
});

describe('the Aa panel at 320 px wide', () => {
  beforeAll(async () => {
    await h.page.setViewportSize({ width: 320, height: 640 });
    await h.page.goto(server.url('aa-article.html'));
    await openReader(h);
  });
  afterAll(async () => {
    await closeReader(h);
    await h.page.setViewportSize({ width: 1280, height: 800 });
    await (await h.worker()).evaluate(() => chrome.storage.sync.clear());
  });

  it('fits the window and scrolls to its last control', async () => {
    await openPanel();
    const box = (await panel().boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(box.y + box.height).toBeLessThanOrEqual(640);
    const last = reader('input[name="vb-aa-hideImages"]');
    await last.focus();
    const lastBox = (await last.boundingBox())!;
    expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(640);
    await h.page.keyboard.press('Space');
    await expect.poll(async () => (await storedSettings()).hideImages).toBe(false);
  });
});
