/**
 * Puts the reader on the page in an isolated surface: a shadow root on one host element, styled
 * by a constructable sheet (allowed under strict CSP). Inside it the reader is a modal <dialog>:
 * the top layer, above whatever the page already put there (its own modal dialog, a fullscreen
 * player, a popover), with the page inert underneath while it is open, as screen readers expect.
 * Unmounting leaves no trace on the page and gives back the page's own top-layer state.
 *
 * A big page (a book, a live blog of thousands of updates) gets the same surface without the
 * browser's modality: making a page inert restyles every element of it, once on opening and once
 * on closing, and on such a page each is a stall of 100 to 300 ms. There the host is a manual
 * popover (the top layer, no inert page) and the dialog says `aria-modal`, so screen readers
 * still leave the page alone; Tab is kept inside the reader in both cases.
 */
import { render } from 'preact';
import type { ReadResult } from '../core/types.js';
import type { Settings } from '../shared/settings.js';
import type { LoadFeature } from '../shared/features.js';
import { Reader } from './App.js';
import type { ArticlePieces } from '../shared/article-pieces.js';
import { clearHighlights } from './highlights.js';
import readerCss from './reader.css';

export interface ReaderCallbacks {
  onClose: () => void;
  onChange: (update: Partial<Settings>) => void;
  /** The page took the reader's surface away (removed or moved its host, closed its dialog). */
  onLost: () => void;
  /** "Always open on this site" was pressed. */
  onAlwaysOpen?: () => void;
  /** Loads a part of the reader on first use (content/features.ts). */
  loadFeature?: LoadFeature;
}

/** The read's state (see content/read-page.ts): still being read, and a big page's pieces. */
export interface BigView {
  pending?: boolean;
  /** A big page: the progress state says why it takes a while. */
  long?: boolean;
  pieces?: ArticlePieces;
  /** A big article's quotations are still being found (they follow its text). */
  quotesPending?: boolean;
}

export interface MountedReader {
  update: (result: ReadResult, settings: Settings, big?: BigView) => void;
  unmount: () => void;
  /** The shadow root, for focus handling and tests. */
  shadow: ShadowRoot;
}

export const HOST_TAG = 'verbatim-reader';
/** The host is a plain element with this attribute when the page has defined HOST_TAG itself. */
export const HOST_MARKER = 'data-verbatim-reader';

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

/** Only the browser's own dialog styles reach into the shadow root: these undo them. */
const SURFACE_CSS = `
dialog {
  all: initial; position: fixed; inset: 0; width: 100%; height: 100%;
  max-width: none; max-height: none; margin: 0; padding: 0; border: 0;
  background: transparent; overflow: visible;
}
dialog[open] { display: block; }
.vb-surface-content { display: contents; }
.vb-focus-guard {
  position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); outline: 0;
}
dialog::backdrop { background: transparent; }
@media print {
  dialog { position: absolute; height: auto; overflow: visible; }
}
`;

function styleHost(host: HTMLElement): void {
  for (const [property, value] of Object.entries(HOST_STYLE))
    host.style.setProperty(property, value, 'important');
}

/**
 * The host, with its shadow root. A page may define `verbatim-reader` itself before the reader
 * ever opens: creating the element then runs the page's class, which can hold a shadow root of
 * its own or forbid one. Such a page gets a plain `div` that no page definition can reach.
 */
function createHost(doc: Document): { host: HTMLElement; shadow: ShadowRoot } {
  try {
    const host = doc.createElement(HOST_TAG);
    if (!host.matches(':defined')) return { host, shadow: host.attachShadow({ mode: 'open' }) };
  } catch {
    // The page's class threw, or refused a shadow root: fall through to the plain host.
  }
  const host = doc.createElement('div');
  host.setAttribute(HOST_MARKER, '');
  return { host, shadow: host.attachShadow({ mode: 'open' }) };
}

