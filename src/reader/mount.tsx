/**
 * Puts the reader on the page in an isolated surface: a shadow root on one host element, styled
 * by a constructable sheet (allowed under strict CSP), shown in the top layer where supported so
 * page z-index games cannot cover it. Unmounting leaves no trace on the page.
 */
import { render } from 'preact';
import type { ReadResult } from '../core/types.js';
import type { Settings } from '../shared/settings.js';
import { Reader } from './App.js';
import readerCss from './reader.css';

export interface ReaderCallbacks {
  onClose: () => void;
  onChange: (update: Partial<Settings>) => void;
}

export interface MountedReader {
  update: (result: ReadResult, settings: Settings) => void;
  unmount: () => void;
  /** The shadow root, for focus handling and tests. */
  shadow: ShadowRoot;
}

export const HOST_TAG = 'verbatim-reader';

/** Host styles go inline with !important: inline important declarations beat any page rule. */
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  inset: '0',
  width: '100vw',
  height: '100vh',
  'max-width': 'none',
  'max-height': 'none',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  'z-index': '2147483647',
  transform: 'none',
  filter: 'none',
  opacity: '1',
  visibility: 'visible',
  overflow: 'visible',
  contain: 'strict',
  'pointer-events': 'auto',
};

function styleHost(host: HTMLElement): void {
  for (const [property, value] of Object.entries(HOST_STYLE))
    host.style.setProperty(property, value, 'important');
}

const FOCUSABLE =
  'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"]), iframe, video[controls], audio[controls], summary';

/** Keeps Tab inside the dialog: it is modal, the page underneath is not reachable. */
function trapTab(event: KeyboardEvent, shadow: ShadowRoot): void {
  const items = Array.from(shadow.querySelectorAll<HTMLElement>(FOCUSABLE));
  if (!items.length) return;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const active = shadow.activeElement;
  if (event.shiftKey && (active === first || !active)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

export function mountReader(
  doc: Document,
  result: ReadResult,
  settings: Settings,
  callbacks: ReaderCallbacks,
): MountedReader {
  const host = doc.createElement(HOST_TAG);
  styleHost(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(readerCss);
  shadow.adoptedStyleSheets = [sheet];

  const onKeyDown = (event: KeyboardEvent): void => {
    // The page's own shortcuts ("/" to search, "j" for next story) must not fire under the reader.
    event.stopPropagation();
    // A key event a page script dispatched is not a person pressing a key.
    if (!event.isTrusted) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      callbacks.onClose();
    } else if (event.key === 'Tab') trapTab(event, shadow);
  };
  host.addEventListener('keydown', onKeyDown);

  const draw = (r: ReadResult, s: Settings): void =>
    render(
      <Reader result={r} settings={s} onClose={callbacks.onClose} onChange={callbacks.onChange} />,
      shadow,
    );
  draw(result, settings);

  doc.documentElement.appendChild(host);
  if (typeof host.showPopover === 'function') {
    host.setAttribute('popover', 'manual');
    try {
      host.showPopover();
    } catch {
      // Not in the top layer: the inline z-index still applies.
    }
  }
  const focusTarget =
    shadow.querySelector<HTMLElement>('.vb-article') ??
    shadow.querySelector<HTMLElement>('.vb-empty button');
  focusTarget?.focus({ preventScroll: true });

  return {
    shadow,
    update: draw,
    unmount: () => {
      render(null, shadow);
      host.removeEventListener('keydown', onKeyDown);
      host.remove();
    },
  };
}
