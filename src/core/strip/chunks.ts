/**
 * A story's body cut into chunks: some sites put the paragraphs in several boxes of one class
 * ("article__body"), with an advert or a picture row between them. Readability scores each box
 * alone and keeps the best with the neighbours that score close to it, so one paragraph more
 * or less in a chunk (an inline teaser, a link line) can drop a whole other chunk of the story.
 * Before the parse, the later chunks' content moves into the first: the story is one box again.
 */
import { countWords, normaliseSpace } from '../blocks.js';
import { hintReason } from './hints.js';
import { SENTENCE_END } from './text.js';

/** Each chunk holds this many paragraphs of running text at least: a story's, not a caption's. */
const MIN_PROSE_PER_CHUNK = 2;
/** A story cut between adverts has a few chunks; a page of many boxes so named is a list. */
const MAX_CHUNKS = 6;
/** Between two chunks stand adverts and empty rails: a label ("Advertisement") at most. */
const MAX_WORDS_BETWEEN = 6;
/** A paragraph of running text has this many words at least. */
const MIN_PROSE_WORDS = 20;

function proseChildren(box: Element): number {
  let n = 0;
  for (const child of Array.from(box.children)) {
    if (child.localName !== 'p') continue;
    const text = normaliseSpace(child.textContent ?? '');
    if (countWords(text) >= MIN_PROSE_WORDS && SENTENCE_END.test(text)) n++;
  }
  return n;
}

function commonAncestor(boxes: Element[]): Element | null {
  const [first, ...rest] = boxes;
  for (let at = first?.parentElement ?? null; at; at = at.parentElement)
    if (rest.every((box) => at.contains(box))) return at;
  return null;
}

/** Words of text inside `ancestor` that lie between the boxes (after the first, before the last), outside them. */
function wordsBetween(ancestor: Element, boxes: Element[]): number {
  const last = boxes[boxes.length - 1];
  let started = false;
  let ended = false;
  let words = 0;
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child && !ended; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (started) words += countWords(normaliseSpace(child.nodeValue ?? ''));
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (boxes.includes(el)) {
          started = true;
          if (el === last) ended = true;
        } else if (!/^(?:script|style|template|noscript)$/.test(el.localName)) visit(el);
      }
    }
  };
  visit(ancestor);
  return words;
}

/**
 * The boxes are chunks of one story: a few, none inside another, each with paragraphs of
 * running text, none named for comments or related links (nor any box between them and their
 * common ancestor), one headline at most above them all (two are two stories), and nothing
 * but adverts between them (a feed's excerpts have their headlines and dates between them).
 */
function areChunksOfOneStory(boxes: Element[]): boolean {
  if (boxes.length < 2 || boxes.length > MAX_CHUNKS) return false;
  if (boxes.some((box) => !box.isConnected || boxes.some((o) => o !== box && o.contains(box))))
    return false;
  if (!boxes.every((box) => proseChildren(box) >= MIN_PROSE_PER_CHUNK)) return false;
  const ancestor = commonAncestor(boxes);
  if (!ancestor || ancestor.querySelectorAll('h1').length > 1) return false;
  if (wordsBetween(ancestor, boxes) > MAX_WORDS_BETWEEN * (boxes.length - 1)) return false;
  return boxes.every((box) => {
    for (let at: Element | null = box; at && at !== ancestor; at = at.parentElement)
      if (hintReason(at)) return false;
    return true;
  });
}

/** `elements`: the page's elements, or at least all its <div>s (pre-cleaning walks the page once). */
export function joinChunks(elements: Iterable<Element>): void {
  const byClass = new Map<string, Element[]>();
  for (const el of elements) {
    if (el.localName !== 'div') continue;
    const name = el.getAttribute('class')?.trim();
    if (!name) continue;
    const group = byClass.get(name);
    if (group) group.push(el);
    else byClass.set(name, [el]);
  }
  for (const boxes of byClass.values()) {
    if (!areChunksOfOneStory(boxes)) continue;
    const [first, ...rest] = boxes as [Element, ...Element[]];
    for (const chunk of rest) while (chunk.firstChild) first.appendChild(chunk.firstChild);
  }
}