/** The page's open popovers: showing a modal dialog closes the auto ones, closing gives them back. */
function openPopovers(doc: Document, host: Element): HTMLElement[] {
  try {
    return Array.from(doc.querySelectorAll<HTMLElement>(':popover-open')).filter(
      (el) => el !== host,
    );
  } catch {
    return []; // no popover support: nothing to give back
  }
}

function reopen(popovers: HTMLElement[]): void {
  for (const popover of popovers) {
    if (!popover.isConnected || popover.matches(':popover-open')) continue;
    try {
      popover.showPopover();
    } catch {
      // The page changed it meanwhile (no longer a popover, or in a dialog now closed).
    }
  }
}

const FOCUSABLE =
  'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"]), iframe, video[controls], audio[controls], summary';

const focusables = (root: ParentNode): HTMLElement[] =>
  Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE));

/**
 * Keeps Tab inside the reader with a focus guard at each end of the dialog, as focus-trap
 * libraries do: Tab past the reader's last element reaches the end guard, which hands focus to
 * the first, and Shift+Tab past the first reaches the start guard, which hands it to the last.
 * The guards are the ends whatever the browser counts as focusable (a scrolled box with nothing
 * focusable in it is), so focus never walks out to the browser's controls or onto the page.
 */
function focusGuards(doc: Document, content: HTMLElement): [HTMLElement, HTMLElement] {
  const guard = (pick: (items: HTMLElement[]) => HTMLElement | undefined): HTMLElement => {
    const el = doc.createElement('span');
    el.className = 'vb-focus-guard';
    el.tabIndex = 0;
    el.addEventListener('focus', () => pick(focusables(content))?.focus({ preventScroll: true }));
    return el;
  };
  return [guard((items) => items[items.length - 1]), guard((items) => items[0])];
}

/** The reader's scrolled boxes, so showing the surface again can put each back where it was. */
function scrollPositions(shadow: ShadowRoot): Array<{ box: Element; top: number; left: number }> {
  return Array.from(shadow.querySelectorAll('*'))
    .filter((box) => box.scrollTop || box.scrollLeft)
    .map((box) => ({ box, top: box.scrollTop, left: box.scrollLeft }));
}

/** Did the page just put something of its own into the top layer, above the reader? */
function pageTookTopLayer(event: Event, doc: Document, host: Element): boolean {
  if (event.type === 'fullscreenchange') return doc.fullscreenElement !== null;
  // Toggle events from inside the shadow root are not composed: whatever arrives is the page's.
  return event.target !== host && (event as ToggleEvent).newState === 'open';
}

/**
 * While the reader is open a page may still open a modal dialog, a popover or a fullscreen
 * element, on a timer or in answer to a click. The top layer stacks in order of arrival, so the
 * page's element would cover the reader and make it inert. Showing the surface again puts it back
 * on top; the page's element stays open underneath. Once a frame at most, so a page that answers
 * by opening again cannot keep the main thread busy.
 */
function keepOnTop(
  doc: Document,
  parts: { host: HTMLElement; surface: HTMLDialogElement; shadow: ShadowRoot },
  onPagePopover: (popover: HTMLElement) => void,
): () => void {
  const { host, surface, shadow } = parts;
  const view = doc.defaultView;
  let pending = false;
  const promote = (): void => {
    pending = false;
    if (!surface.open) return;
    const focused = shadow.activeElement as HTMLElement | null;
    const scrolled = scrollPositions(shadow);
    if (surface.matches(':modal')) {
      surface.close();
      surface.showModal();
    } else {
      // A popover shown again goes on top of the page's popovers. Over a page dialog that is modal
      // it would still be inert, and Chromium keeps it under a fullscreen element: there the big
      // page's reader turns modal itself (one restyle, only on such a page).
      if (host.matches(':popover-open')) host.hidePopover();
      if (pageHasModal(doc) || doc.fullscreenElement) {
        surface.close();
        surface.showModal();
      } else host.showPopover();
    }
    for (const { box, top, left } of scrolled) box.scrollTo({ top, left, behavior: 'instant' });
    focused?.focus({ preventScroll: true });
  };
  const onTopLayerChange = (event: Event): void => {
    if (!pageTookTopLayer(event, doc, host)) return;
    const target = event.target as HTMLElement;
    if (event.type === 'toggle' && target.hasAttribute('popover')) onPagePopover(target);
    if (pending || !view) return;
    pending = true;
    view.requestAnimationFrame(promote);
  };
  doc.addEventListener('toggle', onTopLayerChange, true);
  doc.addEventListener('fullscreenchange', onTopLayerChange, true);
  return () => {
    doc.removeEventListener('toggle', onTopLayerChange, true);
    doc.removeEventListener('fullscreenchange', onTopLayerChange, true);
  };
}

