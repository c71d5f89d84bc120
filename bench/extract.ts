/**
 * Main-article extraction on a corpus of saved news pages (the Zyte article-extraction benchmark),
 * scored with the benchmark's own metric, for Verbatim and for plain Readability in one run.
 *
 *   node scripts/run-ts.mjs bench/extract.ts --corpus ../shared/corpus/extraction/zyte
 *     [--metric PATH/zyte-metric.cjs] [--worst N] [--dump predictions.json]
 *
 * Text scored is paragraphs separated by blank lines, as `verbatim extract` prints it.
 * "Plain Readability" is `new Readability(doc).parse()` on the raw page with nothing before or
 * after it except the sanitiser and the paragraph walk (what `--no-strip` would print without
 * our pre-cleaning). "Strip added" is our extra work (pre-cleaning, story choice, strip stage)
 * against Readability's own parse time on the same page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normaliseSpace, paragraphsOf } from '../src/core/blocks.js';
import { extract, preClean } from '../src/core/extract.js';
import { read } from '../src/core/read.js';
import { sanitiseNode } from '../src/core/sanitise.js';
import { findUnrelated } from '../src/core/strip/index.js';
import { decodePage } from '../src/cli/decode.js';
import { benchArgs } from './args.js';
import { machine, median, ms, p95 } from './stats.js';

const args = benchArgs(
  `Usage: node scripts/run-ts.mjs bench/extract.ts [--corpus DIR] [--metric FILE] [--worst N] [--dump FILE]
  --corpus DIR    the saved pages and their truth (default ../shared/corpus/extraction/zyte)
  --metric FILE   the benchmark's scorer (default: eval/zyte-metric.cjs beside the corpus)
  --worst N       list the N pages Verbatim scores worst on
  --dump FILE     write every page's texts and scores to FILE as JSON`,
  {
    corpus: { type: 'string', default: '../shared/corpus/extraction/zyte' },
    metric: { type: 'string' },
    worst: { type: 'string' },
    dump: { type: 'string' },
  },
);

interface Page {
  id: string;
  url: string;
  html: string;
  truth: string;
}

interface Scores {
  f1: number;
  precision: number;
  recall: number;
  perPage: Record<string, { precision: number | null; recall: number | null; f1: number }>;
}

type Evaluate = (
  truth: Record<string, { articleBody: string }>,
  predicted: Record<string, { articleBody: string }>,
) => Scores;

function loadCorpus(dir: string): Page[] {
  const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as Array<{
    id: string;
    url: string;
  }>;
  return index.map(({ id, url }) => {
    const expected = JSON.parse(readFileSync(path.join(dir, id, 'expected.json'), 'utf8')) as {
      articleBody: string;
    };
    return {
      id,
      url,
      html: decodePage(readFileSync(path.join(dir, id, 'page.html'))),
      truth: expected.articleBody,
    };
  });
}

const documentOf = (html: string): Document => parseHTML(html).document as unknown as Document;

function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const value = run();
  return [value, performance.now() - started];
}

/** The headline Readability leaves at the top of the body is dropped, as read() does. */
function withoutLeadingTitle(paragraphs: string[], title: string | null | undefined): string[] {
  const wanted = normaliseSpace(title ?? '').toLowerCase();
  return wanted && paragraphs[0]?.toLowerCase() === wanted ? paragraphs.slice(1) : paragraphs;
}

function plainReadability(page: Page): { text: string; ms: number } {
  const doc = documentOf(page.html);
  const [parsed, took] = timed(() =>
    new Readability<Element>(doc, { serializer: (node) => node as Element }).parse(),
  );
  if (!parsed?.content) return { text: '', ms: took };
  const paragraphs = paragraphsOf(sanitiseNode(parsed.content, doc, { baseUrl: page.url }));
  return { text: withoutLeadingTitle(paragraphs, parsed.title).join('\n\n'), ms: took };
}

function verbatim(page: Page): {
  text: string;
  ms: number;
  removed: Array<{ reason: string; text: string }>;
} {
  const doc = documentOf(page.html);
  const [result, took] = timed(() => read(doc, { url: page.url }));
  return result.ok
    ? { text: result.article.text, ms: took, removed: result.article.removed }
    : { text: '', ms: took, removed: [] };
}

