/**
 * Toggles the reader in one tab. The content script is injected on the first use only; later
 * clicks call the instance already in the page. Clicks on one tab are queued so that a burst of
 * them can never inject twice or open two views.
 */
import browser from 'webextension-polyfill';

export type ToggleResult = { ok: true } | { ok: false; error: string };

const queues = new Map<number, Promise<ToggleResult>>();

/** Runs in the page's isolated world: toggles the existing instance, if there is one. */
function toggleExisting(): boolean {
  const instance = (globalThis as { __verbatim?: { toggle: () => void } }).__verbatim;
  if (!instance) return false;
  instance.toggle();
  return true;
}

async function toggleNow(tabId: number): Promise<ToggleResult> {
  try {
    // Immediately: by default the browser waits for the page's last image and ad to load (or fail),
    // which on a real news page can take many seconds. content.js waits for the DOM itself.
    const [first] = await browser.scripting.executeScript({
      target: { tabId },
      func: toggleExisting,
      injectImmediately: true,
    });
    if (first?.result === true) return { ok: true };
    // content.js opens the view itself when it first runs.
    await browser.scripting.executeScript({
      target: { tabId },
      files: ['content.js'],
      injectImmediately: true,
    });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function toggleInTab(tabId: number): Promise<ToggleResult> {
  const previous = queues.get(tabId) ?? Promise.resolve<ToggleResult>({ ok: true });
  const next = previous.then(() => toggleNow(tabId));
  queues.set(tabId, next);
  void next.finally(() => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  });
  return next;
}