/**
 * Where the page is not inert (a big page's reader, see above) a page script can still move
 * focus onto the page underneath: it comes back to where it was in the reader.
 */
function keepFocusIn(doc: Document, host: HTMLElement, shadow: ShadowRoot): () => void {
  let last: HTMLElement | null = null;
  const onFocusIn = (event: FocusEvent): void => {
    if (event.target === host) last = shadow.activeElement as HTMLElement | null;
    else (last?.isConnected ? last : focusables(shadow)[0])?.focus({ preventScroll: true });
  };
  doc.addEventListener('focusin', onFocusIn, true);
  return () => doc.removeEventListener('focusin', onFocusIn, true);
}

/** Is one of the page's own dialogs open as a modal (which makes everything outside it inert)? */
function pageHasModal(doc: Document): boolean {
  try {
    return doc.querySelector('dialog:modal') !== null;
  } catch {
    return false; // no :modal support: no modal dialogs either
  }
}

/** How the surface is shown: see show(). */
type Layer = 'modal' | 'popover' | 'plain';

/**
 * Shows the surface in the top layer: as a modal dialog where the browser allows it (and a big
 * page does not rule it out), else open inside a host that is a manual popover, else only
 * above the page by its z-index.
 */
function show(host: HTMLElement, surface: HTMLDialogElement, options: { modal: boolean }): Layer {
  if (options.modal || pageHasModal(host.ownerDocument))
    try {
      surface.showModal();
      return 'modal';
    } catch {
      // Not allowed here (an old browser, or the page already holds the host somewhere odd).
    }
  if (!surface.open) surface.setAttribute('open', '');
  if (typeof host.showPopover === 'function') {
    host.setAttribute('popover', 'manual');
    try {
      host.showPopover();
      return 'popover';
    } catch {
      // Not in the top layer: the inline z-index still applies.
    }
  }
  return 'plain';
}

/**
 * A closed reader's components, still to be unmounted (their clean-ups: timers, the highlight
 * registry). Unmounting walks every node the reader made, and on a book that takes 50 ms or more
 * after the host has already gone: it runs in the next task, so closing is one quick step, and
 * before the next reader mounts, so no old clean-up ever touches a new reader.
 */
let pendingTeardown: (() => void) | null = null;

function finishTeardown(): void {
  const teardown = pendingTeardown;
  pendingTeardown = null;
  teardown?.();
}

