/**
 * Quote finding and speaker attribution benchmark on the PolNeAR-derived corpus.
 *
 *   node scripts/run-ts.mjs bench/quotes.ts --corpus ../shared/corpus/quotes/polnear --split dev
 *
 * Options: --split dev|train|test|all (default dev), --kind direct|all (default direct), --errors N
 * (print the scorer's first N error cases), --scorer PATH (default ../shared/eval/score-quotes.mjs),
 * --pred FILE (write the predictions), --multilingual DIR (default bench/quotes-multilingual) and
 * --corpus-web DIR (default ../shared/corpus/extraction/trafilatura-dev): the hand-labelled
 * non-English pages, scored in the same run (see multilingual.ts; `--multilingual none` skips
 * them), --help.
 *
 * Predictions come from running `verbatim quotes` on every article's text (one call, JSON Lines,
 * after `npm run build`); the timing is the quote stage alone, in-process, after a warm-up pass.
 *
 * Scoring convention: the gold annotates a quotation that runs over several paragraphs as one
 * quote per paragraph, while findQuotes reports it as ONE quote. For the headline figures each
 * multi-paragraph quote is cut at its paragraph breaks (same speaker on every piece); the
 * end-to-end figure without that cut is printed too, so nothing is hidden.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BROWSER_TARGETS } from '../scripts/targets.mjs';
import { findQuotes } from '../src/core/quotes/index.js';
import { benchArgs } from './args.js';
import { printMultilingual, scoreMultilingual } from './multilingual.js';
import { median, machine } from './stats.js';

const args = benchArgs(
  `Usage: node scripts/run-ts.mjs bench/quotes.ts [--corpus DIR] [--split S] [--kind K] [--errors N]
                                               [--scorer FILE] [--pred FILE]
  --corpus DIR    the annotated articles (default ../shared/corpus/quotes/polnear)
  --split S       dev, train, test or all (default dev)
  --kind K        direct or all (default direct)
  --errors N      print the scorer's first N error cases
  --scorer FILE   the scorer (default ../shared/eval/score-quotes.mjs)
  --pred FILE     also write the predictions to FILE as JSON
  --multilingual DIR  the multilingual labels (default bench/quotes-multilingual; none to skip)
  --corpus-web DIR    the web pages they label (default ../shared/corpus/extraction/trafilatura-dev)`,
  {
    corpus: { type: 'string', default: '../shared/corpus/quotes/polnear' },
    split: { type: 'string' },
    kind: { type: 'string' },
    errors: { type: 'string' },
    scorer: { type: 'string', default: '../shared/eval/score-quotes.mjs' },
    pred: { type: 'string' },
    multilingual: { type: 'string', default: 'bench/quotes-multilingual' },
    'corpus-web': { type: 'string', default: '../shared/corpus/extraction/trafilatura-dev' },
  },
);

interface GoldDoc {
  id: string;
  split?: string;
  text: string;
}
interface PredQuote {
  start: number;
  end: number;
  speaker: string | null;
}
interface Pred {
  id: string;
  quotes: PredQuote[];
}
interface Prf {
  P: number;
  R: number;
  F1: number;
}
interface ScoreResult {
  docs: number;
  goldQuotes: number;
  predQuotes: number;
  exact: Prf;
  overlap: Prf;
  char: Prf;
  end2end: Prf;
  speakerAcc: number;
  speakerAccNamed: number;
  speakerPairs: number;
  speakerNamedPairs: number;
  errors: unknown[];
}
interface Scorer {
  loadGold(dir: string, split: string): Map<string, GoldDoc>;
  score(
    gold: Map<string, GoldDoc>,
    pred: Map<string, Pred>,
    opts: { kind: string; errors: number },
  ): ScoreResult;
}

/** The naive baseline of the corpus README (dev, direct quotes). */
const BASELINE_DEV_DIRECT = {
  overlapP: 87.6,
  overlapR: 99.6,
  speakerAccNamed: 62.8,
  end2endF1: 51.6,
};

