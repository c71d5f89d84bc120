/**
 * Embedded-story benchmark: corpus pages with unrelated stories from OTHER pages pasted into the
 * middle of the article body, in the styles sites use, and nothing else changed.
 *
 *   node scripts/run-ts.mjs bench/embedded.ts --corpus ../shared/corpus/extraction/zyte [--seed 7] [--verbose]
 *
 * For each page and each style, one copy of the page gets one inserted story (a donor page's
 * headline and its first paragraph or a teaser cut from it, linked to an address on the host's
 * own site or not linked at all), placed before an article paragraph from the middle of the
 * body. Styles: a bare headline over its paragraph or over a teaser, a read-more line, a card
 * with a picture (with no class, or with a class that names nothing), a list of headlines in an
 * aside, and a teaser paragraph opening on a bold headline, linked or not. Donors are other pages in the same language
 * whose title shares no topic word with the host's title. Deterministic: seeded choices.
 *
 * Reported per system (plain Readability and Verbatim):
 *  - removed: share of inserted stories of which less than 20% of the words reach the output;
 *  - words lost: share of the true article words (the benchmark's own gold text) that the output
 *    had on the page without insertion and lost with it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normaliseSpace, paragraphsOf } from '../src/core/blocks.js';
import { read } from '../src/core/read.js';
import { sanitiseNode } from '../src/core/sanitise.js';
import { decodePage } from '../src/cli/decode.js';
import { benchArgs } from './args.js';

const args = benchArgs(
  `Usage: node scripts/run-ts.mjs bench/embedded.ts [--corpus DIR] [--seed N] [--only ID] [--style TEXT] [--verbose]
  --corpus DIR   the saved pages and their truth (default ../shared/corpus/extraction/zyte)
  --seed N       the seed for the insertions (default 7)
  --only ID      only the host pages whose id starts with ID
  --style TEXT   only the styles whose name holds TEXT (the others are drawn, not run)
  --verbose      print each inserted story that Verbatim kept, and each page that lost words`,
  {
    corpus: { type: 'string', default: '../shared/corpus/extraction/zyte' },
    seed: { type: 'string' },
    only: { type: 'string' },
    style: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
);

interface Page {
  id: string;
  url: string;
  html: string;
  truth: string;
  title: string;
  lang: string;
}

interface Story {
  headline: string;
  paragraph: string;
  href: string;
}

type Style =
  | 'bare headline + paragraph'
  | 'read-more line'
  | 'teaser card'
  | 'aside headline list'
  | 'bold-headline teaser'
  | 'bare headline + teaser'
  | 'bold headline, no link'
  | 'picture card, plain class';
/** New styles go at the end: each host draws its stories in this order, so the older ones keep theirs. */
const STYLES: readonly Style[] = [
  'bare headline + paragraph',
  'read-more line',
  'teaser card',
  'aside headline list',
  'bold-headline teaser',
  'bare headline + teaser',
  'bold headline, no link',
  'picture card, plain class',
];

/** mulberry32: a small seeded generator, so every run inserts the same stories in the same places. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const documentOf = (html: string): Document => parseHTML(html).document as unknown as Document;
const tokens = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function loadCorpus(dir: string): Page[] {
  const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as Array<{
    id: string;
    url: string;
  }>;
  return index.map(({ id, url }) => {
    const expected = JSON.parse(readFileSync(path.join(dir, id, 'expected.json'), 'utf8')) as {
      articleBody: string;
      title: string;
    };
    const html = decodePage(readFileSync(path.join(dir, id, 'page.html')));
    const lang = html.match(/<html[^>]*\blang=["']?([a-z]{2})/i)?.[1]?.toLowerCase() ?? '?';
    return { id, url, html, truth: expected.articleBody, title: expected.title ?? '', lang };
  });
}

/** Topic words of a title: long words, lower-cased. */
const topicWords = (title: string): Set<string> =>
  new Set(tokens(title).filter((word) => word.length >= 5));

/** The donor's story as another site's teaser would show it: its headline and first real paragraph. */
function storyOf(donor: Page, host: Page, rng: () => number): Story | null {
  const headline = normaliseSpace(donor.title.split(/\s+[|–—]\s+|\s+-\s+(?=[^-]+$)/)[0] ?? '');
  const paragraph = donor.truth
    .split(/\n+/)
    .map(normaliseSpace)
    .find((p) => tokens(p).length >= 20 && tokens(p).length <= 90);
  if (!paragraph || tokens(headline).length < 4) return null;
  const slug = tokens(headline).slice(0, 8).join('-');
  return {
    headline,
    paragraph,
    href: `${new URL(host.url).origin}/news/${slug}-${Math.floor(rng() * 1e6)}`,
  };
}

function blurb(paragraph: string): string {
  const words = paragraph.split(/\s+/);
  return words.length > 30 ? `${words.slice(0, 30).join(' ')}…` : paragraph;
}

