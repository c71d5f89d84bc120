/**
 * Parts of the reader that are not needed to show the article (the dyslexia font, read aloud,
 * export, the reading settings panel) are not in content.js. Each is its own script,
 * `features/<name>.js`, that the background injects into the tab's isolated world on first use
 * (see content/features.ts), so opening the reader injects only what the first screen needs.
 */
export const FEATURES = ['dyslexic-font'] as const;
export type Feature = (typeof FEATURES)[number];

export function isFeature(value: unknown): value is Feature {
  return typeof value === 'string' && (FEATURES as readonly string[]).includes(value);
}

/** The script that holds a feature, relative to the extension's root. */
export function featureFile(feature: Feature): string {
  return `features/${feature}.js`;
}

/**
 * What each feature script hands to the content script once injected. A feature with nothing to
 * hand over (the font registers itself with the page) maps to `true`.
 */
export interface FeatureExports {
  'dyslexic-font': true;
}
