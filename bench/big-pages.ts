/**
 * Generated big pages for bench/big.ts: a news article with its quotations, grown to a size in
 * bytes or a number of paragraphs, with a heartbeat script that watches the page's main thread
 * and the reader's state from the page's own world (as a long-task observer would).
 */

export interface BigPage {
  name: string;
  /** Grow to this many bytes of markup, or to this many paragraphs. */
  bytes?: number;
  paragraphs?: number;
  /** Characters of text per paragraph (roughly). */
  paragraphLength: number;
}

export const BIG_PAGES: BigPage[] = [
  { name: '1-mb', bytes: 1_000_000, paragraphLength: 500 },
  { name: '5-mb', bytes: 5_000_000, paragraphLength: 500 },
  { name: '20-mb', bytes: 20_000_000, paragraphLength: 500 },
  { name: '10k-paragraphs', paragraphs: 10_000, paragraphLength: 150 },
  { name: '50k-paragraphs', paragraphs: 50_000, paragraphLength: 150 },
];

const SPEAKERS = [
  ['Maria Lopez', 'the city’s mayor'],
  ['James Okafor', 'a union spokesman'],
  ['Helen Park', 'who chairs the transport committee'],
  ['Tom Becker', 'a local shop owner'],
];

const FILLER =
  'The council met again on Tuesday evening to weigh the plan, which would close two bridges ' +
  'for repairs over the summer and move the bus routes that cross them to the ring road, ' +
  'adding twenty minutes to many journeys across the river for months. ';

/** One paragraph: every third one holds a quotation with its speaker, as news copy does. */
function paragraph(i: number, length: number): string {
  const [name, role] = SPEAKERS[i % SPEAKERS.length]!;
  const lead =
    i % 3 === 0
      ? `“We have asked for this for years and we will keep asking until it is done,” said ${name}, ${role}, in paragraph ${i}. `
      : `Paragraph ${i}: `;
  let text = lead;
  while (text.length < length) text += FILLER;
  return `<p>${text.slice(0, Math.max(length, lead.length)).trimEnd()}</p>`;
}

/**
 * Runs in the page's own world. `__big.arm()` resets the figures just before a trigger; a 10 ms
 * interval records the longest gap between its ticks (the longest main-thread stall) and when it
 * began, and every animation frame looks at the reader: the first frame with the article, its
 * no-article message or its progress state on screen, the first with the whole article (nothing
 * marked aria-busy), the first with its quotations listed (no sidebar, or one not aria-busy), and
 * the first without the reader after a close.
 */
export const HEARTBEAT = `
window.__big = (() => {
  const s = { t0: 0, last: 0, maxGap: 0, maxGapAt: 0, shown: 0, full: 0, quotes: 0, closed: 0, closing: false };
  const now = () => performance.now();
  setInterval(() => {
    const t = now();
    if (s.last && t - s.last > s.maxGap) Object.assign(s, { maxGap: t - s.last, maxGapAt: s.last - s.t0 });
    s.last = t;
  }, 10);
  // Cheap lookups only (the last child of <html>, an id, the first match near the top of the
  // reader), so the watching does not itself stall a page of 50,000 paragraphs.
  const readerHost = () => {
    const last = document.documentElement.lastElementChild;
    return last && (last.localName === 'verbatim-reader' || last.hasAttribute('data-verbatim-reader'))
      ? last
      : null;
  };
  const look = () => {
    const t = now();
    const host = readerHost();
    const shadow = host && host.shadowRoot;
    if (s.closing) {
      if (!host && !s.closed) s.closed = t - s.t0;
    } else if (shadow && !s.full) {
      const view = shadow.querySelector('.vb-body, .vb-empty');
      if (!s.shown && view) s.shown = t - s.t0;
      if (view && !view.hasAttribute('aria-busy')) s.full = t - s.t0;
    }
    if (shadow && s.full && !s.quotes && !s.closing) {
      const sidebar = shadow.getElementById('vb-sidebar');
      if (!sidebar || !sidebar.hasAttribute('aria-busy')) s.quotes = t - s.t0;
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  return {
    arm(closing) {
      Object.assign(s, { t0: now(), last: now(), maxGap: 0, maxGapAt: 0, shown: 0, full: 0, quotes: 0, closed: 0, closing });
    },
    read() {
      return { ...s, sinceArm: now() - s.t0 };
    },
  };
})();
`;

export function generatePage(spec: BigPage): string {
  const head =
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<title>Bridges to close for the summer, council says</title>` +
    `<meta property="og:site_name" content="The Riverside Courier">` +
    `<script>${HEARTBEAT}</script></head><body>` +
    `<header><nav>${Array.from({ length: 30 }, (_, i) => `<a href="/section/${i}">Section ${i}</a>`).join(' ')}</nav></header>` +
    `<main><article><h1>Bridges to close for the summer, council says</h1>` +
    `<p class="byline">By Ana Ruiz</p>`;
  const tail =
    `</article><aside><h2>Related</h2><ul>${Array.from({ length: 10 }, (_, i) => `<li><a href="/story/${i}">Another story ${i}</a></li>`).join('')}</ul></aside></main>` +
    `<footer><p>© The Riverside Courier</p></footer></body></html>`;
  const parts: string[] = [head];
  let size = head.length + tail.length;
  for (let i = 0; ; i++) {
    if (spec.paragraphs !== undefined && i >= spec.paragraphs) break;
    if (spec.bytes !== undefined && size >= spec.bytes) break;
    if (i > 0 && i % 20 === 0) parts.push(`<h2>Part ${i / 20}</h2>`);
    const p = paragraph(i, spec.paragraphLength);
    parts.push(p);
    size += p.length;
  }
  parts.push(tail);
  return parts.join('\n');
}