/** The inserted markup of one story in one style, with no class, id or data hints. */
function markup(style: Style, story: Story, others: Story[], rng: () => number): string {
  const h = escapeHtml(story.headline);
  const p = escapeHtml(story.paragraph);
  const link = `<a href="${escapeHtml(story.href)}">${h}</a>`;
  switch (style) {
    case 'bare headline + paragraph': {
      const headline = [
        `<p><strong>${h}</strong></p>`,
        `<h3>${h}</h3>`,
        `<p><b>${h}</b></p>`,
        `<h2>${h}</h2>`,
      ][Math.floor(rng() * 4)]!;
      return `${headline}<p>${p}</p>`;
    }
    case 'read-more line': {
      const label = ['Read more:', 'READ MORE:', 'Also read:', 'See also:', 'Related:'][
        Math.floor(rng() * 5)
      ]!;
      return `<p>${label} ${link}</p>`;
    }
    case 'teaser card':
      return `<div><a href="${escapeHtml(story.href)}"><img src="/img/teaser-${Math.floor(rng() * 1e6)}.jpg" alt=""></a><h3>${link}</h3><p>${escapeHtml(blurb(story.paragraph))}</p></div>`;
    case 'aside headline list': {
      const items = [story, ...others]
        .map((s) => `<li><a href="${escapeHtml(s.href)}">${escapeHtml(s.headline)}</a></li>`)
        .join('');
      const label = ['Related', 'More stories', 'Most read', 'You may also like'][
        Math.floor(rng() * 4)
      ]!;
      return `<aside><h4>${label}</h4><ul>${items}</ul></aside>`;
    }
    case 'bold-headline teaser':
      return `<p><strong>${link}</strong> ${escapeHtml(blurb(story.paragraph))}</p>`;
    case 'bare headline + teaser': {
      const headline = [`<h3>${h}</h3>`, `<h2>${h}</h2>`, `<p><strong>${h}</strong></p>`][
        Math.floor(rng() * 3)
      ]!;
      return `${headline}<p>${escapeHtml(blurb(story.paragraph))}</p>`;
    }
    case 'bold headline, no link': {
      const tag = rng() < 0.5 ? 'strong' : 'b';
      return `<p><${tag}>${h}</${tag}> ${escapeHtml(blurb(story.paragraph))}</p>`;
    }
    case 'picture card, plain class': {
      // Class names that say nothing: a site's grid and module names.
      const name = ['module', 'box box--3', 'c-item', 'grid__cell', 'tile'][Math.floor(rng() * 5)]!;
      const picture = `<img src="/media/${Math.floor(rng() * 1e6)}.jpg" alt="">`;
      return `<div class="${name}"><a href="${escapeHtml(story.href)}">${picture}</a><h4>${h}</h4><p>${escapeHtml(blurb(story.paragraph))}</p></div>`;
    }
  }
}

/** Article paragraphs of the raw page: <p> elements whose text the gold article holds. */
function articleParagraphs(doc: Document, truth: string): Element[] {
  const gold = normaliseSpace(truth);
  return Array.from(doc.querySelectorAll('p')).filter((p) => {
    const text = normaliseSpace(p.textContent ?? '');
    return tokens(text).length >= 15 && gold.includes(text.slice(0, 80));
  });
}

function plainText(html: string, url: string): string {
  const doc = documentOf(html);
  const parsed = new Readability<Element>(doc, { serializer: (node) => node as Element }).parse();
  return parsed?.content
    ? paragraphsOf(sanitiseNode(parsed.content, doc, { baseUrl: url })).join('\n\n')
    : '';
}

function verbatimText(html: string, url: string): string {
  const result = read(documentOf(html), { url });
  return result.ok ? result.article.text : '';
}

function counts(words: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const word of words) out.set(word, (out.get(word) ?? 0) + 1);
  return out;
}

/** Gold words the output holds (multiset intersection size). */
function goldWordsIn(output: string, gold: Map<string, number>): number {
  const have = counts(tokens(output));
  let n = 0;
  for (const [word, count] of gold) n += Math.min(count, have.get(word) ?? 0);
  return n;
}

/** Share of the story's 4-word shingles that reach the output and were not there before. */
function storyShare(story: Story, output: string, before: string): number {
  const shingles = (text: string): string[] => {
    const t = tokens(text);
    return Array.from({ length: Math.max(1, t.length - 3) }, (_, i) => t.slice(i, i + 4).join(' '));
  };
  const have = new Set(shingles(output));
  const had = new Set(shingles(before));
  const own = shingles(`${story.headline}\n${story.paragraph}`).filter((s) => !had.has(s));
  return own.length ? own.filter((s) => have.has(s)).length / own.length : 0;
}

interface Tally {
  stories: number;
  removed: number;
  goldBefore: number;
  goldLost: number;
}

