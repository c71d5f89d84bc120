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

export function isBlock(node: Node): boolean {
  return node.nodeType === 1 && BLOCK.has((node as Element).localName.toLowerCase());
}

export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** One paragraph: its text, the element that holds it, and the text nodes it was made from. */
export interface Paragraph {
  text: string;
  holder: Element;
  nodes: Text[];
}

/**
 * The paragraphs of `root` in reading order, one at a time, so a caller can stop between any two
 * (the reader places the quotes of a book-length article a slice at a time).
 */
export function* paragraphsIn(root: Node): Generator<Paragraph, void, undefined> {
  let inline = '';
  let nodes: Text[] = [];
  let holder: Element | null = null;
  /** The inline run so far as a paragraph (null when it holds no text), and a new run begun. */
  const take = (): Paragraph | null => {
    const text = normaliseSpace(inline);
    const paragraph = text && holder ? { text, holder, nodes } : null;
    inline = '';
    nodes = [];
    return paragraph;
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
  function* visit(node: Node, parent: Element): Generator<Paragraph, void, undefined> {
    let paragraph: Paragraph | null;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        addText(child as Text, parent);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        // A player placeholder, or a block the strip stage removed: not article text.
        if (el.hasAttribute(EMBED_ATTR) || el.hasAttribute(REMOVED_ATTR)) continue;
        if (UNRENDERED.has(el.localName.toLowerCase())) continue;
        if (isBlock(el)) {
          if ((paragraph = take())) yield paragraph;
          if (el.localName.toLowerCase() === 'pre') addAllText(el, el);
          else yield* visit(el, el);
          if ((paragraph = take())) yield paragraph;
        } else {
          if (!inline) holder = parent;
          yield* visit(el, parent);
        }
      }
    }
  }
  yield* visit(
    root,
    root.nodeType === 1 ? (root as Element) : (root.ownerDocument?.documentElement as Element),
  );
  const last = take();
  if (last) yield last;
}

/** Calls `emit` once per paragraph of `root` (see paragraphsIn). */
export function walkParagraphs(
  root: Node,
  emit: (text: string, holder: Element, nodes: Text[]) => void,
): void {
  for (const { text, holder, nodes } of paragraphsIn(root)) emit(text, holder, nodes);
}

export function paragraphsOf(root: Node): string[] {
  const out: string[] = [];
  walkParagraphs(root, (text) => out.push(text));
  return out;
}

/** Scripts written without spaces between words: there, a word is about two characters. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;

/** Words in any language: spaced words, plus unspaced script characters at two per word. */
export function countWords(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  const spaced = text.replace(UNSPACED, ' ').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
  return spaced + Math.round(unspaced / 2);
}
