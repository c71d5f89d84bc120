/**
 * Finds the article's paragraphs in the rendered reader and turns a quote's paragraph offsets
 * into a DOM Range. It walks the rendered body with the same paragraph walker the core used,
 * so paragraph N here is paragraph N of `Article.paragraphs`.
 */
import { walkParagraphs } from '../core/blocks.js';

export interface RenderedParagraph {
  holder: Element;
  nodes: Text[];
  /** Characters of its text, as the core counts them (white space folded). */
  length: number;
}

export function renderedParagraphs(body: Element): RenderedParagraph[] {
  const out: RenderedParagraph[] = [];
  walkParagraphs(body, (text, holder, nodes) => out.push({ holder, nodes, length: text.length }));
  return out;
}

/**
 * The paragraphs of a big article's frame (App.tsx), before its pieces go into `fill`, split
 * where the pieces will be. A stand-in block in `fill` splits the frame's text just as the
 * pieces will (each piece is a block), so no paragraph runs across them.
 */
export function frameParagraphs(
  body: Element,
  fill: Element,
): { before: RenderedParagraph[]; after: RenderedParagraph[] } {
  const standIn = fill.ownerDocument.createElement('p');
  standIn.textContent = 'pieces';
  fill.append(standIn);
  const all = renderedParagraphs(body);
  standIn.remove();
  const at = all.findIndex((p) => p.holder === standIn);
  return { before: all.slice(0, at), after: all.slice(at + 1) };
}

/**
 * The paragraphs of a big article put together in pieces, without walking the whole book in one
 * task: the frame's around each piece's, walked as it went in. The list renderedParagraphs
 * would give for the whole.
 */
export function paragraphsAround(
  frame: { before: RenderedParagraph[]; after: RenderedParagraph[] },
  pieces: RenderedParagraph[][],
): RenderedParagraph[] {
  const out = [...frame.before];
  for (const piece of pieces) for (const paragraph of piece) out.push(paragraph);
  for (const paragraph of frame.after) out.push(paragraph);
  return out;
}

const SPACE = /[\s\u00a0\u200b]/;

/**
 * For each character of the paragraph's normalised text (whitespace runs folded to one space,
 * ends trimmed, as the core does), the position in the raw text of its nodes.
 */
function normalisedToRaw(raw: string): number[] {
  const map: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < raw.length; i++) {
    if (SPACE.test(raw[i]!)) {
      if (map.length && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) map.push(pendingSpace);
    pendingSpace = -1;
    map.push(i);
  }
  return map;
}

function pointAt(nodes: Text[], rawOffset: number): [Text, number] | null {
  let base = 0;
  for (const node of nodes) {
    const length = node.nodeValue?.length ?? 0;
    if (rawOffset <= base + length) return [node, rawOffset - base];
    base += length;
  }
  return null;
}

/** The DOM position of a normalised offset in a paragraph; `after` puts it just past that character. */
function positionIn(
  paragraph: RenderedParagraph,
  offset: number,
  after: boolean,
): [Text, number] | null {
  const map = normalisedToRaw(paragraph.nodes.map((n) => n.nodeValue ?? '').join(''));
  const index = after ? offset - 1 : offset;
  if (index < 0 || index >= map.length) return null;
  return pointAt(paragraph.nodes, map[index]! + (after ? 1 : 0));
}

/** The Range from `start` to just before `end` in one paragraph (normalised offsets). */
function rangeIn(paragraph: RenderedParagraph, start: number, end: number): Range | null {
  const from = positionIn(paragraph, start, false);
  const to = positionIn(paragraph, end, true);
  if (!from || !to) return null;
  const range = paragraph.holder.ownerDocument.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return range.collapsed ? null : range;
}

/** Where a quote sits: from `start` in paragraph `paragraph` to `end` in `endParagraph`. */
export interface QuotePlace {
  paragraph: number;
  start: number;
  endParagraph: number;
  end: number;
}

/**
 * A quote's ranges, one per paragraph it spans. One range from the first paragraph to the last
 * would also cover whatever stands between them, such as a hidden unrelated block.
 * Empty when a paragraph cannot be found.
 */
export function quoteRanges(paragraphs: RenderedParagraph[], q: QuotePlace): Range[] {
  const out: Range[] = [];
  for (let i = q.paragraph; i <= q.endParagraph; i++) {
    const paragraph = paragraphs[i];
    if (!paragraph) return [];
    const length = normalisedToRaw(paragraph.nodes.map((n) => n.nodeValue ?? '').join('')).length;
    const range = rangeIn(
      paragraph,
      i === q.paragraph ? q.start : 0,
      i === q.endParagraph ? q.end : length,
    );
    if (range) out.push(range);
  }
  return out;
}