const corpusDir = path.resolve(args.values.corpus);
const seed = args.count('seed', 7);
const verbose = args.values.verbose;
const pages = loadCorpus(corpusDir);
const systems = { 'plain Readability': plainText, Verbatim: verbatimText } as const;
type System = keyof typeof systems;
const tallies = new Map<string, Tally>();
const tally = (system: System, style: Style): Tally => {
  const key = `${system}\u0000${style}`;
  if (!tallies.has(key)) tallies.set(key, { stories: 0, removed: 0, goldBefore: 0, goldLost: 0 });
  return tallies.get(key)!;
};

let hosts = 0;
const only = args.values.only;
const styleFilter = args.values.style;
const measured = STYLES.filter((style) => !styleFilter || style.includes(styleFilter));
if (!measured.length) args.fail(`no style holds "${styleFilter}"`);
for (const host of pages) {
  if (only && !host.id.startsWith(only)) continue;
  // One generator per host, seeded from its id: a page's insertions do not depend on the others.
  const rng = random(seed ^ parseInt(host.id.slice(0, 8), 16));
  const donors = pages.filter(
    (d) =>
      d.id !== host.id &&
      d.lang === host.lang &&
      new URL(d.url).hostname !== new URL(host.url).hostname &&
      ![...topicWords(d.title)].some((w) => topicWords(host.title).has(w)),
  );
  if (donors.length < 4) continue;
  const places = articleParagraphs(documentOf(host.html), host.truth);
  if (places.length < 3) continue;
  hosts++;
  const gold = counts(tokens(host.truth));
  // The baseline page goes through the same parse and serialisation as the copies with insertions.
  const original = documentOf(host.html).toString();
  const before = Object.fromEntries(
    Object.entries(systems).map(([name, run]) => [name, run(original, host.url)]),
  ) as Record<System, string>;
  for (const style of STYLES) {
    const pick = (): Story | null => storyOf(donors[Math.floor(rng() * donors.length)]!, host, rng);
    const story = pick();
    const others = [pick(), pick()].filter((s): s is Story => s !== null);
    if (!story) continue;
    const doc = documentOf(host.html);
    const targets = articleParagraphs(doc, host.truth);
    const at = targets[Math.floor(targets.length / 3 + rng() * (targets.length / 3))]!;
    const holder = doc.createElement('div');
    holder.innerHTML = markup(style, story, others, rng);
    while (holder.firstChild) at.parentNode!.insertBefore(holder.firstChild, at);
    // A style left out is still drawn above, so the measured ones get the same stories.
    if (!measured.includes(style)) continue;
    const html = doc.toString();
    for (const [name, run] of Object.entries(systems) as Array<
      [System, (html: string, url: string) => string]
    >) {
      const output = run(html, host.url);
      const t = tally(name, style);
      const kept = storyShare(story, output, before[name]);
      t.stories++;
      if (kept < 0.2) t.removed++;
      else if (verbose && name === 'Verbatim') {
        const shown = output
          .split('\n\n')
          .filter(
            (p) =>
              p.includes(story.headline.slice(0, 30)) || p.includes(story.paragraph.slice(0, 30)),
          );
        console.log(
          `  kept ${style}: ${host.id.slice(0, 8)} ${story.headline}\n    ${shown.join('\n    ')}`,
        );
      }
      const had = goldWordsIn(before[name], gold);
      const lost = Math.max(0, had - goldWordsIn(output, gold));
      t.goldBefore += had;
      t.goldLost += lost;
      // The share lost is summed over all pages: say which pages it comes from.
      if (verbose && lost > 0)
        console.log(`  lost by ${name}, ${style}: ${host.id.slice(0, 8)} ${lost} of ${had} words`);
    }
  }
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6);
console.log(
  `Embedded stories: ${hosts} host pages × ${measured.length} styles, seed ${seed} (${path.basename(corpusDir)})`,
);
console.log(`${'style'.padEnd(28)} ${'plain Readability'.padEnd(28)} Verbatim`);
const totals = new Map<System, Tally>();
for (const style of [...measured, 'all'] as const) {
  const cells = (Object.keys(systems) as System[]).map((system) => {
    const t = style === 'all' ? totals.get(system)! : tally(system, style);
    if (style !== 'all') {
      const sum = totals.get(system) ?? { stories: 0, removed: 0, goldBefore: 0, goldLost: 0 };
      totals.set(system, {
        stories: sum.stories + t.stories,
        removed: sum.removed + t.removed,
        goldBefore: sum.goldBefore + t.goldBefore,
        goldLost: sum.goldLost + t.goldLost,
      });
    }
    return `removed ${pct(t.removed / t.stories)}  lost ${pct(t.goldLost / Math.max(1, t.goldBefore))}`.padEnd(
      28,
    );
  });
  console.log(`${style.padEnd(28)} ${cells.join(' ')}`);
}
console.log(
  'removed: inserted stories of which < 20% of the words reach the text; lost: true article words lost vs the page without insertion.',
);
