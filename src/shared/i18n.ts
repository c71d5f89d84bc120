/**
 * Every string a person sees goes through `t`, so the browser shows it in their language
 * (src/_locales/<lang>/messages.json; English is the default and the reference for the keys).
 *
 * `chrome.i18n` is synchronous and present in every extension context of both browsers, the
 * content script included. Where it is missing (the CLI, unit tests under Node) the key's English
 * text comes from the table a test installs with `useMessagesForTesting`, else the key itself.
 */
import type english from '../_locales/en/messages.json';

export type MessageKey = keyof typeof english;

interface I18n {
  getMessage(key: string, substitutions?: string | string[]): string;
}

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

let fallback: Partial<Record<string, Entry>> | null = null;

function browserI18n(): I18n | undefined {
  const scope = globalThis as { chrome?: { i18n?: I18n } };
  return scope.chrome?.i18n;
}

export function t(key: MessageKey, substitutions?: string | string[]): string {
  const translated = browserI18n()?.getMessage(key, substitutions);
  if (translated) return translated;
  const entry = fallback?.[key];
  if (!entry) return key;
  const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  // chrome.i18n's form: `$NAME$` stands for its placeholder's content, itself `$1`, `$2`…
  const named = entry.message.replace(
    /\$([A-Za-z_]\w*)\$/g,
    (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole,
  );
  return named.replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
}

/** The direction of the browser's UI language: the reader's chrome mirrors for RTL. */
export function uiDirection(): 'ltr' | 'rtl' {
  return browserI18n()?.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

/** The browser's UI language as a BCP 47 tag ("pt-BR"), for the lang of the reader's chrome. */
export function uiLanguage(): string {
  return browserI18n()?.getMessage('@@ui_locale')?.replace('_', '-') || 'en';
}

/** Unit tests under Node have no browser: they read the English table this way. */
export function useMessagesForTesting(messages: typeof fallback): void {
  fallback = messages;
}
