/** The toolbar button's own way to say "not here": a badge and a tooltip, per tab. */
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n.js';

const DEFAULT_TITLE = t('actionTitle');

export async function showNotice(tabId: number, message: string): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '!' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }),
    browser.action.setTitle({ tabId, title: message }),
  ]).catch(() => undefined); // the tab may have closed meanwhile
}

export async function clearNotice(tabId: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: DEFAULT_TITLE }),
  ]).catch(() => undefined);
}
