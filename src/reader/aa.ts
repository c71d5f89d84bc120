/**
 * The toolbar's "Aa" button and the reading settings panel it opens. Only the button and an empty
 * container are here: the controls, and the panel's keyboard and pointer handling, are a feature
 * script loaded the first time the panel opens (features/settings-panel.tsx), so opening the
 * reader injects none of them.
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { LoadFeature, SettingsPanel } from '../shared/features.js';
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
  const loaded = useRef<SettingsPanel | null>(null);
  /** Set by the button: focus moves into the panel once its controls are there. */
  const focusIn = useRef(false);

  // A layout effect: once the script is loaded the panel shows, and takes focus, in the same task
  // as the click that opened it, so a key pressed right after already lands in the panel.
  useLayoutEffect(() => {
    const box = container.current;
    if (!box) return;
    const show = (panel: SettingsPanel): void => {
      loaded.current = panel;
      box.hidden = false;
      const close = (restoreFocus: boolean): void => {
        setOpen(false);
        if (restoreFocus) button.current?.focus({ preventScroll: true });
      };
      panel.render(box, {
        settings,
        onChange,
        opener: button.current!,
        focus: focusIn.current,
        close,
      });
      focusIn.current = false;
    };
    if (!open) {
      loaded.current?.unmount(box);
      box.hidden = true;
    } else if (loaded.current) show(loaded.current);
    else {
      let current = true;
      // Could not be loaded: the reader goes on without the panel.
      void loadFeature?.('settings-panel').then((p) => current && (p ? show(p) : setOpen(false)));
      return () => void (current = false);
    }
  }, [open, settings]);

  // The reader closing with the panel open: the panel's own tree and listeners go too.
  useEffect(() => () => void (container.current && loaded.current?.unmount(container.current)), []);

  return {
    open,
    button,
    container,
    toggle: () => {
      focusIn.current = !open;
      setOpen(!open);
    },
  };
}