export function mountReader(
  doc: Document,
  result: ReadResult,
  settings: Settings,
  callbacks: ReaderCallbacks,
  big: BigView = {},
): MountedReader {
  finishTeardown();
  const { host, shadow } = createHost(doc);
  styleHost(host);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(readerCss);
  const surfaceSheet = new CSSStyleSheet();
  surfaceSheet.replaceSync(SURFACE_CSS);
  shadow.adoptedStyleSheets = [surfaceSheet, sheet];
  const surface = doc.createElement('dialog');
  surface.setAttribute('aria-labelledby', 'vb-title');
  // Preact owns this element's children; the focus guards sit on either side of it.
  const content = doc.createElement('div');
  content.className = 'vb-surface-content';
  const [startGuard, endGuard] = focusGuards(doc, content);
  surface.append(startGuard, content, endGuard);
  shadow.appendChild(surface);

  const onKeyDown = (event: KeyboardEvent): void => {
    // The page's own shortcuts ("/" to search, "j" for next story) must not fire under the reader.
    event.stopPropagation();
    // A key event a page script dispatched is not a person pressing a key.
    if (!event.isTrusted) return;
    // Escape already handled inside the reader (it closed the quotes panel) is not for the reader.
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      callbacks.onClose();
    }
  };
  host.addEventListener('keydown', onKeyDown);
  // The browser's own close request (Escape where the key event did not reach us first).
  const onCancel = (event: Event): void => {
    event.preventDefault();
    if (event.isTrusted) callbacks.onClose();
  };
  surface.addEventListener('cancel', onCancel);

  const draw = (r: ReadResult, s: Settings, b: BigView = {}): void =>
    render(
      <Reader
        result={r}
        settings={s}
        pending={b.pending}
        long={b.long}
        pieces={b.pieces}
        quotesPending={b.quotesPending}
        onClose={callbacks.onClose}
        onChange={callbacks.onChange}
        onAlwaysOpen={callbacks.onAlwaysOpen}
        loadFeature={callbacks.loadFeature}
      />,
      content,
    );
  draw(result, settings, big);

  // Whatever the page does to the surface, the view must end properly: guard released, page
  // scrolling back, and the next click opens again. Watching starts before the host goes in.
  let mounted = true;
  let modal = false;
  const lost = (): boolean =>
    !host.isConnected ||
    host.parentNode !== doc.documentElement ||
    !surface.open ||
    (modal && !surface.matches(':modal'));
  const onLostCheck = (): void => {
    if (mounted && lost()) callbacks.onLost();
  };
  const watcher = new MutationObserver(onLostCheck);
  watcher.observe(doc, { childList: true });
  watcher.observe(doc.documentElement, { childList: true });
  watcher.observe(surface, { attributes: true, attributeFilter: ['open'] });
  surface.addEventListener('close', onLostCheck);
  host.addEventListener('toggle', onLostCheck);

  const pagePopovers = openPopovers(doc, host);
  doc.documentElement.appendChild(host);
  const layer = show(host, surface, { modal: !big.long });
  modal = layer === 'modal';
  // The browser's modality does not reach screen readers here: the dialog says it itself.
  if (layer !== 'modal') surface.setAttribute('aria-modal', 'true');
  const stopKeepingOnTop =
    layer === 'plain'
      ? (): void => {}
      : keepOnTop(doc, { host, surface, shadow }, (popover) => pagePopovers.push(popover));
  const stopKeepingFocus = layer === 'modal' ? (): void => {} : keepFocusIn(doc, host, shadow);
  const focusTarget =
    shadow.querySelector<HTMLElement>('.vb-article') ??
    shadow.querySelector<HTMLElement>('.vb-empty button');
  focusTarget?.focus({ preventScroll: true });

  return {
    shadow,
    update: draw,
    unmount: () => {
      if (!mounted) return;
      mounted = false;
      watcher.disconnect();
      stopKeepingOnTop();
      stopKeepingFocus();
      surface.removeEventListener('close', onLostCheck);
      host.removeEventListener('toggle', onLostCheck);
      surface.removeEventListener('cancel', onCancel);
      host.removeEventListener('keydown', onKeyDown);
      if (surface.open) surface.close();
      // The page can see the highlight registry (Firefox shares it): it is cleared at once, and
      // before the host goes, so no marked range has to follow the reader's nodes out.
      clearHighlights();
      // Out of the document first: unmounting a big article's thousands of nodes is then cheap.
      host.remove();
      reopen(pagePopovers);
      pendingTeardown = () => render(null, content);
      if (doc.defaultView) doc.defaultView.setTimeout(finishTeardown, 0);
      else finishTeardown();
    },
  };
}
