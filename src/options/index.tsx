/** The options page: every setting, saved the moment it changes, synced through storage.sync. */
import browser from 'webextension-polyfill';
import { render, type JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  FONT_SIZE,
  FONTS,
  LINE_HEIGHT,
  LINE_WIDTH,
  THEMES,
  DEFAULT_SETTINGS,
  type Font,
  type Settings,
  type Theme,
} from '../shared/settings.js';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/storage.js';
import { COMMAND_TOGGLE } from '../shared/messages.js';
import { FONT_STACKS } from '../reader/fonts.js';
import css from './options.css';
import { AlwaysOpenSites } from './sites.js';

declare const __BROWSER__: 'chrome' | 'firefox';

const THEME_NAMES: Record<Theme, string> = {
  auto: 'Match the system',
  light: 'Light',
  sepia: 'Sepia',
  dark: 'Dark',
};
const FONT_NAMES: Record<Font, string> = {
  serif: 'Serif',
  sans: 'Sans-serif',
  dyslexic: 'OpenDyslexic (dyslexia-friendly)',
};

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
          {THEMES.map((t) => (
            <Choice
              name="theme"
              value={t}
              current={settings.theme}
              label={THEME_NAMES[t]}
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
              label={FONT_NAMES[f]}
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
        <p
          class="preview"
          style={{
            fontFamily: FONT_STACKS[settings.font],
            fontSize: `${settings.fontSize}px`,
            lineHeight: settings.lineHeight,
            maxWidth: `${settings.lineWidth}ch`,
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
