/** The options page: every setting, saved the moment it changes, synced through storage.sync. */
import browser from 'webextension-polyfill';
import { render, type JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  ALIGNMENTS,
  FONT_SIZE,
  FONTS,
  LETTER_SPACING,
  LINE_HEIGHT,
  LINE_WIDTH,
  THEMES,
  WORD_SPACING,
  DEFAULT_SETTINGS,
  type Settings,
} from '../shared/settings.js';
import { ALIGNMENT_LABELS, FONT_LABELS, THEME_LABELS } from '../shared/setting-labels.js';
import { t } from '../shared/i18n.js';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/storage.js';
import { COMMAND_TOGGLE } from '../shared/messages.js';
import { FONT_STACKS } from '../reader/fonts.js';
import css from './options.css';
import { AlwaysOpenSites } from './sites.js';

declare const __BROWSER__: 'chrome' | 'firefox';

function Choice<T extends string>(props: {
  name: string;
  value: T;
  current: T;
  label: string;
  onPick: (v: T) => void;
}): JSX.Element {
  return (
    <label class="choice">
      <input
        type="radio"
        name={props.name}
        value={props.value}
        checked={props.current === props.value}
        onChange={() => props.onPick(props.value)}
      />
      {props.label}
    </label>
  );
}

function Range(props: {
  id: keyof Settings;
  label: string;
  range: { min: number; max: number; step: number };
  value: number;
  unit: string;
  onPick: (v: number) => void;
}): JSX.Element {
  return (
    <div class="row">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.id}
        type="range"
        min={props.range.min}
        max={props.range.max}
        step={props.range.step}
        value={props.value}
        onInput={(e) => props.onPick(Number((e.currentTarget as HTMLInputElement).value))}
      />
      <output for={props.id}>
        {props.value}
        {props.unit}
      </output>
    </div>
  );
}

function Toggle(props: {
  name: keyof Settings;
  checked: boolean;
  label: string;
  hint: string;
  onPick: (v: boolean) => void;
}): JSX.Element {
  return (
    <label class="toggle">
      <input
        type="checkbox"
        name={props.name}
        checked={props.checked}
        onChange={(e) => props.onPick((e.currentTarget as HTMLInputElement).checked)}
      />
      <span>
        {props.label}
        <p class="hint">{props.hint}</p>
      </span>
    </label>
  );
}

function Shortcut(): JSX.Element {
  const [key, setKey] = useState<string | null>(null);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) => setKey(all.find((c) => c.name === COMMAND_TOGGLE)?.shortcut || ''));
  }, []);
  const change = (): void => {
    if (__BROWSER__ === 'firefox')
      void (
        browser.commands as unknown as { openShortcutSettings: () => Promise<void> }
      ).openShortcutSettings();
    else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  };
  return (
    <fieldset>
      <legend>Keyboard shortcut</legend>
      <p id="shortcut-line">
        Open or close the reader with{' '}
        {key ? (
          <kbd id="shortcut">{key}</kbd>
        ) : (
          <em id="shortcut">{key === null ? '…' : 'no shortcut set'}</em>
        )}
        .
      </p>
      <button type="button" id="change-shortcut" onClick={change}>
        Change shortcut…
      </button>
      <p class="hint">
        Opens the browser's own shortcut settings, where every extension's keys are managed.
      </p>
    </fieldset>
  );
}

