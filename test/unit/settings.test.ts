import { describe, expect, it } from 'vitest';
import {
  ALIGNMENTS,
  DEFAULT_SETTINGS,
  FONT_SIZE,
  FONTS,
  LETTER_SPACING,
  LINE_HEIGHT,
  THEMES,
  WORD_SPACING,
  migrate,
  parseSettings,
  SETTINGS_VERSION,
  stepValue,
  validUpdate,
  VERSION_KEY,
} from '../../src/shared/settings.js';

describe('settings', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back per key: one corrupt value does not cost the others', () => {
    const stored = {
      theme: 'dark',
      font: 'wingdings',
      fontSize: 'huge',
      lineWidth: 80,
      lineHeight: NaN,
      sidebar: 'yes',
      strip: false,
      [VERSION_KEY]: SETTINGS_VERSION,
    };
    expect(parseSettings(stored)).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      lineWidth: 80,
      strip: false,
    });
  });

  it('rejects numbers out of range', () => {
    expect(parseSettings({ fontSize: FONT_SIZE.max + 1 }).fontSize).toBe(DEFAULT_SETTINGS.fontSize);
    expect(parseSettings({ fontSize: FONT_SIZE.min }).fontSize).toBe(FONT_SIZE.min);
    expect(parseSettings({ lineHeight: Infinity }).lineHeight).toBe(DEFAULT_SETTINGS.lineHeight);
  });

  it("keeps read aloud's voice, speed and speakers choice, and falls back per key", () => {
    const chosen = { listenVoice: 'Anna (de-DE)', listenRate: 1.5, listenSpeakers: false };
    expect(parseSettings(chosen)).toEqual({ ...DEFAULT_SETTINGS, ...chosen });
    // A speed the player does not offer, a name no voice has, a word for a boolean.
    const corrupt = { listenVoice: 'x'.repeat(201), listenRate: 7, listenSpeakers: 'no' };
    expect(parseSettings(corrupt)).toEqual(DEFAULT_SETTINGS);
    expect(validUpdate({ listenRate: 0.6, listenVoice: '' })).toEqual({ listenVoice: '' });
  });

  it('ignores keys it does not know', () => {
    expect(parseSettings({ theme: 'sepia', somethingNew: 1 })).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'sepia',
    });
  });

  it('reads settings stored before the version key as the first shipped shape', () => {
    const unversioned = { fontSize: 22, sidebar: false, theme: 'light' };
    expect(migrate(unversioned)).toEqual(unversioned);
    expect(parseSettings(unversioned)).toEqual({ ...DEFAULT_SETTINGS, ...unversioned });
  });

  it('runs each migration step from the stored version up to the current one', () => {
    const steps: number[] = [];
    const migrations = {
      0: (raw: Record<string, unknown>) => (steps.push(0), { ...raw, a: 1 }),
      [SETTINGS_VERSION]: () => {
        throw new Error('a step from the current version must never run');
      },
    };
    expect(migrate({ theme: 'dark' }, migrations)).toEqual({ theme: 'dark', a: 1 });
    expect(steps).toEqual([0]);
  });

  it('does not migrate settings already at the current version', () => {
    const current = { fontSize: 20, showQuotes: false, [VERSION_KEY]: SETTINGS_VERSION };
    expect(migrate(current)).toBe(current);
  });

  it('stores only valid updates', () => {
    expect(
      validUpdate({ theme: 'dark', fontSize: 500, font: 'sans', sidebar: 1 as unknown as boolean }),
    ).toEqual({ theme: 'dark', font: 'sans' });
  });

  it('gives a record stored before the reading settings panel the new keys at their defaults', () => {
    const old = { theme: 'sepia', font: 'dyslexic', fontSize: 24, [VERSION_KEY]: SETTINGS_VERSION };
    expect(parseSettings(old)).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'sepia',
      font: 'dyslexic',
      fontSize: 24,
      letterSpacing: 0,
      wordSpacing: 0,
      align: 'start',
      hideLinks: false,
      hideImages: false,
    });
  });

  it('reads every new choice and range, and falls back per key when one is corrupt', () => {
    expect(THEMES).toContain('contrast');
    expect(FONTS).toContain('mono');
    const stored = {
      theme: 'contrast',
      font: 'mono',
      letterSpacing: LETTER_SPACING.max,
      wordSpacing: 0.25,
      align: 'justify',
      hideLinks: true,
      hideImages: true,
    };
    expect(parseSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, ...stored });
    const corrupt = {
      theme: 'contrast',
      letterSpacing: LETTER_SPACING.max + 0.01,
      wordSpacing: '0.2',
      align: 'center',
      hideLinks: 'true',
      hideImages: true,
    };
    expect(parseSettings(corrupt)).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'contrast',
      hideImages: true,
    });
    expect(parseSettings({ wordSpacing: -WORD_SPACING.step }).wordSpacing).toBe(0);
    expect(ALIGNMENTS.map((align) => parseSettings({ align }).align)).toEqual(ALIGNMENTS);
  });

  it('stores only valid values of the new keys', () => {
    expect(
      validUpdate({ align: 'justify', hideLinks: 1, letterSpacing: 0.04, wordSpacing: 9 }),
    ).toEqual({ align: 'justify', letterSpacing: 0.04 });
  });

  it('steps numbers without drifting and stays in range', () => {
    let h = DEFAULT_SETTINGS.lineHeight;
    for (let i = 0; i < 3; i++) h = stepValue(LINE_HEIGHT, h, 1);
    expect(h).toBe(1.9);
    expect(stepValue(FONT_SIZE, FONT_SIZE.max, 1)).toBe(FONT_SIZE.max);
    expect(stepValue(FONT_SIZE, FONT_SIZE.min, -1)).toBe(FONT_SIZE.min);
  });
});
