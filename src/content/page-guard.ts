/**
 * While the reader is open the page underneath must hold still and must not distort the overlay.
 * One page-wide constructable sheet neutralises what breaks fixed overlays (transform, filter and
 * the like on html/body), locks the page's scrolling and hides the page in print; closing removes
 * it and puts the scroll position and focus back exactly where they were. On a big page only what
 * is needed goes in, and only when it is needed (see GuardOptions).
 */

const NEUTRALISE = `
html, body {
  transform: none !important; filter: none !important; backdrop-filter: none !important;
  perspective: none !important; contain: none !important; will-change: auto !important;
  clip-path: none !important; mask: none !important; zoom: 1 !important;
}
`;
const LOCK_SCROLL = `
html { overflow: hidden !important; overscroll-behavior: none !important; }
`;
/** Printing while the reader is open prints the article: the page under it is left out. */
const PRINT_READER = `
@media print {
  html { overflow: visible !important; }
  body { display: none !important; }
}
`;

export interface GuardOptions {
  /**
   * Hide the page's scrollbar while the reader is open. Off for big pages: taking the scrollbar
   * away and giving it back changes the page's width, and laying out a book-length page again
   * stalls the tab for a third of a second each way. Scrolling stays inside the reader anyway
   * (its scroller contains overscroll) and the page's scroll position is put back on close.
   */
  lockScroll: boolean;
  /**
   * Add the neutralising rules only when html or body has something for them to undo. Set for big
   * pages: adding a page-wide sheet makes the browser check every element of the page against
   * it, and the rule change lays out the whole page again (90 ms on 50,000 paragraphs).
   */
  neutraliseOnlyIfNeeded: boolean;
  /**
   * Add the print rules only when the page is about to be printed. Set for big pages: any sheet
   * going into the page makes the browser match every element against its rules, print rules
   * included, and restyle and lay out the page (40-90 ms on 50,000 paragraphs when the reader
   * opens).
   */
  printRulesOnlyWhenPrinting: boolean;
}

/** Each property NEUTRALISE sets, with the value a page that did not set it computes. */
const NEUTRAL_VALUES: Array<[string, string]> = [
  ['transform', 'none'],
  ['filter', 'none'],
  ['backdrop-filter', 'none'],
  ['perspective', 'none'],
  ['contain', 'none'],
  ['will-change', 'auto'],
  ['clip-path', 'none'],
  ['mask-image', 'none'],
  ['zoom', '1'],
];

/** Does html or body set anything NEUTRALISE undoes? Unknown properties count as unset. */
function needsNeutralising(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return true;
  return [doc.documentElement, doc.body].some((el) => {
    if (!el) return false;
    const style = view.getComputedStyle(el);
    return NEUTRAL_VALUES.some(([property, neutral]) => {
      const value = style.getPropertyValue(property);
      return value !== '' && value !== neutral;
    });
  });
}

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

