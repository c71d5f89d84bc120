/**
 * Finds the article's paragraphs in the rendered reader and turns a quote's paragraph offsets
 * into a DOM Range. It walks the rendered body with the same paragraph walker the core used,
 * so paragraph N here is paragraph N of `Article.paragraphs`.
 */
import { walkParagraphs } from '../core/blocks.js';

export interface RenderedParagraph {
  holder: Element;
  nodes: Text[];
}

export function renderedParagraphs(body: Element): RenderedParagraph[] {
  const out: RenderedParagraph[] = [];
  walkParagraphs(body, (_text, holder, nodes) => out.push({ holder, nodes }));
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

/** The Range of characters [start, end) of a paragraph's normalised text. */
export function rangeIn(paragraph: RenderedParagraph, start: number, end: number): Range | null {
  const raw = paragraph.nodes.map((n) => n.nodeValue ?? '').join('');
  const map = normalisedToRaw(raw);
  if (start < 0 || end > map.length || start >= end) return null;
  const from = pointAt(paragraph.nodes, map[start]!);
  const to = pointAt(paragraph.nodes, map[end - 1]! + 1);
  if (!from || !to) return null;
  const range = paragraph.holder.ownerDocument.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return range;
}
