/**
 * Helpers for tests that count toggles exactly: the page's own world watches the reader's host
 * come and go, so a test knows when a click has been handled (the toolbar trigger returns before
 * the background has run the toggle) and that one click did exactly one thing. Nothing here
 * clicks twice: a lost trigger fails the test.
 */
import type { Page } from 'playwright-core';
import type { Harness } from './chromium.js';

/** The reader's host: `verbatim-reader`, or a marked `div` on a page that defined that name. */
export const HOST = 'verbatim-reader, [data-verbatim-reader]';

export interface HostCounts {
  added: number;
  removed: number;
  /** Hosts on the page right now. */
  present: number;
}

/** What test/fixtures/restore-stress.html offers: its own record of itself. */
export interface RestorePage {
  record: { ticks: number; hostAdded: number; hostRemoved: number };
  /** Remembers focus, selection, scroll and the like as they are now. */
  mark: () => { y: number; active: string; ranges: number };
  /** What differs from the mark, and every change to the page it did not make itself. */
  check: () => string[];
}

declare global {
  interface Window {
    __vbHost?: { added: number; removed: number };
    __restore: RestorePage;
  }
}

/**
 * From now on, every document this page loads counts the hosts added to and removed from <html>
 * (where the reader mounts), in the page's own world. Call once, before the first navigation.
 */
export async function countHosts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counts = (window.__vbHost = { added: 0, removed: 0 });
    const isHost = (n: Node): boolean =>
      n instanceof Element &&
      (n.localName === 'verbatim-reader' || n.hasAttribute('data-verbatim-reader'));
    const watch = (root: Element): void =>
      new MutationObserver((records) => {
        for (const r of records) {
          for (const n of r.addedNodes) if (isHost(n)) counts.added++;
          for (const n of r.removedNodes) if (isHost(n)) counts.removed++;
        }
      }).observe(root, { childList: true });
    if (document.documentElement) watch(document.documentElement);
    else
      new MutationObserver((_, observer) => {
        if (!document.documentElement) return;
        observer.disconnect();
        watch(document.documentElement);
      }).observe(document, { childList: true });
  });
}

export function hostCounts(page: Page): Promise<HostCounts> {
  return page.evaluate(
    (selector) => ({
      added: window.__vbHost?.added ?? -1,
      removed: window.__vbHost?.removed ?? -1,
      present: document.querySelectorAll(selector).length,
    }),
    HOST,
  );
}

/** Waits until the page's counts reach at least `target`, then returns them (for an exact check). */
export async function waitForCounts(
  page: Page,
  target: { added: number; removed: number },
  timeout = 10_000,
): Promise<HostCounts> {
  await page.waitForFunction(
    ({ added, removed }) =>
      (window.__vbHost?.added ?? 0) >= added && (window.__vbHost?.removed ?? 0) >= removed,
    target,
    { timeout, polling: 20 },
  );
  return hostCounts(page);
}

/**
 * One toolbar click that must open the reader: waits for exactly one more host and for
 * `visible` (a selector inside the reader) to show. Returns the counts after it.
 */
export async function clickToOpen(
  h: Harness,
  page: Page,
  visible = 'verbatim-reader #vb-title',
): Promise<HostCounts> {
  const before = await hostCounts(page);
  await h.click(page);
  await waitForCounts(page, { added: before.added + 1, removed: before.removed });
  await page.locator(visible).waitFor({ state: 'visible', timeout: 10_000 });
  return hostCounts(page);
}

/** One toolbar click that must close the reader: waits for its host to go. */
export async function clickToClose(h: Harness, page: Page): Promise<HostCounts> {
  const before = await hostCounts(page);
  await h.click(page);
  return waitForCounts(page, { added: before.added, removed: before.removed + 1 });
}

/** Presses Escape in the reader (a person's key press) and waits for the host to go. */
export async function escapeToClose(page: Page): Promise<HostCounts> {
  const before = await hostCounts(page);
  await page.keyboard.press('Escape');
  return waitForCounts(page, { added: before.added, removed: before.removed + 1 });
}