/** A same-origin frame's document; null for a cross-origin one, which keeps its own focus. */
function frameDocument(el: Element | null): Document | null {
  if (el?.localName !== 'iframe' && el?.localName !== 'frame') return null;
  try {
    return (el as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}

/**
 * The focused element itself: inside the page's own open shadow roots, and inside its
 * same-origin frames, where the frame element is only the outer end of where focus is.
 */
function focusedElement(doc: Document): Element | null {
  let active = doc.activeElement;
  for (;;) {
    const inner = active?.shadowRoot?.activeElement ?? frameDocument(active)?.activeElement;
    if (!inner || inner === active) return active;
    // A frame whose own document has nothing focused holds focus on its body: keep the frame.
    if (frameDocument(active) && inner === frameDocument(active)?.body) return active;
    active = inner;
  }
}

type Focusable = Element & { focus: (options?: FocusOptions) => void; blur: () => void };
const canFocus = (el: Element | null): el is Focusable =>
  el !== null && typeof (el as Partial<Focusable>).focus === 'function';

/** Focuses `el`, moving the browser's focus through the frames that hold it, outermost first. */
function focusThroughFrames(el: Focusable): void {
  const frames: Element[] = [];
  for (let frame = el.ownerDocument.defaultView?.frameElement ?? null; frame;) {
    frames.unshift(frame);
    frame = frame.ownerDocument.defaultView?.frameElement ?? null;
  }
  for (const frame of frames) if (canFocus(frame)) frame.focus({ preventScroll: true });
  el.focus({ preventScroll: true });
}

/** The text selection of every document and open shadow root focus passes through. */
function selectionOf(doc: Document, focused: Element | null): () => void {
  const restores: Array<() => void> = [];
  const roots = new Set<Document | ShadowRoot>([doc]);
  for (let node: Node | null = focused; node;) {
    const root = node.getRootNode() as Document | ShadowRoot;
    roots.add(root);
    node = root instanceof ShadowRoot ? root.host : (root.defaultView?.frameElement ?? null);
  }
  for (const root of roots) restores.push(selectionIn(root, focused));
  return () => restores.forEach((restore) => restore());
}

/** The getSelection of a document, or of a shadow root where the browser offers one. */
function selectionOfRoot(root: Document | ShadowRoot): globalThis.Selection | null {
  const own = (root as { getSelection?: () => globalThis.Selection | null }).getSelection;
  return typeof own === 'function' ? own.call(root) : null;
}

/** The text selection of one root, and the caret or selection inside a focused text field. */
function selectionIn(root: Document | ShadowRoot, focused: Element | null): () => void {
  const selection = selectionOfRoot(root);
  const saved = selection && {
    ranges: selection.rangeCount,
    anchorNode: selection.anchorNode,
    anchorOffset: selection.anchorOffset,
    focusNode: selection.focusNode,
    focusOffset: selection.focusOffset,
  };
  // Only the root that holds the field keeps its caret. Checked by tag, not instanceof: a field
  // in a frame belongs to the frame's window, with its own HTMLInputElement.
  const isField = focused?.localName === 'input' || focused?.localName === 'textarea';
  const field =
    isField && focused?.getRootNode() === root
      ? (focused as HTMLInputElement | HTMLTextAreaElement)
      : null;
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

const NORMAL_PAGE: GuardOptions = {
  lockScroll: true,
  neutraliseOnlyIfNeeded: false,
  printRulesOnlyWhenPrinting: false,
};

const sheetOf = (rules: string): CSSStyleSheet => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules);
  return sheet;
};

/** The page's own sheets and ours: ours are added once, and taken out on release. */
function pageSheets(doc: Document): { add: (sheet: CSSStyleSheet) => void; removeAll: () => void } {
  const ours: CSSStyleSheet[] = [];
  return {
    add: (sheet) => {
      if (ours.includes(sheet)) return;
      ours.push(sheet);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    },
    removeAll: () => {
      // Firefox restyles the whole page on any write of the list, even one that changes nothing
      // (23-29 s on a 20 MB page): it is written only to take ours out.
      if (ours.length)
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => !ours.includes(s));
    },
  };
}

/**
 * Calls `printing` when the page is about to print: the browser's print command fires
 * `beforeprint`; print emulation (and some browsers while printing) turns the print media query
 * on. Returns a function that stops listening.
 */
function whenPrinting(doc: Document, printing: () => void): () => void {
  const win = doc.defaultView;
  if (!win) {
    printing();
    return () => {};
  }
  const query = win.matchMedia('print');
  const onChange = (): void => {
    if (query.matches) printing();
  };
  win.addEventListener('beforeprint', printing);
  query.addEventListener('change', onChange);
  onChange();
  return () => {
    win.removeEventListener('beforeprint', printing);
    query.removeEventListener('change', onChange);
  };
}

export function guardPage(doc: Document, options: GuardOptions = NORMAL_PAGE): PageGuard {
  const scroll = scrollerOf(doc);
  const focused = focusedElement(doc);
  const restoreSelection = selectionOf(doc, focused);
  const neutralise = !options.neutraliseOnlyIfNeeded || needsNeutralising(doc);
  const screenRules = (neutralise ? NEUTRALISE : '') + (options.lockScroll ? LOCK_SCROLL : '');
  const sheets = pageSheets(doc);
  let stopWaitingForPrint = (): void => {};
  if (!options.printRulesOnlyWhenPrinting) sheets.add(sheetOf(screenRules + PRINT_READER));
  else {
    if (screenRules) sheets.add(sheetOf(screenRules));
    const printSheet = sheetOf(PRINT_READER);
    stopWaitingForPrint = whenPrinting(doc, () => sheets.add(printSheet));
  }
  let released = false;
  return {
    release: () => {
      if (released) return;
      released = true;
      stopWaitingForPrint();
      sheets.removeAll();
      scroll.restore();
      const now = focusedElement(doc);
      if (focused !== now) {
        if (canFocus(focused) && focused.isConnected) focusThroughFrames(focused);
        else if (!focused || focused === doc.body) {
          if (canFocus(now) && now !== doc.body) now.blur();
        }
      }
      restoreSelection();
    },
  };
}
