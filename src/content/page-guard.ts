/**
 * While the reader is open the page underneath must hold still and must not distort the overlay.
 * One page-wide constructable sheet neutralises what breaks fixed overlays (transform, filter and
 * the like on html/body) and locks the page's scrolling; closing removes it and puts the scroll
 * position and focus back exactly where they were.
 */

const NEUTRALISE = `
html, body {
  transform: none !important; filter: none !important; backdrop-filter: none !important;
  perspective: none !important; contain: none !important; will-change: auto !important;
  clip-path: none !important; mask: none !important; zoom: 1 !important;
}
html { overflow: hidden !important; overscroll-behavior: none !important; }
`;

export interface PageGuard {
  release: () => void;
}

function scrollerOf(doc: Document): { x: number; y: number; restore: () => void } {
  const win = doc.defaultView;
  const x = win?.scrollX ?? 0;
  const y = win?.scrollY ?? 0;
  return {
    x,
    y,
    restore: () => {
      if (win && (win.scrollX !== x || win.scrollY !== y))
        win.scrollTo({ left: x, top: y, behavior: 'instant' });
    },
  };
}

/** The focused element itself, inside the page's own open shadow roots too. */
function focusedElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

type Focusable = Element & { focus: (options?: FocusOptions) => void; blur: () => void };
const canFocus = (el: Element | null): el is Focusable =>
  el !== null && typeof (el as Partial<Focusable>).focus === 'function';

/** The text selection, and the caret or selection inside a focused text field. */
function selectionOf(doc: Document, focused: Element | null): () => void {
  const selection = doc.getSelection();
  const saved = selection && {
    ranges: selection.rangeCount,
    anchorNode: selection.anchorNode,
    anchorOffset: selection.anchorOffset,
    focusNode: selection.focusNode,
    focusOffset: selection.focusOffset,
  };
  const field =
    focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement ? focused : null;
  let fieldRange: [number, number, 'forward' | 'backward' | 'none'] | null = null;
  try {
    if (field && field.selectionStart !== null && field.selectionEnd !== null)
      fieldRange = [field.selectionStart, field.selectionEnd, field.selectionDirection ?? 'none'];
  } catch {
    // Input types without a text selection (number, email) throw here: nothing to keep.
  }
  return () => {
    if (selection && saved) {
      const same =
        selection.rangeCount === saved.ranges &&
        selection.anchorNode === saved.anchorNode &&
        selection.anchorOffset === saved.anchorOffset &&
        selection.focusNode === saved.focusNode &&
        selection.focusOffset === saved.focusOffset;
      if (!same) {
        if (!saved.ranges || !saved.anchorNode || !saved.focusNode) selection.removeAllRanges();
        else if (saved.anchorNode.isConnected && saved.focusNode.isConnected) {
          try {
            selection.setBaseAndExtent(
              saved.anchorNode,
              saved.anchorOffset,
              saved.focusNode,
              saved.focusOffset,
            );
          } catch {
            // The page shortened the selected text meanwhile: its selection changed by its own hand.
          }
        }
      }
    }
    if (field && fieldRange && field.isConnected) {
      const [start, end, direction] = fieldRange;
      if (
        field.selectionStart !== start ||
        field.selectionEnd !== end ||
        field.selectionDirection !== direction
      )
        field.setSelectionRange(start, end, direction);
    }
  };
}

export function guardPage(doc: Document): PageGuard {
  const scroll = scrollerOf(doc);
  const focused = focusedElement(doc);
  const restoreSelection = selectionOf(doc, focused);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(NEUTRALISE);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  let released = false;
  return {
    release: () => {
      if (released) return;
      released = true;
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      scroll.restore();
      const now = focusedElement(doc);
      if (focused !== now) {
        if (canFocus(focused) && focused.isConnected) focused.focus({ preventScroll: true });
        else if (!focused || focused === doc.body) {
          if (canFocus(now) && now !== doc.body) now.blur();
        }
      }
      restoreSelection();
    },
  };
}
