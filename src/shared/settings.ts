/**
 * Settings: one typed schema with defaults, per-key validation and versioned migrations.
 *
 * The type is derived from the defaults object, so adding a setting means adding one default and
 * one validator. Every key is read on its own and falls back to its default when it is missing,
 * corrupt or from an older version, so a bad stored value can never break the reader.
 */

export const THEMES = ['auto', 'light', 'sepia', 'dark', 'contrast'] as const;
export const FONTS = ['serif', 'sans', 'mono', 'dyslexic'] as const;
/** `start` follows the article's direction (left in English, right in Arabic). */
export const ALIGNMENTS = ['start', 'justify'] as const;
export type Theme = (typeof THEMES)[number];
export type Font = (typeof FONTS)[number];
export type Alignment = (typeof ALIGNMENTS)[number];

/** A number setting's range; the reader panel and the options page build their controls from it. */
export interface NumberRange {
  min: number;
  max: number;
  step: number;
}

export const FONT_SIZE = { min: 14, max: 32, step: 1 } as const;
export const LINE_WIDTH = { min: 30, max: 90, step: 2 } as const; // in `ch`
export const LINE_HEIGHT = { min: 1.2, max: 2.2, step: 0.1 } as const;
/** Extra space between letters and between words, in `em` of the text (WCAG 1.4.12 asks for
 * 0.12 and 0.16 to keep working; the ranges go past that). */
export const LETTER_SPACING = { min: 0, max: 0.2, step: 0.02 } as const;
export const WORD_SPACING = { min: 0, max: 0.6, step: 0.05 } as const;

/** Read aloud's speeds, as the player offers them. */
export const LISTEN_RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
/** Longer than any voice's name: a longer stored value is not one. */
const VOICE_NAME_CHARS = 200;

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS = {
  theme: 'auto' as Theme,
  font: 'serif' as Font,
  /** Body text size in CSS pixels. */
  fontSize: 19,
  /** Maximum line length in `ch`. */
  lineWidth: 66,
  lineHeight: 1.6,
  /** Extra letter spacing in `em`. */
  letterSpacing: 0,
  /** Extra word spacing in `em`. */
  wordSpacing: 0,
  align: 'start' as Alignment,
  /** Links shown as plain text (they stay in the text, in their place). */
  hideLinks: false,
  /** Pictures, figures and video embeds left out of the article. */
  hideImages: false,
  /** Show the quote and speaker sidebar. */
  sidebar: true,
  /** Remove unrelated embedded stories and boilerplate from the article. */
  strip: true,
  /**
   * Read aloud's voice, by name; '' (or a voice this browser lacks) takes the first voice for
   * the article's language.
   */
  listenVoice: '',
  listenRate: 1,
  /** Read aloud says who is speaking ("Mike Pompeo:") before each quotation. */
  listenSpeakers: true,
};

export type Settings = typeof DEFAULT_SETTINGS;
export type SettingKey = keyof Settings;

type Validator<T> = (value: unknown) => value is T;

const oneOf =
  <T extends string>(choices: readonly T[]): Validator<T> =>
  (value: unknown): value is T =>
    typeof value === 'string' && (choices as readonly string[]).includes(value);

const numberIn =
  (min: number, max: number): Validator<number> =>
  (value: unknown): value is number =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

const isVoiceName: Validator<string> = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= VOICE_NAME_CHARS;

const isListenRate: Validator<number> = (value: unknown): value is number =>
  (LISTEN_RATES as readonly unknown[]).includes(value);

const isBoolean: Validator<boolean> = (value: unknown): value is boolean =>
  typeof value === 'boolean';

const VALIDATORS: { [K in SettingKey]: Validator<Settings[K]> } = {
  theme: oneOf(THEMES),
  font: oneOf(FONTS),
  fontSize: numberIn(FONT_SIZE.min, FONT_SIZE.max),
  lineWidth: numberIn(LINE_WIDTH.min, LINE_WIDTH.max),
  lineHeight: numberIn(LINE_HEIGHT.min, LINE_HEIGHT.max),
  letterSpacing: numberIn(LETTER_SPACING.min, LETTER_SPACING.max),
  wordSpacing: numberIn(WORD_SPACING.min, WORD_SPACING.max),
  align: oneOf(ALIGNMENTS),
  hideLinks: isBoolean,
  hideImages: isBoolean,
  sidebar: isBoolean,
  strip: isBoolean,
  listenVoice: isVoiceName,
  listenRate: isListenRate,
  listenSpeakers: isBoolean,
};

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

/** The storage key that records which schema version the stored settings follow. */
export const VERSION_KEY = 'settingsVersion';

/**
 * Migrations from older stored shapes, keyed by the version they upgrade FROM.
 * Each takes the raw stored record and returns the record for the next version.
 */
export type RawRecord = Record<string, unknown>;
export type Migrations = Readonly<Record<number, (raw: RawRecord) => RawRecord>>;
/** Empty: version 1 is the first shape that shipped. A change of shape adds its step here. */
const MIGRATIONS: Migrations = {};

export function migrate(raw: RawRecord, migrations: Migrations = MIGRATIONS): RawRecord {
  const stored = raw[VERSION_KEY];
  let version = typeof stored === 'number' && Number.isInteger(stored) ? stored : 0;
  let record = raw;
  while (version < SETTINGS_VERSION) {
    const step = migrations[version];
    if (step) record = step(record);
    version++;
  }
  return record;
}

/** Reads one setting from a raw record, falling back to its default when invalid. */
function readSetting<K extends SettingKey>(raw: RawRecord, key: K): Settings[K] {
  const value = raw[key];
  const validate = VALIDATORS[key] as Validator<Settings[K]>;
  return validate(value) ? value : DEFAULT_SETTINGS[key];
}

/** Turns whatever storage returned (possibly nothing, junk or an old shape) into valid settings. */
export function parseSettings(raw: unknown): Settings {
  const record: RawRecord = raw !== null && typeof raw === 'object' ? (raw as RawRecord) : {};
  const migrated = migrate(record);
  const out = {} as Settings;
  for (const key of SETTING_KEYS)
    (out as Record<SettingKey, unknown>)[key] = readSetting(migrated, key);
  return out;
}

/** Validates a partial update; invalid values are dropped rather than stored. */
export function validUpdate(update: Partial<Record<SettingKey, unknown>>): Partial<Settings> {
  const out: Partial<Record<SettingKey, unknown>> = {};
  for (const key of SETTING_KEYS) {
    if (!(key in update)) continue;
    const value = update[key];
    if ((VALIDATORS[key] as Validator<unknown>)(value)) out[key] = value;
  }
  return out as Partial<Settings>;
}

/** Rounds a stepped number setting so that repeated +/- clicks never drift (0.1 + 0.2 …). */
export function stepValue(range: NumberRange, value: number, direction: 1 | -1): number {
  const next = value + direction * range.step;
  const rounded = Math.round(next / range.step) * range.step;
  return Math.min(range.max, Math.max(range.min, Number(rounded.toFixed(2))));
}
