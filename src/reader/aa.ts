/**
 * The toolbar's "Aa" button and the reading settings panel it opens. Only the button, an empty
 * container and the open state are here: the controls, focus, and the panel's keyboard and
 * pointer handling are a feature script loaded the first time the panel opens
 * (features/settings-panel.tsx), so opening the reader injects none of them.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { LoadFeature } from '../shared/features.js';
import type { Settings } from '../shared/settings.js';

export interface SettingsPanelState {
  open: boolean;
  toggle: () => void;
  button: RefObject<HTMLButtonElement | null>;
  container: RefObject<HTMLDivElement | null>;
}

export function useSettingsPanel(
  loadFeature: LoadFeature | undefined,
  settings: Settings,
  onChange: (update: Partial<Settings>) => void,
): SettingsPanelState {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const used = useRef(false);

  // A layout effect: once the script is loaded (a microtask) the panel shows and takes focus in
  // the same task as the click that opened it, so a key pressed right after lands in the panel.
  useLayoutEffect(() => {
    used.current ||= open;
    const box = container.current;
    if (!used.current || !box) return;
    let current = true;
    const opener = button.current!;
    // Could not be loaded: the reader goes on without the panel.
    void loadFeature?.('settings-panel').then(
      (panel) =>
        current &&
        (panel ? panel.render(box, { open, settings, onChange, opener, setOpen }) : setOpen(false)),
    );
    return () => void (current = false);
  }, [open, settings]);

  return { open, button, container, toggle: () => setOpen(!open) };
}
