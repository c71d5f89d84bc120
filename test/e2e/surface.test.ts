/**
 * A page that fights for the reader's surface (Chromium): it defined the reader's element name
 * first, takes the reader's host away, or has its own modal dialog, auto popover or fullscreen
 * element open. Each time the reader opens on the first click, on top and usable, Escape closes
 * it, the page's own top-layer state is as it was, and page scrolling is never left locked.
 * Fixture: test/fixtures/top-layer.html, one query-string switch per case.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Harness } from './chromium.js';
import {
  clickToOpen,
  countHosts,
  escapeToClose,
  HOST,
  hostCounts,
  waitForCounts,
} from './page-state.js';
import type { FixtureServer } from './server.js';
import { useChromium } from './suite.js';

let h: Harness;
let server: FixtureServer;

useChromium(async (harness, fixtures) => {
  h = harness;
  server = fixtures;
  await countHosts(h.page);
});

afterEach(async () => {
  // The reader's theme buttons save to storage.sync: every test starts from the defaults.
  await (await h.worker()).evaluate(() => chrome.storage.sync.clear());
});

interface TopLayerState {
  overflow: string;
  dialogOpen: boolean;
  dialogModal: boolean;
  popover: boolean;
  fullscreen: string | null;
  active: string;
  hosts: number;
}

/** The page's own top-layer state and scrolling, from the page's world. */
function topLayer(): Promise<TopLayerState> {
  return h.page.evaluate((hostSelector) => {
    const dialog = document.getElementById('page-dialog') as HTMLDialogElement;
    const active = document.activeElement;
    return {
      overflow: getComputedStyle(document.documentElement).overflow,
      dialogOpen: dialog.open,
      dialogModal: dialog.matches(':modal'),
      popover: document.getElementById('page-popover')!.matches(':popover-open'),
      fullscreen: document.fullscreenElement?.id ?? null,
      active: active ? active.id || active.localName : '',
      hosts: document.querySelectorAll(hostSelector).length,
    };
  }, HOST);
}

async function load(query: string): Promise<void> {
  await h.page.goto(server.url(`top-layer.html?${query}`));
  await h.page.locator('article h1').waitFor();
}

/** A person's clicks on reader controls do what they say: the Aa panel opens, the theme changes. */
async function useTheReader(host = 'verbatim-reader'): Promise<void> {
  await h.page.locator(`${host} [data-action="aa"]`).click();
  await h.page.locator(`${host} [data-choice="sepia"]`).click();
  await expect
    .poll(() => h.page.locator(`${host} .vb-root`).getAttribute('data-theme'))
    .toBe('sepia');
  // The panel takes the first Escape: the tests' next Escape is for the reader.
  await h.page.keyboard.press('Escape');
  await h.page.locator(`${host} #vb-aa-panel`).waitFor({ state: 'hidden' });
}

/** Is the reader what a person sees and points at in the middle of the window? */
function readerOnTop(): Promise<boolean> {
  return h.page.evaluate((hostSelector) => {
    const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    return hit !== null && hit.matches(hostSelector);
  }, HOST);
}

/**
 * Is the reader what a person points at where the page's element is (or was, once hidden)? An
 * auto popover the reader's dialog closed counts as not covering it.
 */
function readerOnTopOf(selector: string): Promise<boolean> {
  return h.page.evaluate(
    ({ pageSelector, hostSelector }) => {
      const element = document.querySelector(pageSelector)!;
      if (element.matches('[popover]:not(:popover-open)')) return true;
      const box = element.getBoundingClientRect();
      const x = Math.min(Math.max(box.left + box.width / 2, 1), innerWidth - 1);
      const y = Math.min(Math.max(box.top + box.height / 2, 1), innerHeight - 1);
      return document.elementFromPoint(x, y)?.matches(hostSelector) ?? false;
    },
    { pageSelector: selector, hostSelector: HOST },
  );
}

/**
 * Is the reader what a person sees? Hit testing alone cannot tell: an element the reader's modal
 * dialog made inert is skipped by elementFromPoint even where it is painted over the reader. The
 * reader's light background fills the top-left corner; a page dialog's backdrop or a fullscreen
 * player would darken it.
 */
async function readerPaintedOnTop(): Promise<boolean> {
  const { PNG } = await import('./png.js');
  const [r, g, b] = PNG.decode(await h.page.screenshot()).pixel(5, 5);
  return Math.min(r, g, b) > 235;
}

/** What a page script does while the reader is open: it opens something of its own on top. */
const LATER: Record<string, { open: () => void; element: string }> = {
  'its own modal dialog': {
    open: () => (document.getElementById('page-dialog') as HTMLDialogElement).showModal(),
    element: '#page-dialog',
  },
  'an auto popover': {
    open: () => document.getElementById('page-popover')!.showPopover(),
    element: '#page-popover',
  },
  'a fullscreen element': {
    open: () => void document.getElementById('player')!.requestFullscreen(),
    element: '#player',
  },
};

