/** Settings in storage.sync: the browser edge of the settings schema. */
import browser from 'webextension-polyfill';
import {
  parseSettings,
  SETTING_KEYS,
  SETTINGS_VERSION,
  validUpdate,
  VERSION_KEY,
  type Settings,
} from './settings.js';

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await browser.storage.sync.get(null));
  } catch {
    return parseSettings({}); // storage unavailable (e.g. sync disabled by policy): defaults
  }
}

export async function saveSettings(update: Partial<Settings>): Promise<void> {
  const clean = validUpdate(update);
  if (!Object.keys(clean).length) return;
  await browser.storage.sync.set({ ...clean, [VERSION_KEY]: SETTINGS_VERSION });
}

/** Calls `listener` with the full, valid settings whenever a setting changes in storage.sync. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handle = (changes: Record<string, unknown>, area: string): void => {
    if (area !== 'sync' || !SETTING_KEYS.some((key) => key in changes)) return;
    void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
