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

export function guardPage(doc: Document): PageGuard {
  const scroll = scrollerOf(doc);
  const previousFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(NEUTRALISE);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return {
    release: () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      scroll.restore();
      if (previousFocus?.isConnected) previousFocus.focus({ preventScroll: true });
    },
  };
}
