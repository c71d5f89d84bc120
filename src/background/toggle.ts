/**
 * Toggles the reader in one tab. The content script is injected on the first use only; later
 * clicks call the instance already in the page. Clicks on one tab are queued so that a burst of
 * them can never inject twice or open two views.
 */
import browser from 'webextension-polyfill';
import { recordTrigger } from './trace.js';

export type ToggleResult = { ok: true } | { ok: false; error: string };

const queues = new Map<number, Promise<ToggleResult>>();

/**
 * Chromium grants activeTab before it fires the click (or the shortcut), yet in a freshly opened
 * tab it sometimes refuses the first injection with this error (the variant without the page's
 * address), then accepts the very same call some tens or hundreds of milliseconds later with no
 * new gesture. Seen on about 1 tab in 10, with real key presses as well as toolbar clicks, and
 * even 1.5 s after the page had loaded; never in a tab that had been used before. So a refusal is
 * retried, briefly, while the tab still shows us the address that was clicked: activeTab alone
 * lets us see it only while the grant holds.
 */
const REFUSED = 'Cannot access contents of the page.';
/** Up to 1.5 s was seen on a machine loaded ten times over; past this the click is lost for real. */
let grantWaitMs = 5_000;
const GRANT_POLL_MS = 40;

/** Runs in the page's isolated world: toggles the existing instance, if there is one. */
function toggleExisting(): boolean {
  const instance = (globalThis as { __verbatim?: { toggle: () => void } }).__verbatim;
  if (!instance) return false;
  instance.toggle();
  return true;
}

/**
 * Tabs whose page has content.js, as far as this background knows: a click there calls the
 * instance in one step. Elsewhere content.js goes in straight away, one step too, not after a
 * first step that finds nothing; where it was there after all (this background restarted, or
 * the site's registered script put it there), content.js toggles the instance it finds.
 */
const injected = new Set<number>();

/** The tab shows another page, or is gone: its next click injects content.js. */
export function forgetTab(tabId: number): void {
  injected.delete(tabId);
}

async function injectOrToggle(tabId: number): Promise<void> {
  // Immediately: by default the browser waits for the page's last image and ad to load (or fail),
  // which on a real news page can take many seconds. content.js waits for the DOM itself.
  if (injected.has(tabId)) {
    const [first] = await browser.scripting.executeScript({
      target: { tabId },
      func: toggleExisting,
      injectImmediately: true,
    });
    if (first?.result === true) return;
  }
  // content.js opens the view itself when it first runs.
  await browser.scripting.executeScript({
    target: { tabId },
    files: ['content.js'],
    injectImmediately: true,
  });
  injected.add(tabId);
}

/** Is the grant from the click still ours, on the page that was clicked? */
async function grantHeld(tabId: number, url: string | undefined): Promise<boolean> {
  if (!url) return false;
  if (url.startsWith('file:') && !(await browser.extension.isAllowedFileSchemeAccess()))
    return false;
  const tab = await browser.tabs.get(tabId).catch(() => null);
  return tab?.url === url;
}

async function toggleNow(tabId: number, url: string | undefined): Promise<ToggleResult> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      await injectOrToggle(tabId);
      recordTrigger({ tabId, attempts: attempt, ms: Date.now() - started });
      return { ok: true };
    } catch (caught) {
      const error = caught instanceof Error ? caught.message : String(caught);
      const waitMore =
        error.startsWith(REFUSED) &&
        Date.now() - started < grantWaitMs &&
        (await grantHeld(tabId, url));
      if (!waitMore) {
        recordTrigger({ tabId, attempts: attempt, ms: Date.now() - started, error });
        return { ok: false, error };
      }
      await new Promise((resolve) => setTimeout(resolve, GRANT_POLL_MS));
    }
  }
}

/** `url`: the tab's address when it was clicked (known through the click's activeTab grant). */
export function toggleInTab(tabId: number, url?: string): Promise<ToggleResult> {
  const previous = queues.get(tabId) ?? Promise.resolve<ToggleResult>({ ok: true });
  const next = previous.then(() => toggleNow(tabId, url));
  queues.set(tabId, next);
  void next.finally(() => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  });
  return next;
}

/** Test builds only: 0 turns the wait off, to show what it is for. */
export function setGrantWaitForTesting(ms: number): void {
  grantWaitMs = ms;
}
