/**
 * Starts the page reader (read-page.js) on demand, so the background itself stays as small and
 * quick to start as before: in Chrome an offscreen document, since a service worker has no
 * DOMParser and runs one task at a time; in Firefox a script added to the event page.
 */
declare const __BROWSER__: 'chrome' | 'firefox';

/** The slice of Chrome's API used here (offscreen documents have no polyfill equivalent). */
declare const chrome: {
  runtime: { getContexts: (filter: { contextTypes: string[] }) => Promise<unknown[]> };
  offscreen: {
    createDocument: (options: {
      url: string;
      reasons: string[];
      justification: string;
    }) => Promise<void>;
  };
};

let starting: Promise<boolean> | null = null;

async function startOffscreen(): Promise<boolean> {
  const open = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (!open.length)
    await chrome.offscreen.createDocument({
      url: 'offscreen.html',
      reasons: ['DOM_PARSER'],
      justification: 'Reads the page for the reader view without slowing the tab it is in.',
    });
  return true;
}

function loadInEventPage(): Promise<boolean> {
  return new Promise((resolve) => {
    const script = document.createElement('script');
    script.src = 'read-page.js';
    script.onload = () => resolve(true);
    script.onerror = () => resolve(false);
    (document.head ?? document.documentElement).append(script);
  });
}

export function preparePageReader(): Promise<boolean> {
  starting ??= (__BROWSER__ === 'chrome' ? startOffscreen() : loadInEventPage()).catch(
    (error: unknown) => {
      console.error('Verbatim could not start its page reader', error);
      return false;
    },
  );
  const started = starting;
  // Chrome may close the offscreen document; Firefox keeps the script: look again next time.
  if (__BROWSER__ === 'chrome') void started.finally(() => (starting = null));
  return started;
}
