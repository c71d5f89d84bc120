/**
 * The toolbar's Listen and Save buttons. What they open (read aloud, the Save and Print menu) is
 * loaded on first press (shared/features.ts): here are only the buttons, the places the features
 * draw into, and the reader's keyboard shortcuts for read aloud (K play or pause, J next quote,
 * Shift+J previous quote).
 */
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../core/types.js';
import type { Feature, FeatureExports, Player } from '../shared/features.js';
import { t } from '../shared/i18n.js';
import { byPerson } from './by-person.js';

export type LoadFeature = <F extends Feature>(feature: F) => Promise<FeatureExports[F] | null>;

type ListenState = 'off' | 'loading' | 'on' | 'unavailable';

/** Keys typed into these are theirs, not shortcuts. */
const TYPING = 'input, select, textarea, [contenteditable]';

function shortcutOf(event: KeyboardEvent): 'toggle' | 'next' | 'previous' | null {
  if (event.ctrlKey || event.altKey || event.metaKey || !event.isTrusted) return null;
  if ((event.target as Element | null)?.closest?.(TYPING)) return null;
  if (event.key === 'k' || event.key === 'K') return 'toggle';
  if (event.key === 'j') return 'next';
  if (event.key === 'J') return 'previous';
  return null;
}

function useListen(article: Article, loadFeature: LoadFeature) {
  const [state, setState] = useState<ListenState>(
    typeof speechSynthesis === 'undefined' ? 'unavailable' : 'off',
  );
  const slot = useRef<HTMLDivElement>(null);
  const player = useRef<Player | null>(null);
  const stop = (): void => {
    player.current?.stop();
    player.current = null;
  };
  // Closing the reader, or a new article (the strip setting changed), stops speech.
  useEffect(() => () => (stop(), setState((s) => (s === 'unavailable' ? s : 'off'))), [article]);

  const start = async (then?: (p: Player) => void): Promise<void> => {
    setState('loading');
    const feature = await loadFeature('read-aloud');
    const root = slot.current?.getRootNode();
    const opened =
      feature && slot.current && root instanceof ShadowRoot
        ? await feature.open({ article, root, slot: slot.current })
        : null;
    player.current = opened;
    setState(opened ? 'on' : 'unavailable');
    if (opened) then?.(opened);
  };
  const toggle = (): void => {
    if (state === 'on') {
      stop();
      setState('off');
    } else if (state === 'off') void start();
  };
  const act = (action: 'toggle' | 'next' | 'previous'): void => {
    const step = action === 'next' ? 1 : -1;
    const run = (p: Player): void => (action === 'toggle' ? p.toggle() : p.quote(step));
    if (player.current) run(player.current);
    else if (state === 'off') void start(action === 'toggle' ? undefined : run);
  };
  return { state, slot, toggle, act };
}

function useSaveMenu(article: Article, loadFeature: LoadFeature) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const slot = useRef<HTMLDivElement>(null);
  const close = (): void => {
    setOpen(false);
    button.current?.focus({ preventScroll: true });
  };
  useLayoutEffect(() => {
    const root = slot.current?.getRootNode();
    const appendix = root instanceof ShadowRoot && root.querySelector<HTMLElement>('.vb-appendix');
    if (!open || !slot.current || !(root instanceof ShadowRoot) || !appendix) return;
    let remove: (() => void) | null = null;
    let cancelled = false;
    void loadFeature('export').then((feature) => {
      if (cancelled || !feature || !slot.current) return;
      remove = feature.openMenu({ article, root, slot: slot.current, appendix, onClose: close });
    });
    return () => {
      cancelled = true;
      remove?.();
    };
  }, [open, article]);
  return { open, button, slot, toggle: () => setOpen(!open) };
}

export function ReaderTools(props: { article: Article; loadFeature: LoadFeature }): JSX.Element {
  const { article, loadFeature } = props;
  const listen = useListen(article, loadFeature);
  const save = useSaveMenu(article, loadFeature);
  const own = useRef<HTMLSpanElement>(null);

  // Shortcuts anywhere in the reader, while focus is not in a field.
  useEffect(() => {
    const root = own.current?.closest('.vb-root');
    const onKey = (event: Event): void => {
      const action = shortcutOf(event as KeyboardEvent);
      if (!action) return;
      event.preventDefault();
      listen.act(action);
    };
    root?.addEventListener('keydown', onKey);
    return () => root?.removeEventListener('keydown', onKey);
  });

  const unavailable = listen.state === 'unavailable';
  return (
    <span class="vb-tools" ref={own}>
      <button
        type="button"
        class="vb-button"
        data-action="listen"
        aria-expanded={listen.state === 'on'}
        aria-disabled={unavailable || undefined}
        aria-busy={listen.state === 'loading' || undefined}
        aria-keyshortcuts="K"
        title={unavailable ? t('listenUnavailableHint') : `${t('listenHint')} (K)`}
        onClick={byPerson(listen.toggle)}
      >
        {unavailable ? t('listenUnavailable') : t('listen')}
      </button>
      <span class="vb-menu-anchor">
        <button
          type="button"
          class="vb-button"
          data-action="save"
          ref={save.button}
          aria-expanded={save.open}
          aria-controls={save.open ? 'vb-save-menu' : undefined}
          onClick={byPerson(save.toggle)}
        >
          {t('save')}
        </button>
        {save.open && <div ref={save.slot} />}
      </span>
      {/* Always there, so a feature already loaded finds it at once; hidden while empty. */}
      <div class="vb-listen-slot" ref={listen.slot} />
    </span>
  );
}
