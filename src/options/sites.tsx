/**
 * "Always open on these sites": the sites where the reader opens by itself, with a way to add one
 * (each asks the browser for that site's permission, at that moment) and to remove one (which
 * gives the permission back). The reader's own "Always open on this site" button lands here with
 * the site filled in, because only a click in an extension page may ask for a permission.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  alwaysOpenHosts,
  requestSite,
  startAlwaysOpen,
  stopAlwaysOpen,
} from '../shared/always-open.js';
import { ALWAYS_OPEN_PARAM } from '../shared/messages.js';
import { siteHost } from '../shared/sites.js';

/** The site the reader sent us to confirm, if any. */
function proposedSite(): string {
  return new URLSearchParams(location.search).get(ALWAYS_OPEN_PARAM) ?? '';
}

export function AlwaysOpenSites(): JSX.Element {
  const [hosts, setHosts] = useState<string[]>([]);
  const [input, setInput] = useState(proposedSite);
  const [status, setStatus] = useState('');
  const allow = useRef<HTMLButtonElement>(null);
  const refresh = (): Promise<void> => alwaysOpenHosts().then(setHosts);

  useEffect(() => {
    void refresh();
    // Sent here from the reader: the one thing left to do is to confirm.
    if (proposedSite()) allow.current?.focus();
  }, []);

  const add = (event: Event): void => {
    event.preventDefault();
    const host = siteHost(input);
    if (!host) {
      setStatus(`“${input}” is not a web address.`);
      return;
    }
    // The request comes first, still inside the click: the browser asks the person.
    requestSite(host)
      .then(async (granted) => {
        if (!granted) {
          setStatus(`No permission for ${host}: Verbatim will not open there by itself.`);
          return;
        }
        await startAlwaysOpen(host);
        setInput('');
        setStatus(`Verbatim now opens by itself on ${host}.`);
        await refresh();
      })
      .catch((error: unknown) => setStatus(`Could not add ${host}: ${String(error)}`));
  };

  const remove = (host: string): void => {
    stopAlwaysOpen(host)
      .then(() => setStatus(`Removed ${host}; its permission is given back.`))
      .catch((error: unknown) => setStatus(`Could not remove ${host}: ${String(error)}`))
      .finally(() => void refresh());
  };

  return (
    <fieldset id="always-open">
      <legend>Always open on these sites</legend>
      <p class="hint">
        On these sites the reader opens by itself when a page has loaded. Each site asks for
        permission to read its pages, and only its pages.
      </p>
      {hosts.length ? (
        <ul class="sites" aria-label="Sites where the reader opens by itself">
          {hosts.map((host) => (
            <li key={host} data-site={host}>
              <span>{host}</span>
              <button type="button" onClick={() => remove(host)}>
                Remove<span class="sr-only"> {host}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint" id="no-sites">
          No sites yet.
        </p>
      )}
      <form class="site-form" onSubmit={add}>
        <label for="site">Site</label>
        <input
          id="site"
          name="site"
          type="text"
          inputMode="url"
          placeholder="example.com"
          value={input}
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" id="always-open-add" ref={allow}>
          Always open on this site
        </button>
      </form>
      <p class="status" role="status" aria-live="polite" id="sites-status">
        {status}
      </p>
    </fieldset>
  );
}
