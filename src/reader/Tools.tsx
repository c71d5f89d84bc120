/**
 * The toolbar's Listen and Save buttons, and the reader's shortcuts for read aloud (K play or
 * pause, J next quote, Shift+J previous quote). Everything they do is in feature scripts loaded
 * on first press (shared/features.ts), which draw into the places kept here: only the buttons
 * are in what opening the reader injects.
 */
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Article } from '../core/types.js';
import type { ListenAction, LoadFeature } from '../shared/features.js';
import { t } from '../shared/i18n.js';
import { byPerson } from './by-person.js';

/** Keys typed into these are theirs, not shortcuts. */
const TYPING = 'input, select, textarea, [contenteditable]';
const SHORTCUTS: Record<string, ListenAction> = {
  k: 'toggle',
  K: 'toggle',
  j: 'next',
  J: 'previous',
};

function shortcutOf(event: KeyboardEvent): ListenAction | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey || !event.isTrusted) return;
  if ((event.target as Element).closest?.(TYPING)) return;
  return SHORTCUTS[event.key];
}

export function ReaderTools(props: {
  article: Article;
  /** The article with its text and markup (a big article's are put together on demand). */
  whole: () => Article | null;
  loadFeature: LoadFeature;
}): JSX.Element {
  const { article, whole, loadFeature } = props;
  const own = useRef<HTMLButtonElement>(null);
  const used = useRef(false);
  const rootOf = (): ShadowRoot => own.current!.getRootNode() as ShadowRoot;

  // Where the browser has no voice, read aloud says so on this button itself.
  const listen = (action: ListenAction): void => {
    used.current = true;
    void loadFeature('read-aloud').then((f) =>
      f?.act(action, { article: whole() ?? article, root: rootOf() }),
    );
  };
  // Closing the reader, or a new article (the strip setting changed), stops speech.
  useEffect(() => {
    const root = rootOf();
    return () => void (used.current && loadFeature('read-aloud').then((f) => f?.stop(root)));
  }, [article]);
  // Shortcuts anywhere in the reader, while focus is not in a field.
  useEffect(() => {
    const root = own.current?.closest('.vb-root');
    const onKey = (event: Event): void => {
      const action = shortcutOf(event as KeyboardEvent);
      if (!action) return;
      event.preventDefault();
      listen(action);
    };
    root?.addEventListener('keydown', onKey);
    return () => root?.removeEventListener('keydown', onKey);
  });

  return (
    <>
      <button
        type="button"
        class="vb-button"
        ref={own}
        data-action="listen"
        aria-keyshortcuts="K"
        title={`${t('listenHint')} (K)`}
        onClick={byPerson(() => listen('listen'))}
      >
        {t('listen')}
      </button>
      <span class="vb-menu-anchor">
        <button
          type="button"
          class="vb-button"
          data-action="save"
          onClick={byPerson(
            () =>
              void loadFeature('export').then((f) =>
                f?.toggleMenu({ article: whole() ?? article, root: rootOf() }),
              ),
          )}
        >
          {t('save')}
        </button>
      </span>
    </>
  );
}
