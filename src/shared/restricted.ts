/**
 * Pages no extension may script: browser pages, other extensions, the web stores and the
 * built-in PDF viewers. Knowing them up front lets the button say why nothing happened.
 */
import { t } from './i18n.js';

const BROWSER_SCHEMES =
  /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|jar):/i;
const STORES = [
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org\//i,
  /^https:\/\/accounts-static\.cdn\.mozilla\.net\//i,
];

export type Restriction = 'browser-page' | 'web-store' | 'pdf' | 'local-file' | null;

export function restrictionOf(url: string | undefined | null): Restriction {
  if (!url) return 'browser-page';
  if (BROWSER_SCHEMES.test(url)) return 'browser-page';
  if (STORES.some((store) => store.test(url))) return 'web-store';
  if (/^[^?#]+\.pdf(?:[?#]|$)/i.test(url)) return 'pdf';
  return null;
}

export function restrictionMessage(restriction: Exclude<Restriction, null> | 'no-access'): string {
  switch (restriction) {
    case 'browser-page':
      return t('restrictedBrowserPage');
    case 'web-store':
      return t('restrictedWebStore');
    case 'pdf':
      return t('restrictedPdf');
    case 'local-file':
      return t('restrictedLocalFile');
    case 'no-access':
      return t('restrictedNoAccess');
  }
}
