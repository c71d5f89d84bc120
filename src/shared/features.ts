/**
 * Parts of the reader that are not needed to show the article (the dyslexia font, read aloud,
 * export, the reading settings panel) are not in content.js. Each is its own script,
 * `features/<name>.js`, that the background injects into the tab's isolated world on first use
 * (see content/features.ts), so opening the reader injects only what the first screen needs.
 */
import type { Article } from '../core/types.js';

export const FEATURES = ['dyslexic-font', 'read-aloud', 'export'] as const;
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
  'read-aloud': ReadAloud;
  export: Exporter;
}

/** What the reader gives a feature that works on the open article. */
export interface ArticleContext {
  article: Article;
  /** The reader's shadow root: the article body, the sidebar and the scroller are found in it. */
  root: ShadowRoot;
  /** The element the feature draws its controls into (the reader leaves it empty). */
  slot: HTMLElement;
}

/** Read aloud, once started. */
export interface Player {
  /** Play or pause. */
  toggle(): void;
  /** Reads from the next (1) or the previous (-1) quotation. */
  quote(step: 1 | -1): void;
  /** Stops speaking and takes its controls and marks away. */
  stop(): void;
}

export interface ReadAloud {
  /** A player reading from the start; null when the browser has no voice to read with. */
  open(context: ArticleContext): Promise<Player | null>;
}

export interface SaveContext extends ArticleContext {
  /** Where the quotes listed for printing go: shown only in print. */
  appendix: HTMLElement;
  /** The menu asks to be closed (Escape): the reader takes it away and refocuses its button. */
  onClose: () => void;
}

export interface Exporter {
  /** Shows the Save and Print menu in the slot; returns what takes it away again. */
  openMenu(context: SaveContext): () => void;
}
