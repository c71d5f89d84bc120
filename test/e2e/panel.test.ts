/**
 * The quotes panel on a narrow window (a phone, a split screen): it scrolls, gets out of the way
 * when a quote is chosen, and Escape closes it before the reader, with focus going back to the
 * button that opened it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReader, readerCount, type Harness } from './chromium.js';
import { useChromium } from './suite.js';
import type { FixtureServer } from './server.js';

let h: Harness;
let server: FixtureServer;

useChromium(async (harness, fixtures) => {
  h = harness;
  server = fixtures;
});

const sidebar = () => h.page.locator('verbatim-reader .vb-sidebar');
const quotesButton = () => h.page.locator('verbatim-reader [data-action="quotes"]');

/** The reader's focused element, described by its class and data-action. */
function focused() {
  return h.page.evaluate(() => {
    const active = document.querySelector('verbatim-reader')?.shadowRoot?.activeElement;
    return active ? `${active.className} ${active.getAttribute('data-action') ?? ''}`.trim() : null;
  });
}

/** The active highlight's ranges, with whether each is on screen. */
function activeHighlight() {
  return h.page.evaluate(() =>
    Array.from((CSS.highlights.get('verbatim-active') as unknown as Set<Range>) ?? []).map(
      (range) => {
        const box = range.getBoundingClientRect();
        return { text: range.toString(), inView: box.top >= 0 && box.bottom <= innerHeight };
      },
    ),
  );
}

async function openPanel(): Promise<void> {
  await quotesButton().click();
  await expect.poll(() => sidebar().isVisible()).toBe(true);
}

describe.each([320, 700])('the quotes panel at %i px wide', (width) => {
  beforeAll(async () => {
    await h.page.setViewportSize({ width, height: 640 });
    await h.page.goto(server.url('pompeo-nkorea.html'));
    await openReader(h);
  });
  afterAll(async () => {
    await h.page.setViewportSize({ width: 1280, height: 800 });
  });

  it('scrolls to the speakers below the fold with the wheel', async () => {
    await openPanel();
    const last = h.page.locator('verbatim-reader .vb-speaker').last().locator('.vb-speaker-name');
    const box = await sidebar().boundingBox();
    await h.page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    const lastInView = async () => {
      const b = await last.boundingBox();
      return b !== null && b.y >= 0 && b.y + b.height <= 640;
    };
    expect(await lastInView()).toBe(false);
    for (let i = 0; i < 20 && !(await lastInView()); i++) await h.page.mouse.wheel(0, 400);
    expect(await lastInView()).toBe(true);
  });

  it('moves focus into the panel, and Escape closes the panel before the reader', async () => {
    await h.page.keyboard.press('Escape');
    await expect.poll(() => sidebar().isVisible()).toBe(false);
    expect(await readerCount(h.page)).toBe(1);
    expect(await focused()).toBe('vb-button quotes');

    await h.page.keyboard.press('Enter');
    await expect.poll(() => sidebar().isVisible()).toBe(true);
    expect(await focused()).toMatch(/vb-panel-close/);
    await h.page.keyboard.press('Enter');
    await expect.poll(() => sidebar().isVisible()).toBe(false);
    expect(await focused()).toBe('vb-button quotes');
  });

  it('closes when a quote is chosen, and shows that quote in the text', async () => {
    await openPanel();
    await h.page
      .locator('verbatim-reader .vb-quote', { hasText: 'agreed that pressure must continue' })
      .click();
    await expect.poll(() => sidebar().isVisible()).toBe(false);
    await expect
      .poll(activeHighlight)
      .toEqual([expect.objectContaining({ text: expect.stringMatching(/^agreed that pressure/) })]);
    await expect.poll(async () => (await activeHighlight())[0]?.inView).toBe(true);
    expect(await focused()).toBe('vb-button quotes');
  });

  it('closes the reader on a second Escape', async () => {
    await openPanel();
    await h.page.keyboard.press('Escape');
    await expect.poll(() => sidebar().isVisible()).toBe(false);
    expect(await readerCount(h.page)).toBe(1);
    await h.page.keyboard.press('Escape');
    await expect.poll(() => readerCount(h.page)).toBe(0);
  });
});
