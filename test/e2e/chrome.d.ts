// Code passed to worker.evaluate runs in the extension's service worker, where `chrome` exists.
// Its promise-based API has the shape webextension-polyfill's types describe.
declare const chrome: typeof import('webextension-polyfill').default;
