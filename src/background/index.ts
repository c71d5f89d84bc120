/**
 * Background (Chrome service worker / Firefox event page): turns a toolbar click or the shortcut
 * into one toggle of the reader in that tab, and explains on the button when a page is off limits.
 */
import browser, { type Tabs } from 'webextension-polyfill';
import { COMMAND_TOGGLE, isContentRequest } from '../shared/messages.js';
import { restrictionMessage, restrictionOf } from '../shared/restricted.js';
import { clearNotice, showNotice } from './notice.js';
import { setGrantWaitForTesting, toggleInTab } from './toggle.js';
import { takeTriggerRecords } from './trace.js';

declare const __TEST_BUILD__: boolean;

async function toggle(tab: Tabs.Tab | undefined): Promise<void> {
  if (tab?.id === undefined) return;
  const restriction = restrictionOf(tab.url);
  if (restriction) {
    await showNotice(tab.id, restrictionMessage(restriction));
    return;
  }
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

// A notice belongs to the page it was about: a new page starts clean.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void clearNotice(tabId);
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (
    sender.id !== browser.runtime.id ||
    sender.tab?.id === undefined ||
    !isContentRequest(message)
  )
    return undefined;
  return browser.scripting
    .executeScript({
      target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] },
      files: ['dyslexic-font.js'],
    })
    .then(
      () => true,
      () => false,
    );
});

if (__TEST_BUILD__) {
  // Firefox's test driver has no way to press the toolbar button: tests call the same path here.
  (globalThis as Record<string, unknown>).verbatimTest = {
    toggle: (tabId: number) => browser.tabs.get(tabId).then(toggle),
    triggers: takeTriggerRecords,
    setGrantWait: setGrantWaitForTesting,
  };
}