/** Our own added work on a fresh copy: the pre-cleaning before Readability, and the strip stage after it. */
function addedWork(page: Page): { cleaning: number; stripping: number } {
  const cleanDoc = documentOf(page.html);
  const [, cleaning] = timed(() => preClean(cleanDoc, page.url));
  const extraction = extract(documentOf(page.html), page.url);
  if (!extraction) return { cleaning, stripping: 0 };
  const [, stripping] = timed(() =>
    findUnrelated(extraction.content, { title: extraction.metadata.title, url: page.url }),
  );
  return { cleaning, stripping };
}

function row(name: string, scores: Scores, times: number[]): string {
  const f = (x: number): string => x.toFixed(3);
  return `${name.padEnd(20)} F1 ${f(scores.f1)}  P ${f(scores.precision)}  R ${f(scores.recall)}   median ${ms(median(times))}  p95 ${ms(p95(times))}`;
}

const corpusDir = path.resolve(args.values.corpus);
const metricPath = path.resolve(
  args.values.metric ?? path.join(corpusDir, '../../../eval/zyte-metric.cjs'),
);
const worst = args.count('worst', 0);
const { evaluate } = createRequire(import.meta.url)(metricPath) as { evaluate: Evaluate };
const pages = loadCorpus(corpusDir);

// Warm-up, not measured: the first parses pay for JIT compilation.
for (const page of pages.slice(0, 5)) {
  plainReadability(page);
  verbatim(page);
}

const truth: Record<string, { articleBody: string }> = {};
const ours: Record<string, { articleBody: string }> = {};
const plain: Record<string, { articleBody: string }> = {};
const oursMs: number[] = [];
const plainMs: number[] = [];
const removedBlocks: Record<string, Array<{ reason: string; text: string }>> = {};
const stripShare: number[] = [];
const addedShare: number[] = [];
for (const page of pages) {
  truth[page.id] = { articleBody: page.truth };
  const base = plainReadability(page);
  const mine = verbatim(page);
  plain[page.id] = { articleBody: base.text };
  ours[page.id] = { articleBody: mine.text };
  removedBlocks[page.id] = mine.removed;
  plainMs.push(base.ms);
  oursMs.push(mine.ms);
  const added = addedWork(page);
  stripShare.push(added.stripping / base.ms);
  addedShare.push((added.cleaning + added.stripping) / base.ms);
}

const oursScores = evaluate(truth, ours);
const plainScores = evaluate(truth, plain);
console.log(
  `Article extraction, ${pages.length} pages (${path.basename(corpusDir)}), ${machine()}`,
);
console.log(row('plain Readability', plainScores, plainMs));
console.log(row('Verbatim', oursScores, oursMs));
const share = (values: number[]): string =>
  `median +${(median(values) * 100).toFixed(1)}%  (p95 +${(p95(values) * 100).toFixed(1)}%)`;
console.log(
  `added time vs Readability's own parse: strip stage ${share(stripShare)}; pre-cleaning + strip ${share(addedShare)}`,
);

if (worst > 0) {
  const byF1 = pages
    .map((page) => ({
      page,
      ours: oursScores.perPage[page.id]!,
      plain: plainScores.perPage[page.id]!,
    }))
    .sort((a, b) => a.ours.f1 - b.ours.f1)
    .slice(0, worst);
  for (const { page, ours: o, plain: p } of byF1) {
    console.log(
      `  ${page.id.slice(0, 8)} F1 ${o.f1.toFixed(3)} (P ${o.precision?.toFixed(3)} R ${o.recall?.toFixed(3)}) plain ${p.f1.toFixed(3)}  ${page.url}`,
    );
  }
}
const dump = args.values.dump;
if (dump) {
  const rows = pages.map((page) => ({
    id: page.id,
    url: page.url,
    truth: page.truth,
    ours: ours[page.id]!.articleBody,
    plain: plain[page.id]!.articleBody,
    scores: { ours: oursScores.perPage[page.id], plain: plainScores.perPage[page.id] },
    removed: removedBlocks[page.id],
  }));
  writeFileSync(dump, JSON.stringify(rows, null, 1));
}
