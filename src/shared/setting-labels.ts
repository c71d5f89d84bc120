/**
 * The names a person sees for each choice of a setting, as message keys (src/_locales). The
 * reader's "Aa" panel and the options page both build their controls from these and from the
 * lists in settings.ts, so the two always offer the same choices under the same names.
 */
import type { MessageKey } from './i18n.js';
import type { Alignment, Font, Theme } from './settings.js';

export const THEME_LABELS: Record<Theme, MessageKey> = {
  auto: 'aaThemeAuto',
  light: 'aaThemeLight',
  sepia: 'aaThemeSepia',
  dark: 'aaThemeDark',
  contrast: 'aaThemeContrast',
};

export const FONT_LABELS: Record<Font, MessageKey> = {
  serif: 'aaFontSerif',
  sans: 'aaFontSans',
  mono: 'aaFontMono',
  dyslexic: 'aaFontDyslexic',
};

export const ALIGNMENT_LABELS: Record<Alignment, MessageKey> = {
  start: 'aaAlignStart',
  justify: 'aaAlignJustify',
};

/** What a theme choice shows beside its name: its background, and its text or link colour. */
export const THEME_SWATCHES: Record<Theme, string> = {
  auto: 'linear-gradient(135deg, #fdfdfb 50%, #17181b 50%)',
  light: '#fdfdfb',
  sepia: '#f5edd9',
  dark: '#17181b',
  contrast: 'linear-gradient(135deg, #000000 50%, #ffff00 50%)',
};
