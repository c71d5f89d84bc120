/**
 * Turns an article tree into paragraphs of plain text, in reading order.
 *
 * A "paragraph" is the text of a block that holds no other block (p, h2, li, figcaption, …), or
 * a run of inline content sitting directly in a block beside other blocks. Words in different
 * blocks never get glued together, which matters both for reading and for word-level scoring.
 */
import { EMBED_ATTR, REMOVED_ATTR } from './markers.js';

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
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
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'br',
  'picture',
  'video',
  'audio',
  'iframe',
  'img',
]);

/** Elements whose text is never shown as text: code, styles, inert templates, script fallbacks. */
const UNRENDERED = new Set(['script', 'style', 'template', 'noscript']);

const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/**
 * Calls `visit` with the data of every text node under `root`, in order: the parts of its
 * `textContent`, for a measure that need not build it (20-40 ms for a megabyte in Chromium).
 */
export function forEachText(root: Node, visit: (data: string) => void): void {
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE)
      visit((node as CharacterData).data);
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
}

/** The length of `root`'s textContent, without building it (see forEachText). */
export function textLength(root: Node): number {
  let length = 0;
  forEachText(root, (data) => (length += data.length));
  return length;
}

export function isBlock(node: Node): boolean {
  return node.nodeType === 1 && BLOCK.has((node as Element).localName.toLowerCase());
}

/**
 * White space to make one space: a run of it, or one character of it other than a space. The
 * same as replacing every run, without replacing each single space between words with itself
 * (a book's text has hundreds of thousands of them).
 */
const SPACE_TO_NORMALISE = /[\s\u200b]{2,}|[^\S ]|\u200b/g;

export function normaliseSpace(text: string): string {
  return text.replace(SPACE_TO_NORMALISE, ' ').trim();
}

/**
 * Calls `emit` once per paragraph of `root`, with its text, the element that holds it and the
 * text nodes it was made from (the reader maps quote offsets back to the page through them).
 */
export function walkParagraphs(
  root: Node,
  emit: (text: string, holder: Element, nodes: Text[]) => void,
): void {
  let inline = '';
  let nodes: Text[] = [];
  let holder: Element | null = null;
  const flush = (): void => {
    const text = normaliseSpace(inline);
    if (text && holder) emit(text, holder, nodes);
    inline = '';
    nodes = [];
  };
  const addText = (node: Text, parent: Element): void => {
    if (!inline) holder = parent;
    inline += node.nodeValue ?? '';
    nodes.push(node);
  };
  const addAllText = (node: Node, parent: Element): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) addText(child as Text, parent);
      else if (child.nodeType === 1) addAllText(child, parent);
    }
  };
  const visit = (node: Node, parent: Element): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        addText(child as Text, parent);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        // A player placeholder, or a block the strip stage removed: not article text.
        if (el.hasAttribute(EMBED_ATTR) || el.hasAttribute(REMOVED_ATTR)) continue;
        if (UNRENDERED.has(el.localName.toLowerCase())) continue;
        if (isBlock(el)) {
          flush();
          if (el.localName.toLowerCase() === 'pre') {
            addAllText(el, el);
            flush();
          } else visit(el, el);
          flush();
        } else {
          if (!inline) holder = parent;
          visit(el, parent);
        }
      }
    }
  };
  visit(
    root,
    root.nodeType === 1 ? (root as Element) : (root.ownerDocument?.documentElement as Element),
  );
  flush();
}

export function paragraphsOf(root: Node): string[] {
  const out: string[] = [];
  walkParagraphs(root, (text) => out.push(text));
  return out;
}

/** Scripts written without spaces between words: there, a word is about two characters. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;

/** One character of a script written without spaces (see UNSPACED). */
const HAS_UNSPACED = new RegExp(UNSPACED.source, 'u');
const SPACED_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * The letters and digits of the Latin script's blocks, and a text in them alone (English, most
 * of Europe's languages) with the punctuation between. In such a text these classes find the
 * same words as the Unicode properties, which V8 matches ten times slower (tested against them
 * over every code point of the blocks).
 */
export const LATIN_LETTER = 'A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f';
export const LATIN_DIGIT = '0-9\u00b2\u00b3\u00b9\u00bc-\u00be';
// White space, then everything from "!" to the end of Latin Extended-B, and the punctuation block.
export const OUTSIDE_LATIN = /[^\s!-\u024f\u2000-\u206f]/;
const LATIN_WORD = new RegExp(`[${LATIN_LETTER}${LATIN_DIGIT}]+(?:['’][${LATIN_LETTER}]+)*`, 'g');

/** Words in any language: spaced words, plus unspaced script characters at two per word. */
export function countWords(text: string): number {
  if (!OUTSIDE_LATIN.test(text)) return text.match(LATIN_WORD)?.length ?? 0;
  // Most texts hold no unspaced script: one test spares two passes over the text.
  if (!HAS_UNSPACED.test(text)) return text.match(SPACED_WORD)?.length ?? 0;
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  const spaced = text.replace(UNSPACED, ' ').match(SPACED_WORD)?.length ?? 0;
  return spaced + Math.round(unspaced / 2);
}
