/**
 * Pages no extension may script: browser pages, other extensions, the web stores and the
 * built-in PDF viewers. Knowing them up front lets the button say why nothing happened.
 */

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
      return 'Verbatim cannot open browser pages (settings, new tab, extensions).';
    case 'web-store':
      return 'Browsers do not let extensions run on their add-on stores.';
    case 'pdf':
      return 'Verbatim cannot open PDF documents; it reads web pages.';
    case 'local-file':
      return 'To read saved files, allow Verbatim access to file URLs in the extension settings.';
    case 'no-access':
      return 'Verbatim could not open this page: the browser did not allow access to it.';
  }
}
