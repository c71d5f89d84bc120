/**
 * The sites where the reader opens by itself: each one a granted optional host permission and a
 * content script registered for that site only, kept across browser restarts. The registered
 * scripts are the list: nothing else to keep in sync.
 */
import browser from 'webextension-polyfill';
import { hostOfScriptId, scriptIdFor, sitePattern } from './sites.js';

/** The sites, in the order they were added. */
export async function alwaysOpenHosts(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.flatMap((script) => {
    const host = hostOfScriptId(script.id);
    return host === null ? [] : [host];
  });
}

/**
 * Asks for this one site's permission. It must be the first thing a click handler calls in an
 * extension page: browsers refuse a request that is not in answer to the user's gesture.
 */
export function requestSite(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: [sitePattern(host)] });
}

/** After the grant: content.js runs on every page of the site when it has loaded, and opens. */
export async function startAlwaysOpen(host: string): Promise<void> {
  const id = scriptIdFor(host);
  if ((await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length) return;
  await browser.scripting.registerContentScripts([
    {
      id,
      matches: [sitePattern(host)],
      // always-open.js first: content.js then knows no click started it.
      js: ['always-open.js', 'content.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

/** Stops opening there and gives the permission back. */
export async function stopAlwaysOpen(host: string): Promise<void> {
  await unregisterSite(host);
  await browser.permissions.remove({ origins: [sitePattern(host)] });
}

/** Only the script: for when the permission is already gone (taken back in the browser's UI). */
export async function unregisterSite(host: string): Promise<void> {
  const id = scriptIdFor(host);
  if ((await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length)
    await browser.scripting.unregisterContentScripts({ ids: [id] });
}
