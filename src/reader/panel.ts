/**
 * The quotes panel of narrow windows. It opens on request over the article, and gets out of the
 * way again on its × button, on Escape (before Escape closes the reader) and when a quote is
 * chosen, so that the text it jumps to is in sight. Focus follows it: into the panel when it
 * opens, back to the button that opened it when it closes, as for any disclosure.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface QuotesPanel {
  open: boolean;
  toggle: () => void;
  close: () => void;
  /** The toolbar button that opens the panel: focus comes back to it. */
  opener: RefObject<HTMLButtonElement | null>;
  /** For the reader's root: Escape closes an open panel and is marked handled, so the reader stays. */
  onKeyDown: (event: KeyboardEvent) => void;
}

/** Where focus goes in the open panel: its close button, first in reading order. */
const PANEL_FOCUS = '#vb-sidebar .vb-panel-close';

export function useQuotesPanel(): QuotesPanel {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  // A layout effect, not a plain one: focus moves in the same task that shows or hides the panel,
  // so a key pressed right after never lands on the button the panel now covers.
  useLayoutEffect(() => {
    if (open === wasOpen.current) return;
    wasOpen.current = open;
    const root = opener.current?.getRootNode() as ParentNode | undefined;
    const target = open ? root?.querySelector<HTMLElement>(PANEL_FOCUS) : opener.current;
    target?.focus({ preventScroll: true });
  }, [open]);

  return {
    open,
    opener,
    toggle: () => setOpen(!open),
    close: () => setOpen(false),
    onKeyDown: (event) => {
      if (!open || event.key !== 'Escape') return;
      event.preventDefault();
      setOpen(false);
    },
  };
}
