/**
 * The browsers the extension is built for, shared by the build and the quote benchmark's size
 * figure so both measure the same bundle.
 *
 * esbuild's compatibility table marks Unicode property escapes (\p{L}) as unsupported in these
 * versions (it tracks the newest Unicode data) and rewrites every such regex literal as a
 * `new RegExp(…)` call, rebuilt on each call inside a function. The classes we use (\p{L},
 * \p{Lu}, \p{Ll}, \p{Script=Han}, …) work in both browsers since long before these versions.
 */
export const BROWSER_TARGETS = {
  target: ['chrome120', 'firefox142'],
  supported: { 'regexp-unicode-property-escapes': true },
};