describe('the reader over a page that fights for its surface', () => {
  it('opens on a page that defined the verbatim-reader element itself', async () => {
    await load('define');
    const before = await topLayer();
    const counts = await clickToOpen(h, h.page, '[data-verbatim-reader] #vb-title');
    expect(counts).toEqual({ added: 1, removed: 0, present: 1 });
    // The page's class never got the reader: it ran once, for the check, and was never mounted.
    const log = await h.page.evaluate(
      () => (window as { __topLayer?: { connected: number } }).__topLayer!.connected,
    );
    expect(log).toBe(0);
    expect(await readerOnTop()).toBe(true);
    await useTheReader('[data-verbatim-reader]');
    expect(await escapeToClose(h.page)).toEqual({ added: 1, removed: 1, present: 0 });
    expect(await topLayer()).toEqual(before);
  });

  it('ends the view when the page takes the host away, and the next click opens again', async () => {
    await load('remove');
    const before = await topLayer();
    for (let click = 1; click <= 3; click++) {
      await h.click();
      // One click, one view: the page removes it at once, and scrolling comes back.
      expect(await waitForCounts(h.page, { added: click, removed: click })).toEqual({
        added: click,
        removed: click,
        present: 0,
      });
      expect(await topLayer()).toEqual(before);
    }
  });

  it('ends the view properly however the page takes the surface away', async () => {
    await load('plain');
    const before = await topLayer();
    const takeAway: Record<string, () => void> = {
      removed: () => document.querySelector('verbatim-reader')!.remove(),
      moved: () => document.body.append(document.querySelector('verbatim-reader')!),
      'dialog closed': () =>
        document.querySelector('verbatim-reader')!.shadowRoot!.querySelector('dialog')!.close(),
      'open removed': () =>
        document
          .querySelector('verbatim-reader')!
          .shadowRoot!.querySelector('dialog')!
          .removeAttribute('open'),
    };
    for (const [how, action] of Object.entries(takeAway)) {
      const opened = await clickToOpen(h, h.page);
      expect(await topLayer(), how).toMatchObject({ overflow: 'hidden' });
      await h.page.evaluate(action);
      // The view ends as a close would: host gone (wherever the page put it), page scrolling back.
      await expect.poll(() => topLayer(), { message: how }).toEqual(before);
      expect(await hostCounts(h.page), how).toEqual({
        added: opened.added,
        removed: opened.added,
        present: 0,
      });
    }
    // The next click opens a fresh view at once.
    await clickToOpen(h, h.page);
    await useTheReader();
    await escapeToClose(h.page);
    expect(await topLayer()).toEqual(before);
  });

  it("opens above the page's own modal dialog and leaves it open", async () => {
    await load('dialog');
    const before = await topLayer();
    expect(before).toMatchObject({ dialogModal: true, active: 'dialog-button' });
    expect(await clickToOpen(h, h.page)).toEqual({ added: 1, removed: 0, present: 1 });
    expect(await readerOnTop()).toBe(true);
    await useTheReader();
    // Escape is the reader's: the page's dialog does not see it.
    expect(await escapeToClose(h.page)).toEqual({ added: 1, removed: 1, present: 0 });
    expect(await topLayer()).toEqual(before);
    // The page's dialog is usable again.
    await h.page.locator('#dialog-button').click();
  });

  it("gives back the page's open auto popover when it closes", async () => {
    await load('popover');
    const before = await topLayer();
    expect(before.popover).toBe(true);
    expect(await clickToOpen(h, h.page)).toEqual({ added: 1, removed: 0, present: 1 });
    expect(await readerOnTop()).toBe(true);
    await useTheReader();
    expect(await escapeToClose(h.page)).toEqual({ added: 1, removed: 1, present: 0 });
    expect(await topLayer()).toEqual(before);
    // The page saw its popover close under the reader and open again (toggle events come late).
    await expect
      .poll(() =>
        h.page.evaluate(
          () => (window as { __topLayer?: { toggles: string[] } }).__topLayer!.toggles,
        ),
      )
      .toEqual(['open', 'closed', 'open']);
  });

  it("opens above the page's fullscreen element and leaves it fullscreen", async () => {
    await load('fullscreen');
    await h.page.locator('#watch').click();
    await h.page.waitForFunction(() => document.fullscreenElement !== null);
    const before = await topLayer();
    expect(before.fullscreen).toBe('player');
    expect(await clickToOpen(h, h.page)).toEqual({ added: 1, removed: 0, present: 1 });
    expect(await readerOnTop()).toBe(true);
    await useTheReader();
    expect(await escapeToClose(h.page)).toEqual({ added: 1, removed: 1, present: 0 });
    expect(await topLayer()).toEqual(before);
    await h.page.evaluate(() => document.exitFullscreen());
  });

  // A big page's reader is not modal (making the page inert would restyle all of it): it must
  // hold its place on top all the same.
  const pages = { '': 'later', ', on a big page': 'later&long' };
  for (const [what, { open, element }] of Object.entries(LATER))
    for (const [onWhich, query] of Object.entries(pages))
      it(`stays on top when the page opens ${what} while the reader is open${onWhich}`, async () => {
        await load(query);
        expect(await clickToOpen(h, h.page)).toEqual({ added: 1, removed: 0, present: 1 });
        await h.page.evaluate(open);
        await expect.poll(() => readerOnTopOf(element)).toBe(true);
        await expect.poll(() => readerPaintedOnTop()).toBe(true);
        await useTheReader();
        expect(await escapeToClose(h.page)).toEqual({ added: 1, removed: 1, present: 0 });
        // The page's own element is still open once the reader has gone…
        const after = await topLayer();
        expect([after.dialogOpen, after.popover, after.fullscreen !== null]).toContain(true);
        // …and once the page closes it too, the page scrolls: the reader left no lock behind.
        await h.page.evaluate(async () => {
          (document.getElementById('page-dialog') as HTMLDialogElement).close();
          document.getElementById('page-popover')!.hidePopover();
          if (document.fullscreenElement) await document.exitFullscreen();
        });
        expect((await topLayer()).overflow).not.toBe('hidden');
      });
});
