/**
 * The extension API in the page's tab. Both browsers give content scripts a promise-based API of
 * their own (Firefox's `browser`, Chrome's `chrome` in Manifest V3), and nothing that runs in the
 * tab needs what webextension-polyfill adds on top (a listener answering with a promise, which
 * only the background does). So the build maps the polyfill's import to this module for the
 * scripts injected into pages (content.js, always-open.js, features/*.js), sparing each tab it.
 */
import type { Browser } from 'webextension-polyfill';

const scope = globalThis as { browser?: Browser; chrome?: unknown };

export default (scope.browser ?? scope.chrome) as Browser;
