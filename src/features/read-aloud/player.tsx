/** The read-aloud controls, drawn under the reader's toolbar. */
import type { JSX } from 'preact';
import { useEffect, useReducer } from 'preact/hooks';
import { t } from '../../shared/i18n.js';
import { byPerson } from '../../reader/by-person.js';
import { quoteUnit } from './units.js';
import type { Reading } from './speech.js';
import { LISTEN_RATES } from '../../shared/settings.js';

export interface PlayerViewProps {
  reading: Reading;
  voices: SpeechSynthesisVoice[];
  /** Called after the person chose a voice, a speed or whether speakers are said. */
  onChoose: () => void;
  /** Called with a function the player calls whenever the reading's state changes. */
  subscribe: (redraw: () => void) => () => void;
}

function Icon({ d }: { d: string }): JSX.Element {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path fill="currentColor" d={d} />
    </svg>
  );
}
const PLAY = 'M7 4v16l13-8z';
const PAUSE = 'M6 4h4v16H6zm8 0h4v16h-4z';
const PREVIOUS = 'M6 5h2v14H6zm3.5 7L19 5v14z';
const NEXT = 'M16 5h2v14h-2zM5 5l9.5 7L5 19z';

export function PlayerView({ reading, voices, onChoose, subscribe }: PlayerViewProps): JSX.Element {
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useEffect(() => subscribe(() => redraw(undefined)), []);
  const { options } = reading;
  const at = (index: number) => byPerson(() => reading.go(index));
  const quote = (step: 1 | -1) =>
    byPerson(() => reading.go(quoteUnit(reading.units, reading.index, step)));
  const voiceName = (v: SpeechSynthesisVoice): string => `${v.name} (${v.lang})`;
  return (
    <div class="vb-player" role="group" aria-label={t('listenPlayer')}>
      <span class="vb-group">
        <button
          type="button"
          class="vb-button"
          data-listen="previous"
          title={t('listenPreviousSentence')}
          onClick={at(reading.index - 1)}
        >
          <Icon d={PREVIOUS} />
          <span class="vb-sr-only">{t('listenPreviousSentence')}</span>
        </button>
        <button
          type="button"
          class="vb-button"
          data-listen="play"
          aria-keyshortcuts="K"
          title={`${reading.playing ? t('listenPause') : t('listenPlay')} (K)`}
          onClick={byPerson(() => reading.toggle())}
        >
          <Icon d={reading.playing ? PAUSE : PLAY} />
          <span class="vb-sr-only">{reading.playing ? t('listenPause') : t('listenPlay')}</span>
        </button>
        <button
          type="button"
          class="vb-button"
          data-listen="next"
          title={t('listenNextSentence')}
          onClick={at(reading.index + 1)}
        >
          <Icon d={NEXT} />
          <span class="vb-sr-only">{t('listenNextSentence')}</span>
        </button>
      </span>
      <span class="vb-group">
        <button
          type="button"
          class="vb-button"
          data-listen="previous-quote"
          aria-keyshortcuts="Shift+J"
          title={`${t('listenPreviousQuote')} (Shift+J)`}
          onClick={quote(-1)}
        >
          {t('listenPreviousQuoteShort')}
        </button>
        <button
          type="button"
          class="vb-button"
          data-listen="next-quote"
          aria-keyshortcuts="J"
          title={`${t('listenNextQuote')} (J)`}
          onClick={quote(1)}
        >
          {t('listenNextQuoteShort')}
        </button>
      </span>
      <label class="vb-field">
        <span>{t('listenVoice')}</span>
        <select
          data-listen="voice"
          onInput={byPerson((event: Event) => {
            const name = (event.currentTarget as HTMLSelectElement).value;
            options.voice = voices.find((v) => voiceName(v) === name) ?? null;
            reading.restart();
            onChoose();
          })}
        >
          {voices.map((v) => (
            <option value={voiceName(v)} selected={v === options.voice}>
              {voiceName(v)}
            </option>
          ))}
        </select>
      </label>
      <label class="vb-field">
        <span>{t('listenSpeed')}</span>
        <select
          data-listen="rate"
          onInput={byPerson((event: Event) => {
            options.rate = Number((event.currentTarget as HTMLSelectElement).value) || 1;
            reading.restart();
            onChoose();
          })}
        >
          {LISTEN_RATES.map((rate) => (
            <option value={String(rate)} selected={rate === options.rate}>
              {`${rate}×`}
            </option>
          ))}
        </select>
      </label>
      <label class="vb-field">
        <input
          type="checkbox"
          data-listen="speakers"
          checked={options.announceSpeakers}
          onInput={byPerson((event: Event) => {
            options.announceSpeakers = (event.currentTarget as HTMLInputElement).checked;
            reading.restart();
            onChoose();
          })}
        />
        <span>{t('listenSaySpeakers')}</span>
      </label>
    </div>
  );
}
