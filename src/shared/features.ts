/**
 * Parts of the reader that are not needed to show the article (the dyslexia font, read aloud,
 * export, the reading settings panel) are not in content.js. Each is its own script,
 * `features/<name>.js`, that the background injects into the tab's isolated world on first use
 * (see content/features.ts), so opening the reader injects only what the first screen needs.
 */
import type { Article, Quote } from '../core/types.js';
import type { Settings } from './settings.js';

export const FEATURES = ['dyslexic-font', 'settings-panel', 'read-aloud', 'export'] as const;
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
  'settings-panel': SettingsPanel;
  'read-aloud': ReadAloud;
  export: Exporter;
}

/** What the reader gives a feature that works on the open article. */
export interface ArticleContext {
  article: Article;
  /**
   * The reader's shadow root. The feature finds there what it works with: the article body, the
   * sidebar, the scroller, its toolbar button, and the empty places the reader keeps for it
   * (`.vb-listen-slot` for the player, `.vb-appendix` for the quotes printed at the end).
   */
  root: ShadowRoot;
}

/**
 * Listen pressed ('listen': open or close the player), or a shortcut of the reader: K ('toggle':
 * play or pause), J and Shift+J ('next', 'previous': the next or previous quotation). Each opens
 * the player first if it is closed.
 */
export type ListenAction = 'listen' | 'toggle' | 'next' | 'previous';

export interface ReadAloud {
  /** Where the browser has no voice to read with, the Listen button is changed to say so. */
  act(action: ListenAction, context: ArticleContext): Promise<void>;
  /** The reader closed, or shows another article: stop speaking, take the player away. */
  stop(root: ShadowRoot): void;
}

export type QuotesFormat = 'md' | 'csv' | 'json';

export interface Exporter {
  /** Save pressed: opens the Save and Print menu under it, or closes it. */
  toggleMenu(context: ArticleContext): void;
  /** Copies a quote with its citation (the sidebar's Copy). */
  copyQuote(quote: Quote, article: Article): Promise<void>;
}

/**
 * The reader's "Aa" panel (features/settings-panel.tsx). The reader keeps an empty container in
 * its toolbar and calls `render` whenever the panel opens or closes or the settings change; the
 * panel renders its controls into it with its own copy of preact, and takes them away when
 * closed or when the reader has gone.
 */
export interface SettingsPanel {
  render: (container: HTMLElement, props: SettingsPanelProps) => void;
}

export interface SettingsPanelProps {
  open: boolean;
  settings: Settings;
  /** Only ever called for a person's input (the panel checks that events are trusted). */
  onChange: (update: Partial<Settings>) => void;
  /** The button that opens the panel: focus goes back to it on Escape, and a press on it is not
   * a press outside the panel. */
  opener: HTMLElement;
  /** The panel closes itself (Escape, a press outside it) through the reader's state. */
  setOpen: (open: boolean) => void;
}

/** How the reader asks for a feature (content/features.ts `loadFeature`; the reader has no
 * browser APIs of its own). Resolves to null when the feature cannot be loaded. */
export type LoadFeature = <F extends Feature>(feature: F) => Promise<FeatureExports[F] | null>;
