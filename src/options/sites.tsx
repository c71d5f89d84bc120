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
import { t } from '../shared/i18n.js';

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
      setStatus(t('sitesNotAddress', input));
      return;
    }
    // The request comes first, still inside the click: the browser asks the person.
    requestSite(host)
      .then(async (granted) => {
        if (!granted) {
          setStatus(t('sitesDenied', host));
          return;
        }
        await startAlwaysOpen(host);
        setInput('');
        setStatus(t('sitesAdded', host));
        await refresh();
      })
      .catch((error: unknown) => setStatus(t('sitesAddFailed', [host, String(error)])));
  };

  const remove = (host: string): void => {
    stopAlwaysOpen(host)
      .then(() => setStatus(t('sitesRemoved', host)))
      .catch((error: unknown) => setStatus(t('sitesRemoveFailed', [host, String(error)])))
      .finally(() => void refresh());
  };

  return (
    <fieldset id="always-open">
      <legend>{t('sitesTitle')}</legend>
      <p class="hint">{t('sitesHint')}</p>
      {hosts.length ? (
        <ul class="sites" aria-label={t('sitesList')}>
          {hosts.map((host) => (
            <li key={host} data-site={host}>
              <span>{host}</span>
              <button type="button" onClick={() => remove(host)}>
                {t('sitesRemove')}
                <span class="sr-only"> {host}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint" id="no-sites">
          {t('sitesNone')}
        </p>
      )}
      <form class="site-form" onSubmit={add}>
        <label for="site">{t('sitesSite')}</label>
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
          {t('sitesAdd')}
        </button>
      </form>
      <p class="status" role="status" aria-live="polite" id="sites-status">
        {status}
      </p>
    </fieldset>
  );
}