/** Cuts a quote at its paragraph breaks, dropping the opening mark that repeats on each paragraph. */
function splitAtParagraphs(text: string, q: PredQuote): PredQuote[] {
  const pieces: PredQuote[] = [];
  const body = text.slice(q.start, q.end);
  const line = /[^\n]+/g;
  for (let m = line.exec(body); m; m = line.exec(body)) {
    const lead = /^\s*["“„«]?/.exec(m[0])![0].length;
    pieces.push({
      start: q.start + m.index + lead,
      end: q.start + m.index + m[0].length,
      speaker: q.speaker,
    });
  }
  return pieces;
}

async function quoteBundleGzipBytes(root: string): Promise<number> {
  const out = await build({
    entryPoints: [path.join(root, 'src/core/quotes/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    // As the extension is built.
    ...BROWSER_TARGETS,
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(out.outputFiles[0]!.contents, { level: 9 }).length;
}

const pct = (n: number): string => n.toFixed(1).padStart(6);

/**
 * Predictions come from the product's own command: every article's text goes to a .txt file and
 * one `verbatim quotes` call reads them all (JSON Lines, one process, as the contract promises).
 */
function runCli(root: string, gold: Map<string, { text: string }>): Map<string, CliQuote[]> {
  const bin = path.join(root, 'bin/verbatim.js');
  if (!fs.existsSync(path.join(root, 'build/cli/verbatim.mjs')))
    throw new Error('run npm run build first: the benchmark runs the verbatim command');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-quotes-'));
  const files = new Map<string, string>();
  let n = 0;
  for (const [id, doc] of gold) {
    const file = path.join(dir, `${n++}.txt`);
    fs.writeFileSync(file, doc.text);
    files.set(file, id);
  }
  const out = execFileSync(process.execPath, [bin, 'quotes', ...files.keys()], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  fs.rmSync(dir, { recursive: true, force: true });
  const byId = new Map<string, CliQuote[]>();
  for (const line of out.trim().split('\n')) {
    const result = JSON.parse(line) as { file: string; quotes: CliQuote[] };
    byId.set(files.get(result.file)!, result.quotes);
  }
  return byId;
}

interface CliQuote {
  start: number;
  end: number;
  speaker: string | null;
}

async function main(): Promise<void> {
  const root = process.cwd();
  const corpus = path.resolve(args.values.corpus);
  const split = args.oneOf('split', ['dev', 'train', 'test', 'all'], 'dev');
  const kind = args.oneOf('kind', ['direct', 'all'], 'direct');
  const errors = args.count('errors', 0);
  const scorerPath = path.resolve(args.values.scorer);
  if (!fs.existsSync(scorerPath)) throw new Error(`scorer not found: ${scorerPath}`);
  const scorer = (await import(pathToFileURL(scorerPath).href)) as Scorer;

  const gold = scorer.loadGold(corpus, split);
  const preds = new Map<string, Pred>();
  const whole = new Map<string, Pred>();
  const times: number[] = [];
  let multi = 0;
  const fromCli = runCli(root, gold);
  for (const [id, doc] of gold) {
    const spans = fromCli.get(id)!.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker }));
    whole.set(id, { id, quotes: spans });
    const pieces = spans.flatMap((q) => splitAtParagraphs(doc.text, q));
    multi += pieces.length - spans.length;
    preds.set(id, { id, quotes: pieces });
  }
  // The stage's own time, in-process (the CLI run above also pays start-up and JSON). Warm up
  // once first: JIT compilation is not what a reader pays per page.
  for (const doc of gold.values()) findQuotes(doc.text);
  for (const doc of gold.values()) {
    const t0 = performance.now();
    findQuotes(doc.text);
    times.push(performance.now() - t0);
  }

  const r = scorer.score(gold, preds, { kind, errors });
  const unsplit = scorer.score(gold, whole, { kind, errors: 0 });
  const gzip = await quoteBundleGzipBytes(root);

  if (args.values.pred) fs.writeFileSync(args.values.pred, JSON.stringify([...preds.values()]));
  const base = split === 'dev' && kind === 'direct' ? BASELINE_DEV_DIRECT : null;
  const b = (v: number | undefined): string => (base && v !== undefined ? pct(v) : '     —');
  console.log(
    `quotes benchmark — ${path.basename(corpus)} split=${split} kind=${kind} docs=${r.docs} gold=${r.goldQuotes} pred=${r.predQuotes} (${machine()})`,
  );
  console.log(`${'metric'.padEnd(26)}   ours  naive baseline`);
  const row = (name: string, ours: number, baseline: number | undefined): void =>
    console.log(`${name.padEnd(26)} ${pct(ours)}  ${b(baseline)}`);
  row('overlap P', r.overlap.P, base?.overlapP);
  row('overlap R', r.overlap.R, base?.overlapR);
  row('overlap F1', r.overlap.F1, undefined);
  row('exact F1', r.exact.F1, undefined);
  row('speakerAcc', r.speakerAcc, undefined);
  row('speakerAccNamed', r.speakerAccNamed, base?.speakerAccNamed);
  row('end2end P', r.end2end.P, undefined);
  row('end2end R', r.end2end.R, undefined);
  row('end2end F1', r.end2end.F1, base?.end2endF1);
  console.log(
    `multi-paragraph quotes cut into ${multi} extra per-paragraph pieces for scoring; uncut: overlap P ${unsplit.overlap.P} R ${unsplit.overlap.R}, end2end F1 ${unsplit.end2end.F1}`,
  );
  console.log(`speaker pairs n=${r.speakerPairs}, named n=${r.speakerNamedPairs}`);
  console.log(
    `quote stage: median ${median(times).toFixed(2)} ms/article (max ${Math.max(...times).toFixed(1)} ms)`,
  );
  console.log(
    `quote code (src/core/quotes/index.ts bundled for the extension targets, minified, gzipped): ${(gzip / 1024).toFixed(2)} KB (${gzip} B)`,
  );
  for (const e of r.errors) console.log(JSON.stringify(e));

  if (args.values.multilingual !== 'none') {
    const labels = path.resolve(args.values.multilingual);
    const web = path.resolve(args.values['corpus-web']);
    console.log(`\nmultilingual dev set — ${path.relative(root, labels)} pages from ${web}`);
    printMultilingual(scoreMultilingual(root, labels, web), { examples: errors || 0 });
  }
}

await main();
