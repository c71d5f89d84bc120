/** The Save and Print menu, under the reader's Save button. */
import type { JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.js';
import { byPerson } from '../../reader/by-person.js';
import type { QuotesFormat } from '../../shared/features.js';

export interface MenuProps {
  /** List the quotations at the end of what is saved or printed. */
  withQuotes: boolean;
  onQuotes: (on: boolean) => void;
  onMarkdown: () => void;
  onHtml: () => void;
  onPrint: () => void;
  /** Every quote as a file: Markdown, CSV or JSON. */
  onQuotesFile: (format: QuotesFormat) => void;
  onClose: () => void;
}

const QUOTES_FORMATS: QuotesFormat[] = ['md', 'csv', 'json'];

export function SaveMenu(props: MenuProps): JSX.Element {
  const first = useRef<HTMLButtonElement>(null);
  const [withQuotes, setWithQuotes] = useState(props.withQuotes);
  // The menu gets focus when it opens, in the same task, as a disclosure's panel does.
  useLayoutEffect(() => first.current?.focus({ preventScroll: true }), []);
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    // Handled here: the reader closes on an Escape nobody handled.
    event.preventDefault();
    props.onClose();
  };
  return (
    <div
      class="vb-save-menu"
      id="vb-save-menu"
      role="group"
      aria-label={t('saveMenu')}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        class="vb-button"
        data-save="markdown"
        ref={first}
        onClick={byPerson(props.onMarkdown)}
      >
        {t('saveMarkdown')}
      </button>
      <button type="button" class="vb-button" data-save="html" onClick={byPerson(props.onHtml)}>
        {t('saveHtml')}
      </button>
      <button type="button" class="vb-button" data-save="print" onClick={byPerson(props.onPrint)}>
        {t('savePrint')}
      </button>
      <label class="vb-save-option">
        <input
          type="checkbox"
          data-save="quotes"
          checked={withQuotes}
          onInput={byPerson((event: Event) => {
            const on = (event.currentTarget as HTMLInputElement).checked;
            setWithQuotes(on);
            props.onQuotes(on);
          })}
        />
        <span>{t('saveWithQuotes')}</span>
      </label>
      <span class="vb-save-quotes" role="group" aria-label={t('saveAllQuotes')}>
        <span aria-hidden="true">{t('saveAllQuotesShort')}</span>
        {QUOTES_FORMATS.map((format) => (
          <button
            type="button"
            class="vb-chip"
            data-export={format}
            title={t('saveAllQuotesAs', `.${format}`)}
            onClick={byPerson(() => props.onQuotesFile(format))}
          >
            .{format}
          </button>
        ))}
      </span>
    </div>
  );
}