function Options(): JSX.Element {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  if (!settings) return <main aria-busy="true" />;

  const update = (change: Partial<Settings>): void => {
    setSettings({ ...settings, ...change });
    saveSettings(change).then(
      () => setStatus('Saved.'),
      () => setStatus('Could not save: storage is not available.'),
    );
  };

  return (
    <main>
      <header>
        <img src="icons/icon-128.png" alt="" />
        <div>
          <h1>Verbatim settings</h1>
          <p class="lead">Changes are saved at once and apply to open reader views.</p>
        </div>
      </header>

      <fieldset>
        <legend>Theme</legend>
        <div class="choices">
          {THEMES.map((theme) => (
            <Choice
              name="theme"
              value={theme}
              current={settings.theme}
              label={t(THEME_LABELS[theme])}
              onPick={(theme) => update({ theme })}
            />
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>Typography</legend>
        <div class="choices" role="radiogroup" aria-label="Font">
          {FONTS.map((f) => (
            <Choice
              name="font"
              value={f}
              current={settings.font}
              label={t(FONT_LABELS[f])}
              onPick={(font) => update({ font })}
            />
          ))}
        </div>
        <Range
          id="fontSize"
          label="Text size"
          range={FONT_SIZE}
          value={settings.fontSize}
          unit=" px"
          onPick={(fontSize) => update({ fontSize })}
        />
        <Range
          id="lineWidth"
          label="Line width"
          range={LINE_WIDTH}
          value={settings.lineWidth}
          unit=" ch"
          onPick={(lineWidth) => update({ lineWidth })}
        />
        <Range
          id="lineHeight"
          label="Line spacing"
          range={LINE_HEIGHT}
          value={settings.lineHeight}
          unit=""
          onPick={(lineHeight) => update({ lineHeight })}
        />
        <Range
          id="letterSpacing"
          label={t('aaLetterSpacing')}
          range={LETTER_SPACING}
          value={settings.letterSpacing}
          unit=" em"
          onPick={(letterSpacing) => update({ letterSpacing })}
        />
        <Range
          id="wordSpacing"
          label={t('aaWordSpacing')}
          range={WORD_SPACING}
          value={settings.wordSpacing}
          unit=" em"
          onPick={(wordSpacing) => update({ wordSpacing })}
        />
        <div class="choices" role="radiogroup" aria-label={t('aaAlign')}>
          {ALIGNMENTS.map((a) => (
            <Choice
              name="align"
              value={a}
              current={settings.align}
              label={t(ALIGNMENT_LABELS[a])}
              onPick={(align) => update({ align })}
            />
          ))}
        </div>
        <p
          class="preview"
          style={{
            fontFamily: FONT_STACKS[settings.font],
            fontSize: `${settings.fontSize}px`,
            lineHeight: settings.lineHeight,
            maxWidth: `${settings.lineWidth}ch`,
            letterSpacing: `${settings.letterSpacing}em`,
            wordSpacing: `${settings.wordSpacing}em`,
            textAlign: settings.align,
          }}
        >
          “It was another step forward,” the secretary said after the talks, adding that both sides
          had agreed to meet again soon.
        </p>
      </fieldset>

      <fieldset>
        <legend>Reader</legend>
        <label class="toggle">
          <input
            type="checkbox"
            name="sidebar"
            checked={settings.sidebar}
            onChange={(e) => update({ sidebar: (e.currentTarget as HTMLInputElement).checked })}
          />
          <span>
            Show the quotes sidebar
            <p class="hint">Every quotation in the story, grouped by who said it.</p>
          </span>
        </label>
        <label class="toggle">
          <input
            type="checkbox"
            name="strip"
            checked={settings.strip}
            onChange={(e) => update({ strip: (e.currentTarget as HTMLInputElement).checked })}
          />
          <span>
            Hide unrelated stories and promotions
            <p class="hint">
              Removes teasers and boxes pasted into the article. What is hidden can always be shown
              again.
            </p>
          </span>
        </label>
        <Toggle
          name="hideLinks"
          checked={settings.hideLinks}
          label={t('aaHideLinks')}
          hint={t('optionsHideLinksHint')}
          onPick={(hideLinks) => update({ hideLinks })}
        />
        <Toggle
          name="hideImages"
          checked={settings.hideImages}
          label={t('aaHideImages')}
          hint={t('optionsHideImagesHint')}
          onPick={(hideImages) => update({ hideImages })}
        />
      </fieldset>

      <AlwaysOpenSites />

      <Shortcut />

      <p>
        <button type="button" id="reset" onClick={() => update({ ...DEFAULT_SETTINGS })}>
          Restore defaults
        </button>
      </p>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}

const style = document.createElement('style');
style.textContent = css;
document.head.appendChild(style);
render(<Options />, document.getElementById('app')!);
