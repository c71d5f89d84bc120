/**
 * The reader and the options page in the browser's UI language: German labels in a German
 * Chromium, and in an Arabic one the reader's chrome mirrored (sidebar on the left, close button
 * at the left end of the toolbar) while the English article still reads left to right, with
 * axe-core finding nothing. Needs Debian's chromium-l10n (the UI languages beside en-US).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { closeReader, openReader, type Harness } from './chromium.js';
import { useChromium } from './suite.js';
import type { FixtureServer } from './server.js';

const reader = (page: Page, selector: string) => page.locator(`verbatim-reader ${selector}`);

/** The reader root's lang and dir, and the article's computed direction. */
function directions(page: Page) {
  return page.evaluate(() => {
    const shadow = document.querySelector('verbatim-reader')!.shadowRoot!;
    const root = shadow.querySelector('.vb-root')!;
    const article = shadow.querySelector('.vb-article')!;
    return {
      lang: root.getAttribute('lang'),
      dir: root.getAttribute('dir'),
      article: getComputedStyle(article).direction,
    };
  });
}

async function box(page: Page, selector: string) {
  const found = await reader(page, selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
}

describe('in a German browser', () => {
  let h: Harness;
  let server: FixtureServer;
  useChromium(
    (harness, fixtures) => {
      h = harness;
      server = fixtures;
    },
    { lang: 'de' },
  );

  it('labels the toolbar and the sidebar in German', async () => {
    await h.page.setViewportSize({ width: 1280, height: 800 });
    await h.page.goto(server.url('pompeo-nkorea.html'));
    await openReader(h);
    expect(await directions(h.page)).toEqual({ lang: 'de', dir: 'ltr', article: 'ltr' });
    expect(await reader(h.page, '.vb-toolbar').getAttribute('aria-label')).toBe(
      'Leseeinstellungen',
    );
    expect(await reader(h.page, '[data-action="close"]').textContent()).toBe(
      'Schließen (Leseansicht)',
    );
    expect(await reader(h.page, '[data-action="close"]').getAttribute('title')).toBe(
      'Leseansicht schließen (Esc)',
    );
    expect(await reader(h.page, '[data-action="quotes"]').textContent()).toMatch(/^Zitate \d+$/);
    expect(await reader(h.page, '#vb-quotes-title').textContent()).toMatch(/^Zitate \d+$/);
    expect(await reader(h.page, '.vb-sidebar-tools .vb-chip').allTextContents()).toEqual(
      expect.arrayContaining(['Der Reihe nach', 'Meistzitierte']),
    );
    expect(await reader(h.page, '.vb-copy').first().getAttribute('aria-label')).toBe(
      'Zitat mit Quellenangabe kopieren',
    );
    expect(await reader(h.page, '.vb-reading-time').textContent()).toMatch(/^\d+ Min\. Lesezeit$/);
    // Hidden blocks: the count, and each block's label once shown.
    expect(await reader(h.page, '.vb-hidden-note span').textContent()).toMatch(
      /^Ausgeblendete fremde Elemente: \d+$/,
    );
    await reader(h.page, '[data-action="show-hidden"]').click();
    expect(await reader(h.page, '[data-action="show-hidden"]').textContent()).toBe(
      'Wieder ausblenden',
    );
    expect(await reader(h.page, '[data-vb-removed]').first().getAttribute('data-vb-label')).toMatch(
      /^Ausgeblendet: \S/,
    );
    await closeReader(h);
  });

  it('says why there is no article in German, from the core’s cause code', async () => {
    await h.page.goto(server.url('homepage.html'));
    await openReader(h, h.page, 'verbatim-reader .vb-empty h1');
    expect(await reader(h.page, '.vb-empty h1').textContent()).toBe('Hier ist kein Artikel');
    expect(await reader(h.page, '.vb-empty p').textContent()).toBe(
      'Diese Seite scheint keinen Artikel zu enthalten: Sie sieht wie eine Liste von Links oder ' +
        'Anrissen aus. Öffnen Sie einen einzelnen Nachrichtenartikel und versuchen Sie es erneut.',
    );
    await closeReader(h);
  });

  it('shows the options page in German, with the page language set', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await expect.poll(() => options.locator('h1').textContent()).toBe('Verbatim-Einstellungen');
    expect(await options.title()).toBe('Verbatim-Einstellungen');
    expect(await options.locator('html').getAttribute('lang')).toBe('de');
    expect(await options.locator('#reset').textContent()).toBe('Standardwerte wiederherstellen');
    await options.close();
  });
});

describe('in an Arabic browser', () => {
  let h: Harness;
  let server: FixtureServer;
  useChromium(
    (harness, fixtures) => {
      h = harness;
      server = fixtures;
    },
    { lang: 'ar' },
  );

  it('mirrors the reader: sidebar on the left, close at the toolbar’s left end', async () => {
    await h.page.setViewportSize({ width: 1280, height: 800 });
    await h.page.goto(server.url('pompeo-nkorea.html'));
    await openReader(h);
    // The English article keeps its own direction inside the mirrored chrome.
    expect(await directions(h.page)).toEqual({ lang: 'ar', dir: 'rtl', article: 'ltr' });
    const [sidebar, article] = [await box(h.page, '.vb-sidebar'), await box(h.page, '.vb-article')];
    expect(sidebar.x + sidebar.width).toBeLessThanOrEqual(article.x);
    const [close, brand] = [
      await box(h.page, '[data-action="close"]'),
      await box(h.page, '.vb-brand'),
    ];
    expect(close.x + close.width).toBeLessThan(brand.x);
    expect(await reader(h.page, '[data-action="close"]').textContent()).toBe('إغلاق عرض القراءة');
    expect(await axeViolations(h.page, 'verbatim-reader')).toEqual([]);
    await closeReader(h);
  });

  it('opens the quotes panel from the left on a narrow window (800 px), with no axe violation', async () => {
    await h.page.setViewportSize({ width: 800, height: 720 });
    await h.page.goto(server.url('pompeo-nkorea.html?narrow'));
    await openReader(h);
    await reader(h.page, '[data-action="quotes"]').click();
    const panel = await box(h.page, '.vb-sidebar');
    expect(panel.x).toBe(0);
    expect(await axeViolations(h.page, 'verbatim-reader')).toEqual([]);
    await closeReader(h);
  });

  it('lays the options page out right to left, with no axe violation', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await expect.poll(() => options.locator('h1').textContent()).toBe('إعدادات Verbatim');
    expect(await options.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await options.locator('html').getAttribute('lang')).toBe('ar');
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });
});
