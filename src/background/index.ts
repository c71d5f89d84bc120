/**
 * Background (Chrome service worker / Firefox event page): turns a toolbar click or the shortcut
 * into one toggle of the reader in that tab, and explains on the button when a page is off limits.
 */
import browser, { type Tabs } from 'webextension-polyfill';
import {
  ALWAYS_OPEN_PARAM,
  COMMAND_TOGGLE,
  isContentRequest,
  type ContentRequest,
} from '../shared/messages.js';
import { restrictionMessage, restrictionOf } from '../shared/restricted.js';
import { clearNotice, showNotice } from './notice.js';
import { forgetTab, setGrantWaitForTesting, toggleInTab } from './toggle.js';
import { recordTrigger, takeTriggerRecords } from './trace.js';
import { siteHost, hostOfPattern } from '../shared/sites.js';
import { unregisterSite } from '../shared/always-open.js';
import { preparePageReader } from './page-reader.js';
import { featureFile } from '../shared/features.js';

declare const __TEST_BUILD__: boolean;

async function toggle(tab: Tabs.Tab | undefined): Promise<void> {
  if (tab?.id === undefined) return;
  const restriction = restrictionOf(tab.url);
  if (restriction) {
    // Test builds: a click that reached a page no extension may touch says so in the record.
    recordTrigger({ tabId: tab.id, attempts: 0, ms: 0, error: `restricted: ${restriction}` });
    await showNotice(tab.id, restrictionMessage(restriction));
    return;
  }
  // The page reader starts while the content script is injected: the first read need not wait.
  void preparePageReader();
  const result = await toggleInTab(tab.id, tab.url);
  if (result.ok) await clearNotice(tab.id);
  else {
    const fileUrl = tab.url?.startsWith('file:');
    await showNotice(tab.id, restrictionMessage(fileUrl ? 'local-file' : 'no-access'));
    console.warn(`Verbatim: could not open tab ${tab.id}: ${result.error}`);
  }
}

browser.action.onClicked.addListener((tab) => void toggle(tab));

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== COMMAND_TOGGLE) return;
  // Chrome passes the tab; older Firefox versions do not.
  if (tab) void toggle(tab);
  else
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([active]) => toggle(active));
});

// A notice belongs to the page it was about, and so does content.js: a new page starts clean.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status !== 'loading') return;
  void clearNotice(tabId);
  forgetTab(tabId);
});
browser.tabs.onRemoved.addListener(forgetTab);

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (
    sender.id !== browser.runtime.id ||
    sender.tab?.id === undefined ||
    !isContentRequest(message)
  )
    return undefined;
  return answer(message, sender);
});

function answer(message: ContentRequest, sender: browser.Runtime.MessageSender): Promise<boolean> {
  const tab = sender.tab!;
  const frameId = sender.frameId ?? 0;
  if (message.type === 'verbatim:always-open') return confirmAlwaysOpen(tab, sender.url);
  if (message.type === 'verbatim:prepare-reader') return preparePageReader();
  return browser.scripting
    .executeScript({
      target: { tabId: tab.id!, frameIds: [frameId] },
      files: [featureFile(message.feature)],
    })
    .then(
      () => true,
      () => false,
    );
}

/**
 * "Always open on this site" from the reader. The permission can only be asked for in answer to
 * a click in one of the extension's own pages (not in a content script, and by the time a
 * message arrives here the click's gesture is gone), so the options page opens next to the tab
 * with the site filled in, and the person confirms there, where the browser's prompt follows.
 */
async function confirmAlwaysOpen(tab: Tabs.Tab, frameUrl?: string): Promise<boolean> {
  const host = siteHost(tab.url ?? frameUrl ?? '');
  if (!host) return false;
  const page = browser.runtime.getURL(
    `options.html?${ALWAYS_OPEN_PARAM}=${encodeURIComponent(host)}`,
  );
  await browser.tabs.create({ url: page, index: (tab.index ?? 0) + 1, openerTabId: tab.id });
  return true;
}

// A site's permission taken back in the browser's own UI: stop opening there too.
browser.permissions.onRemoved.addListener(({ origins = [] }) => {
  for (const host of origins.map(hostOfPattern)) if (host) void unregisterSite(host);
});

if (__TEST_BUILD__) {
  // Firefox's test driver has no way to press the toolbar button: tests call the same path here.
  (globalThis as Record<string, unknown>).verbatimTest = {
    toggle: (tabId: number) => browser.tabs.get(tabId).then(toggle),
    triggers: takeTriggerRecords,
    setGrantWait: setGrantWaitForTesting,
  };
}
