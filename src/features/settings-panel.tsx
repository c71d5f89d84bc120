/**
 * The reader's "Aa" panel: font, sizes, spacing, alignment, theme, and hiding links or images.
 * Loaded on first use (shared/features.ts): the reader keeps an empty container in its toolbar
 * and this script renders the controls into it with its own copy of preact, and brings its own
 * styles into the reader's shadow root. Every change goes to the synced settings at once, so the
 * reader (and every other open reader) applies it live; only a person's input counts.
 */
import { render, type JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { registerFeature } from '../content/feature-registry.js';
import type { SettingsPanelProps } from '../shared/features.js';
import { t, type MessageKey } from '../shared/i18n.js';
import {
  ALIGNMENTS,
  FONT_SIZE,
  FONTS,
  LETTER_SPACING,
  LINE_HEIGHT,
  LINE_WIDTH,
  THEMES,
  WORD_SPACING,
  type NumberRange,
  type Settings,
} from '../shared/settings.js';
import {
  ALIGNMENT_LABELS,
  FONT_LABELS,
  THEME_LABELS,
  THEME_SWATCHES,
} from '../shared/setting-labels.js';
import { FONT_STACKS } from '../reader/fonts.js';
import { byPerson } from '../reader/by-person.js';
import css from './settings-panel.css';

type OnChange = SettingsPanelProps['onChange'];

interface ChoicesProps<T extends string> {
  name: keyof Settings;
  legend: MessageKey;
  choices: readonly T[];
  labels: Record<T, MessageKey>;
  current: T;
  onPick: (choice: T) => void;
  /** Something shown beside each name (a theme's colours), or a style for the name itself. */
  decorate?: (choice: T) => { swatch?: string; style?: string };
}

/** One setting with a few named choices: a group of radio buttons, each name visible. */
function Choices<T extends string>(props: ChoicesProps<T>): JSX.Element {
  return (
    <fieldset class="vb-aa-set">
      <legend>{t(props.legend)}</legend>
      <div class="vb-aa-choices">
        {props.choices.map((choice) => {
          const look = props.decorate?.(choice) ?? {};
          return (
            <label class="vb-aa-choice" data-choice={choice}>
              <input
                type="radio"
                name={`vb-aa-${props.name}`}
                value={choice}
                checked={props.current === choice}
                onChange={byPerson(() => props.onPick(choice))}
              />
              {look.swatch && (
                <span class="vb-swatch" style={{ background: look.swatch }} aria-hidden="true" />
              )}
              <span style={look.style}>{t(props.labels[choice])}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/**
 * Dragging a slider gives an input event per step; storage.sync takes 120 writes a minute. The
 * value shown follows the thumb at once, and is saved at most this often while it moves (the
 * last value always), so the reader still follows the drag live.
 */
const SAVE_EVERY_MS = 200;
/** A stored value arriving this soon after the person moved the slider is an older echo. */
const SETTLE_MS = 600;

interface SliderProps {
  name: keyof Settings;
  label: MessageKey;
  range: NumberRange;
  value: number;
  unit: string;
  onPick: (value: number) => void;
}

function Slider({ name, label, range, value, unit, onPick }: SliderProps): JSX.Element {
  const [shown, setShown] = useState(value);
  const lastInput = useRef(0);
  const lastSave = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<number | null>(null);

  useEffect(() => {
    if (Date.now() - lastInput.current > SETTLE_MS) setShown(value);
  }, [value]);

  const save = (): void => {
    timer.current = undefined;
    if (pending.current === null) return;
    lastSave.current = Date.now();
    onPick(pending.current);
    pending.current = null;
  };
  // Closing the panel mid-drag still keeps the last value.
  useEffect(() => () => (clearTimeout(timer.current), save()), []);

  const onInput = byPerson((event: Event) => {
    const next = Number(Number((event.currentTarget as HTMLInputElement).value).toFixed(2));
    lastInput.current = Date.now();
    setShown(next);
    pending.current = next;
    if (timer.current !== undefined) return;
    const wait = lastSave.current + SAVE_EVERY_MS - Date.now();
    if (wait <= 0) save();
    else timer.current = setTimeout(save, wait);
  });

  const id = `vb-aa-${name}`;
  return (
    <div class="vb-aa-slider">
      <label for={id}>{t(label)}</label>
      <output for={id}>
        {shown}
        {unit}
      </output>
      <input
        id={id}
        type="range"
        min={range.min}
        max={range.max}
        step={range.step}
        value={shown}
        onInput={onInput}
      />
    </div>
  );
}

function Toggle(props: {
  name: 'hideLinks' | 'hideImages';
  settings: Settings;
  onChange: OnChange;
}): JSX.Element {
  const label: MessageKey = props.name === 'hideLinks' ? 'aaHideLinks' : 'aaHideImages';
  return (
    <label class="vb-aa-toggle">
      <input
        type="checkbox"
        name={`vb-aa-${props.name}`}
        checked={props.settings[props.name]}
        onChange={byPerson((event: Event) =>
          props.onChange({ [props.name]: (event.currentTarget as HTMLInputElement).checked }),
        )}
      />
      {t(label)}
    </label>
  );
}

function Panel({ settings, onChange }: SettingsPanelProps): JSX.Element {
  const slider = (name: keyof Settings & NumericSetting, label: MessageKey, unit: string) => (
    <Slider
      name={name}
      label={label}
      range={RANGES[name]}
      value={settings[name]}
      unit={unit}
      onPick={(value) => onChange({ [name]: value })}
    />
  );
  return (
    <>
      <Choices
        name="font"
        legend="aaFont"
        choices={FONTS}
        labels={FONT_LABELS}
        current={settings.font}
        onPick={(font) => onChange({ font })}
        decorate={(font) => ({ style: `font-family: ${FONT_STACKS[font]}` })}
      />
      {slider('fontSize', 'aaTextSize', ' px')}
      {slider('lineHeight', 'aaLineHeight', '')}
      {slider('lineWidth', 'aaContentWidth', ' ch')}
      {slider('letterSpacing', 'aaLetterSpacing', ' em')}
      {slider('wordSpacing', 'aaWordSpacing', ' em')}
      <Choices
        name="align"
        legend="aaAlign"
        choices={ALIGNMENTS}
        labels={ALIGNMENT_LABELS}
        current={settings.align}
        onPick={(align) => onChange({ align })}
      />
      <Choices
        name="theme"
        legend="aaTheme"
        choices={THEMES}
        labels={THEME_LABELS}
        current={settings.theme}
        onPick={(theme) => onChange({ theme })}
        decorate={(theme) => ({ swatch: THEME_SWATCHES[theme] })}
      />
      <div class="vb-aa-set">
        <Toggle name="hideLinks" settings={settings} onChange={onChange} />
        <Toggle name="hideImages" settings={settings} onChange={onChange} />
      </div>
    </>
  );
}

type NumericSetting = 'fontSize' | 'lineHeight' | 'lineWidth' | 'letterSpacing' | 'wordSpacing';
const RANGES: Record<NumericSetting, NumberRange> = {
  fontSize: FONT_SIZE,
  lineHeight: LINE_HEIGHT,
  lineWidth: LINE_WIDTH,
  letterSpacing: LETTER_SPACING,
  wordSpacing: WORD_SPACING,
};

/** The panel's styles, added to the reader's shadow root the first time it opens there. */
let sheet: CSSStyleSheet | null = null;
function adoptStyles(container: HTMLElement): void {
  const root = container.getRootNode() as ShadowRoot | Document;
  if (!('adoptedStyleSheets' in root)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  if (!root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * What the open panel listens to, outside its own controls: the window's size (the panel hangs
 * below the toolbar, ends above the window's bottom and scrolls inside), Escape anywhere in the
 * reader (it closes the panel, not the reader: the reader's own handler sees it handled, and
 * focus goes back to the Aa button), and a press outside the panel and its button (it closes the
 * panel). Kept per container, with the latest props, until the panel closes or the reader goes.
 */
interface Watch {
  props: SettingsPanelProps;
  stop: () => void;
}
const watching = new WeakMap<HTMLElement, Watch>();

function watch(container: HTMLElement, props: SettingsPanelProps): void {
  const existing = watching.get(container);
  if (existing) return void (existing.props = props);
  const view = container.ownerDocument.defaultView!;
  const root = container.getRootNode() as ShadowRoot | Document;
  const close = (restoreFocus: boolean): void => {
    entry.props.setOpen(false);
    if (restoreFocus) entry.props.opener.focus({ preventScroll: true });
  };
  const fit = (): void => {
    if (!container.isConnected) return hide(container); // the reader closed with the panel open
    const top = container.getBoundingClientRect().top;
    container.style.maxHeight = `${Math.max(160, view.innerHeight - top - 8)}px`;
  };
  const onKeyDown = (event: Event): void => {
    const key = event as KeyboardEvent;
    if (key.key !== 'Escape' || !key.isTrusted || key.defaultPrevented) return;
    key.preventDefault();
    close(true);
  };
  const onPointerDown = (event: Event): void => {
    const path = event.composedPath();
    if (!path.includes(container) && !path.includes(entry.props.opener)) close(false);
  };
  fit();
  view.addEventListener('resize', fit);
  root.addEventListener('keydown', onKeyDown);
  root.addEventListener('pointerdown', onPointerDown);
  const entry: Watch = {
    props,
    stop: () => {
      view.removeEventListener('resize', fit);
      root.removeEventListener('keydown', onKeyDown);
      root.removeEventListener('pointerdown', onPointerDown);
    },
  };
  watching.set(container, entry);
}

function hide(container: HTMLElement): void {
  render(null, container);
  container.hidden = true;
  container.style.removeProperty('max-height');
  watching.get(container)?.stop();
  watching.delete(container);
}

registerFeature('settings-panel', {
  render: (container, props) => {
    if (!props.open) return hide(container);
    const opening = !watching.has(container);
    adoptStyles(container);
    container.className = 'vb-aa-panel';
    container.setAttribute('role', 'group');
    container.setAttribute('aria-label', t('aaButtonName'));
    container.hidden = false;
    render(<Panel {...props} />, container);
    watch(container, props);
    // Focus moves in when the panel opens, to the choice made (or the first control).
    if (opening)
      container.querySelector<HTMLElement>('input:checked, input')?.focus({ preventScroll: true });
  },
});
