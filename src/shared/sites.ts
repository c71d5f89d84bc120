/**
 * "Always open on this site": which site a page or a typed address belongs to, and the names the
 * extension gives a site's host permission and content script. Pure: the browser calls are in
 * always-open.ts.
 *
 * A site is a host name, for http and https alike (`*://host/*`): what a person means by "this
 * site", and the narrowest grant that covers it. Subdomains are other sites.
 */

/** Registered content script ids: this prefix, then the host. */
const SCRIPT_PREFIX = 'always-open:';
const WEB_SCHEMES = ['http:', 'https:'];

/** The host of a page address or of what a person typed ("example.com", a pasted URL), or null. */
export function siteHost(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    if (!WEB_SCHEMES.includes(url.protocol) || !url.hostname) return null;
    return url.hostname;
  } catch {
    return null;
  }
}

/** The host permission (and content script match) for one site. */
export function sitePattern(host: string): string {
  return `*://${host}/*`;
}

/** The host a pattern of ours names, or null for any other pattern (`<all_urls>`, a path). */
export function hostOfPattern(pattern: string): string | null {
  const match = /^(?:\*|https?):\/\/([^/*]+)\/\*$/.exec(pattern);
  return match ? match[1]! : null;
}

export function scriptIdFor(host: string): string {
  return `${SCRIPT_PREFIX}${host}`;
}

/** The host of one of our registered scripts, or null for any other id. */
export function hostOfScriptId(id: string): string | null {
  return id.startsWith(SCRIPT_PREFIX) ? id.slice(SCRIPT_PREFIX.length) : null;
}
