/**
 * Main text on the open web: the trafilatura evaluation pages (news, blogs, shops, forums, many
 * languages), scored with snippets the text must and must not hold, for Verbatim and for plain
 * Readability in one run.
 *
 *   node scripts/run-ts.mjs bench/web.ts --corpus ../shared/corpus/extraction/trafilatura-dev
 *     [--url] [--pred out.jsonl] [--check-scorer] [--list empty|missed|worse] [--only TEXT]
 *
 * Scoring replicates ../eval/score-snippets.mjs exactly: whitespace collapsed, a "with" snippet
 * found is a TP (else FN), a "without" snippet found is an FP; a page with no text scores no TP
 * and no FP; micro-averaged P, R and F1 = 2TP/(2TP+FP+FN). `--check-scorer` writes Verbatim's
 * JSON Lines and runs the reference scorer on them, to show both agree.
 *
 * Counted apart: pages shown with no text, and misses: pages where the verdict was "no article"
 * although the page has "with" snippets. "Plain Readability" is `new Readability(doc).parse()`
 * on the raw page with nothing before or after it except the sanitiser and the paragraph walk.
 *
 * Metadata agreement: on pages whose JSON-LD names an Article (or NewsArticle, BlogPosting…),
 * the share where Verbatim's byline, site name and date agree with what the JSON-LD says.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normaliseSpace, paragraphsOf } from '../src/core/blocks.js';
import { read } from '../src/core/read.js';
import { sanitiseNode } from '../src/core/sanitise.js';
import type { ReadResult } from '../src/core/types.js';
import { decodePage } from '../src/cli/decode.js';
import { benchArgs } from './args.js';
import { Agreement, ldFacts } from './agreement.js';
import { machine, median, ms } from './stats.js';

const args = benchArgs(
  `Usage: node scripts/run-ts.mjs bench/web.ts [--corpus DIR] [--url] [--pred FILE] [--check-scorer] [--list KIND] [--only TEXT]
  --corpus DIR     the corpus folder: holds evaldata.json, or tests/evaldata.json
                   (default ../shared/corpus/extraction/trafilatura-dev)
  --url            give read() the page's address (the extension always knows it; the CLI
                   over saved files does not, and the corpus figures were measured without)
  --pred FILE      write Verbatim's output as JSON Lines, as \`verbatim extract\` prints it
  --check-scorer   also score that output with the reference scorer (../eval/score-snippets.mjs)
  --list KIND      list pages: empty (no text), missed (verdict "no article" on a page with
                   "with" snippets), worse (fewer snippets right than plain Readability),
                   metadata (byline, site name or date differing from the JSON-LD)
  --only TEXT      only pages whose file name holds TEXT`,
  {
    corpus: { type: 'string', default: '../shared/corpus/extraction/trafilatura-dev' },
    url: { type: 'boolean', default: false },
    pred: { type: 'string' },
    'check-scorer': { type: 'boolean', default: false },
    list: { type: 'string' },
    only: { type: 'string' },
  },
);

interface Entry {
  url: string;
  file: string;
  with: string[];
  without: string[];
}

interface Page extends Entry {
  path: string;
  html: string;
}

/** The folder holding evaldata.json: the corpus itself or its tests/ folder. */
function evalRoot(dir: string): string {
  for (const root of [dir, path.join(dir, 'tests')])
    if (existsSync(path.join(root, 'evaldata.json'))) return root;
  return args.fail(`no evaldata.json in ${dir} or ${dir}/tests`);
}

function loadCorpus(root: string, only: string | undefined): Page[] {
  const data = JSON.parse(readFileSync(path.join(root, 'evaldata.json'), 'utf8')) as Record<
    string,
    Omit<Entry, 'url'>
  >;
  const pages: Page[] = [];
  for (const [url, entry] of Object.entries(data)) {
    if (only && !entry.file.includes(only)) continue;
    const file = ['eval', 'cache']
      .map((sub) => path.join(root, sub, entry.file))
      .find((candidate) => existsSync(candidate));
    const html = file ? decodePage(readFileSync(file)) : '';
    pages.push({ url, ...entry, path: file ?? entry.file, html });
  }
  return pages;
}

/** As the CLI parses a file: a fragment gets a full document around it. */
function documentOf(html: string): Document {
  const source = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

function withoutLeadingTitle(paragraphs: string[], title: string | null | undefined): string[] {
  const wanted = normaliseSpace(title ?? '').toLowerCase();
  return wanted && paragraphs[0]?.toLowerCase() === wanted ? paragraphs.slice(1) : paragraphs;
}

function plainReadability(page: Page): string | null {
  const doc = documentOf(page.html);
  let parsed;
  try {
    parsed = new Readability<Element>(doc, { serializer: (node) => node as Element }).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;
  const paragraphs = paragraphsOf(sanitiseNode(parsed.content, doc, { baseUrl: null }));
  return withoutLeadingTitle(paragraphs, parsed.title).join('\n\n');
}

function verbatim(page: Page, withUrl: boolean): { result: ReadResult | null; ms: number } {
  const started = performance.now();
  let result: ReadResult | null = null;
  try {
    result = read(documentOf(page.html), withUrl ? { url: page.url } : {});
  } catch {
    result = null; // the CLI reports it as a failure: no text
  }
  return { result, ms: performance.now() - started };
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  empty: number;
}

const newTally = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0, empty: 0 });

