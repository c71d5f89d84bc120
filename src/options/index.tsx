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
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/storage.js';
import { COMMAND_TOGGLE } from '../shared/messages.js';
import { FONT_STACKS } from '../reader/fonts.js';
import css from './options.css';
import { AlwaysOpenSites } from './sites.js';
import { t, uiDirection, uiLanguage } from '../shared/i18n.js';

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

/** Where the shortcut goes in the sentence is the translation's choice: its text splits there. */
const KEY_MARK = '\uE000';

function ShortcutLine({ shortcut }: { shortcut: string | null }): JSX.Element {
  const [before = '', after = ''] = t('optionsShortcutLine', KEY_MARK).split(KEY_MARK);
  return (
    <>
      {before}
      {shortcut ? (
        <kbd id="shortcut">{shortcut}</kbd>
      ) : (
        <em id="shortcut">{shortcut === null ? '…' : t('optionsNoShortcut')}</em>
      )}
      {after}
    </>
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
      <legend>{t('optionsShortcut')}</legend>
      <p id="shortcut-line">
        <ShortcutLine shortcut={key} />
      </p>
      <button type="button" id="change-shortcut" onClick={change}>
        {t('optionsChangeShortcut')}
      </button>
      <p class="hint">{t('optionsShortcutHint')}</p>
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
      () => setStatus(t('optionsSaved')),
      () => setStatus(t('optionsSaveFailed')),
    );
  };

  return (
    <main>
      <header>
        <img src="icons/icon-128.png" alt="" />
        <div>
          <h1>{t('optionsTitle')}</h1>
          <p class="lead">{t('optionsLead')}</p>
        </div>
      </header>

      <fieldset>
        <legend>{t('optionsTheme')}</legend>
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
        <legend>{t('optionsTypography')}</legend>
        <div class="choices" role="radiogroup" aria-label={t('optionsFont')}>
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
          label={t('optionsTextSize')}
          range={FONT_SIZE}
          value={settings.fontSize}
          unit=" px"
          onPick={(fontSize) => update({ fontSize })}
        />
        <Range
          id="lineWidth"
          label={t('optionsLineWidth')}
          range={LINE_WIDTH}
          value={settings.lineWidth}
          unit=" ch"
          onPick={(lineWidth) => update({ lineWidth })}
        />
        <Range
          id="lineHeight"
          label={t('optionsLineSpacing')}
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
          {t('optionsPreview')}
        </p>
      </fieldset>

      <fieldset>
        <legend>{t('optionsReader')}</legend>
        <label class="toggle">
          <input
            type="checkbox"
            name="sidebar"
            checked={settings.sidebar}
            onChange={(e) => update({ sidebar: (e.currentTarget as HTMLInputElement).checked })}
          />
          <span>
            {t('optionsSidebar')}
            <p class="hint">{t('optionsSidebarHint')}</p>
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
            {t('optionsStrip')}
            <p class="hint">{t('optionsStripHint')}</p>
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
          {t('optionsReset')}
        </button>
      </p>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}

// The page speaks the browser's UI language, and mirrors for a right-to-left one.
document.documentElement.lang = uiLanguage();
document.documentElement.dir = uiDirection();
document.title = t('optionsTitle');
const style = document.createElement('style');
style.textContent = css;
document.head.appendChild(style);
render(<Options />, document.getElementById('app')!);
