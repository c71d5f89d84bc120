/**
 * Tidying the sanitised article before the reader shows it. Pages leave shells behind: a list of
 * share links whose icons were pictures the sanitiser dropped (a column of empty bullets), a
 * paragraph that held only a tracking pixel, a heading whose text sat in a button. Readability
 * and the sanitiser keep such shells; the reader would show them as gaps and stray bullets.
 *
 * Runs on the sanitiser's output (tags and attributes are ours by then) and before the
 * paragraphs are collected, so the text the quote stage indexes is the text the reader shows.
 * An element is empty when it holds no text and nothing to show: no picture, video, frame or
 * video link. Removing it changes no paragraph: it held none. A list, item or heading whose only
 * content is blocks the strip stage removed becomes one removed block with them, so the reader
 * shows no empty bullet or heading where they were, and can still show them in place.
 */
import { EMBED_ATTR, REMOVED_ATTR } from './markers.js';

/** What an element may hold and still show something without text. */
const MEDIA = `img, video, audio, iframe, hr, table, [${EMBED_ATTR}]`;

/** Containers that mean nothing empty. Table parts keep their place: a cell may be empty. */
const SHELLS = new Set([
  'a',
  'picture',
  'abbr',
  'article',
  'aside',
  'b',
  'blockquote',
  'cite',
  'code',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'i',
  'li',
  'main',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'section',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'u',
  'ul',
]);

const REMOVED = `[${REMOVED_ATTR}]`;

/** Blocks that end a paragraph where they start: a <p> around them would not parse back. */
const NOT_IN_A_PARAGRAPH =
  'hr, table, div, p, ul, ol, dl, figure, blockquote, pre, section, article, aside, header, footer, details, h1, h2, h3, h4, h5, h6';

/**
 * Shells the reader draws even when empty (a bullet, a heading's margin, a quote's rule): when
 * they hold only removed blocks they become one removed block with them. A plain box around
 * removed blocks draws nothing, and each block inside stays its own removal.
 */
const DRAWN_SHELLS = new Set(['li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'p']);
const isDrawnShell = (el: Element): boolean =>
  DRAWN_SHELLS.has(el.localName) || /^h[1-6]$/.test(el.localName);

function hasText(el: Element): boolean {
  return /[^\s\u00a0\u200b]/.test(el.textContent ?? '');
}

/** Text or media outside the blocks the strip stage removed. */
function showsSomething(el: Element): boolean {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && /[^\s\u00a0\u200b]/.test(child.nodeValue ?? '')) return true;
    if (child.nodeType !== 1) continue;
    const inner = child as Element;
    if (inner.hasAttribute(REMOVED_ATTR)) continue;
    if (inner.matches(MEDIA) || showsSomething(inner)) return true;
  }
  return false;
}

function isShell(el: Element, anchors: ReadonlySet<string>): boolean {
  if (!SHELLS.has(el.localName)) return false;
  // A place another part of the article links to stays, even empty: the link would break.
  const id = el.getAttribute('id');
  return !(id && anchors.has(id));
}

/** Items that are only pictures: a gallery or a row of icons, shown without bullets. */
function unbulletMediaLists(body: Element): void {
  for (const list of Array.from(body.querySelectorAll('ul, ol'))) {
    const items = Array.from(list.children);
    if (
      !items.length ||
      !items.every(
        (li) =>
          li.localName === 'li' &&
          !li.hasAttribute(REMOVED_ATTR) &&
          !hasText(li) &&
          li.querySelector(MEDIA),
      )
    )
      continue;
    const box = list.ownerDocument.createElement('div');
    for (const li of items) {
      const cell = list.ownerDocument.createElement('div');
      while (li.firstChild) cell.appendChild(li.firstChild);
      box.appendChild(cell);
    }
    for (const { name, value } of Array.from(list.attributes)) box.setAttribute(name, value);
    list.replaceWith(box);
  }
}

/** Removes the article's empty shells, innermost first, and takes the bullets off picture lists. */
export function tidy(body: Element): void {
  const anchors = new Set(
    Array.from(body.querySelectorAll('a[href^="#"]')).map((a) => a.getAttribute('href')!.slice(1)),
  );
  // A <picture> whose sources all lost their address, with no <img>, shows nothing.
  for (const picture of Array.from(body.querySelectorAll('picture')))
    if (!picture.querySelector('img')) picture.remove();
  // Document order reversed: every element comes after its descendants, so a list whose items
  // all go is judged once they are gone.
  const all = Array.from(body.querySelectorAll('*')).reverse();
  for (const el of all) {
    // Inside a removed block nothing is shown; the block itself stays as the strip stage made it.
    if (!el.parentNode || el.closest(REMOVED)) continue;
    if (!isShell(el, anchors) || showsSomething(el)) continue;
    const removedInside = el.querySelector(REMOVED);
    if (!removedInside) {
      if (!hasText(el) && !el.querySelector(MEDIA)) el.remove();
    } else if (isDrawnShell(el))
      el.setAttribute(REMOVED_ATTR, removedInside.getAttribute(REMOVED_ATTR)!);
  }
  unbulletMediaLists(body);
  // A heading holding only a picture is a picture: shown as one, not as an empty heading. A
  // paragraph cannot hold a rule or a table (the parser would close it): those stand alone.
  for (const heading of Array.from(body.querySelectorAll('h1, h2, h3, h4, h5, h6')))
    if (!hasText(heading) && !heading.closest(REMOVED)) {
      const doc = heading.ownerDocument;
      const box = heading.querySelector(NOT_IN_A_PARAGRAPH)
        ? doc.createDocumentFragment()
        : doc.createElement('p');
      while (heading.firstChild) box.appendChild(heading.firstChild);
      heading.replaceWith(box);
    }
}