/** One page's counts, as the reference scorer makes them. */
function score(page: Page, text: string | null): Tally {
  const t = text === null ? null : norm(text);
  const tp = t === null ? 0 : page.with.filter((w) => t.includes(norm(w))).length;
  const fp = t === null ? 0 : page.without.filter((w) => t.includes(norm(w))).length;
  return {
    tp,
    fp,
    fn: page.with.length - tp,
    tn: page.without.length - fp,
    empty: t === null || t === '' ? 1 : 0,
  };
}

function add(into: Tally, one: Tally): void {
  into.tp += one.tp;
  into.fp += one.fp;
  into.fn += one.fn;
  into.tn += one.tn;
  into.empty += one.empty;
}

function figures(t: Tally): string {
  const p = t.tp / (t.tp + t.fp);
  const r = t.tp / (t.tp + t.fn);
  const f1 = (2 * t.tp) / (2 * t.tp + t.fp + t.fn);
  return `F1 ${f1.toFixed(3)}  P ${p.toFixed(3)}  R ${r.toFixed(3)}`;
}

// ---- the run ----

const root = evalRoot(path.resolve(args.values.corpus));
const pages = loadCorpus(root, args.values.only);
const list = args.values.list;
if (list && !['empty', 'missed', 'worse', 'metadata'].includes(list))
  args.fail(`--list must be one of empty, missed, worse, metadata, not '${list}'`);

const ours = newTally();
const plain = newTally();
let missed = 0;
const times: number[] = [];
const lines: string[] = [];
const listed: string[] = [];
const agreement = new Agreement();
for (const page of pages) {
  const base = plainReadability(page);
  const { result, ms: took } = verbatim(page, args.values.url);
  times.push(took);
  const text = result?.ok ? result.article.text : null;
  const mine = score(page, text);
  const theirs = score(page, base);
  add(ours, mine);
  add(plain, theirs);
  const miss = result?.ok === false && page.with.length > 0;
  if (miss) missed++;
  lines.push(
    JSON.stringify(
      result?.ok
        ? { file: page.path, ok: true, text: result.article.text }
        : { file: page.path, ok: false, error: result?.error ?? 'failed' },
    ),
  );
  if (
    (list === 'empty' && mine.empty) ||
    (list === 'missed' && miss) ||
    (list === 'worse' && mine.tp - mine.fp < theirs.tp - theirs.fp)
  )
    listed.push(
      `  ${page.file}  with ${mine.tp}/${page.with.length} (plain ${theirs.tp}) without ${mine.fp} (plain ${theirs.fp})${result && !result.ok ? `  [${result.message}]` : ''}`,
    );
  agreement.add(page.file, ldFacts(page.html), result?.ok ? result.article : null);
}

console.log(
  `Main text on the open web, ${pages.length} pages (${path.basename(path.resolve(args.values.corpus))}${args.values.url ? ', with URLs' : ''}), ${machine()}`,
);
console.log(
  `${'plain Readability'.padEnd(18)} ${figures(plain)}  pages without text ${plain.empty}`,
);
console.log(
  `${'Verbatim'.padEnd(18)} ${figures(ours)}  pages without text ${ours.empty} (verdict "no article" on a page with "with" snippets: ${missed})  median ${ms(median(times))}`,
);
console.log(agreement.summary());
if (listed.length) console.log(listed.join('\n'));
if (list === 'metadata' && agreement.misses.length) console.log(agreement.misses.join('\n'));

const pred = args.values.pred ?? (args.values['check-scorer'] ? 'build/web-pred.jsonl' : null);
if (pred) writeFileSync(pred, lines.join('\n') + '\n');
if (args.values['check-scorer'] && pred) {
  // The shared folder's eval/ sits beside corpus/: look for it upwards from the corpus.
  const scorer = [2, 3, 4, 5]
    .map((up) => path.resolve(root, ...Array<string>(up).fill('..'), 'eval/score-snippets.mjs'))
    .find((candidate) => existsSync(candidate));
  if (!scorer) args.fail('no eval/score-snippets.mjs found above the corpus');
  const out = execFileSync(process.execPath, [scorer!, '--corpus', root, '--pred', pred], {
    encoding: 'utf8',
  });
  console.log(`reference scorer on Verbatim's output: ${out.trim()}`);
}
