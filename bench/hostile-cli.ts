/**
 * The `verbatim` command under bad input: generates hostile inputs in a temporary folder, runs the
 * built command on each (one process per case, as a user would), and prints a table: the case,
 * wall time, CPU time (user and system: on a busy machine wall time is several times it), peak
 * memory (maximum resident set size; both from /usr/bin/time), the bytes on standard output, the
 * exit status and the first line on standard error. Each case is one run: compare with care.
 *
 *   npm run bench:hostile                 # builds, then runs every case
 *   node scripts/run-ts.mjs bench/hostile-cli.ts --only quotes --keep
 *
 * Options: --engine FILE (the command to run, default bin/verbatim.js; pass another build to
 * compare), --only TEXT (cases whose name contains TEXT), --keep (leave the inputs), --help.
 * The 100,000-deep page takes long to parse; it is here and not in the unit tests for that.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchArgs } from './args.js';
import { machine } from './stats.js';

const args = benchArgs(
  `Usage: node scripts/run-ts.mjs bench/hostile-cli.ts [--engine FILE] [--only TEXT] [--keep]
  --engine FILE   the command to run (default bin/verbatim.js)
  --only TEXT     run only the cases whose name contains TEXT
  --keep          keep the generated inputs (their folder is printed)`,
  {
    engine: { type: 'string', default: 'bin/verbatim.js' },
    only: { type: 'string' },
    keep: { type: 'boolean' },
  },
);

const engine = path.resolve(args.values.engine);
if (!fs.existsSync(engine)) args.fail(`no such engine: ${engine} (run npm run build first)`);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-hostile-'));
const at = (name: string): string => path.join(dir, name);

// ---------------------------------------------------------------------------------------------
// Inputs

/** A deterministic pick from a list, so every run generates the same bytes. */
const nth = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;

const NAMES = ['Ana Ruiz', 'Tom Reyes', 'Kim Lee', 'Sara Obi', 'John Park', 'Maria Diaz'];
const WORDS =
  'the council said on monday that the plan for the new bridge would cost more than expected after a year of delays and a long dispute over the price of steel'.split(
    ' ',
  );

const sentence = (i: number, n = 14): string => {
  const ws = Array.from({ length: n }, (_, k) => nth(WORDS, i * 7 + k * 3));
  return ws.join(' ').replace(/^\w/, (c) => c.toUpperCase()) + '.';
};

/** One paragraph: "He said", then `n` opening marks that never close. */
const unbalancedMarks = (n: number): string =>
  'He said ' + Array.from({ length: n }, (_, i) => `“word${i % 10} more`).join(' ') + '.\n';

/** `n` short quotes, a few per paragraph: named, pronoun, carried and unattributed ones. */
function shortQuotes(n: number, perParagraph: number): string {
  const quotes = Array.from({ length: n }, (_, i) => {
    const name = nth(NAMES, Math.floor(i / 4));
    switch (i % 4) {
      case 0:
        return `“We will build it ${i},” ${name} said.`;
      case 1:
        return `“It is time,” ${/Ana|Kim|Sara|Maria/.test(name) ? 'she' : 'he'} said.`;
      case 2:
        return `“Nothing will stop it.”`;
      default:
        return `Critics called it “a plan ${i}”.`;
    }
  });
  const paras: string[] = [];
  for (let i = 0; i < quotes.length; i += perParagraph) {
    paras.push(quotes.slice(i, i + perParagraph).join(' '));
  }
  return paras.join('\n\n') + '\n';
}

/** A short article with a tower of `depth` nested divs in it. */
const nestedPage = (depth: number): string =>
  `<!DOCTYPE html><html><head><title>Ferry fares rise</title></head><body><article><h1>Ferry fares rise</h1>${`<p>${sentence(1, 30)} ${sentence(2, 30)}</p>`.repeat(8)}${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}</article></body></html>`;

/**
 * A news page of about `bytes` bytes: a header and navigation, then an article of sections with
 * paragraphs (links, quotes), figures, tables and lists, and a related-links aside now and then.
 */
function bigArticlePage(bytes: number): string {
  const head = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The bridge that cost a city its budget</title><meta property="og:site_name" content="The Herald"><meta name="author" content="Ana Ruiz"></head><body><header><nav>${Array.from({ length: 40 }, (_, i) => `<a href="/section/${i}">Section ${i}</a>`).join(' ')}</nav></header><main><article><h1>The bridge that cost a city its budget</h1><p class="byline">By Ana Ruiz</p>`;
  const tail = `</article></main><footer><p>© The Herald</p></footer></body></html>`;
  const parts: string[] = [head];
  let size = head.length + tail.length;
  for (let s = 0; size < bytes; s++) {
    const name = nth(NAMES, s);
    const section = [
      `<section><h2>Part ${s + 1}: ${sentence(s, 5).slice(0, -1)}</h2>`,
      ...Array.from(
        { length: 6 },
        (_, p) =>
          `<p>${sentence(s + p)} <a href="https://herald.example/story/${s}-${p}">${sentence(s + p + 1, 4).slice(0, -1)}</a> ${sentence(s + p + 2)} “${sentence(s + p + 3, 9)}” ${name} said. ${sentence(s + p + 4)}</p>`,
      ),
      `<figure><img src="/img/${s}.jpg" alt="${sentence(s, 6)}" width="800" height="450"><figcaption>${sentence(s + 5, 10)}</figcaption></figure>`,
      `<table><thead><tr><th>Year</th><th>Budget</th><th>Spent</th></tr></thead><tbody>${Array.from({ length: 5 }, (_, r) => `<tr><td>${2000 + r}</td><td>${(s * 7 + r) % 100}</td><td>${(s * 11 + r) % 100}</td></tr>`).join('')}</tbody></table>`,
      `<ul>${Array.from({ length: 4 }, (_, k) => `<li>${sentence(s + k, 8)}</li>`).join('')}</ul>`,
      s % 10 === 9
        ? `<aside><h3>Related</h3><ul>${Array.from({ length: 5 }, (_, k) => `<li><a href="/related/${s}/${k}">${sentence(s + k, 6)}</a></li>`).join('')}</ul></aside>`
        : '',
      `</section>`,
    ].join('');
    parts.push(section);
    size += section.length;
  }
  parts.push(tail);
  return parts.join('');
}

/** The eight-byte PNG signature and a small header: a binary file. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082',
  'hex',
);

// ---------------------------------------------------------------------------------------------
// Cases

interface Outcome {
  ms: number;
  /** User and system CPU time in seconds (on a busy machine, wall time is several times it). */
  cpuS: number;
  /** Peak resident memory in MB, or NaN when /usr/bin/time is not there. */
  peakMb: number;
  status: number | null;
  stderr: string;
  stdoutBytes: number;
}

const TIME = '/usr/bin/time';
const hasTime = fs.existsSync(TIME);

/**
 * Runs the command once. `stdin` is written to its standard input; `closeAfter` closes its
 * standard output after that many bytes, as `| head -c N` does.
 */
function runOnce(
  argv: string[],
  opts: { stdin?: Buffer | string; closeAfter?: number } = {},
): { outcome: Promise<Outcome>; kill: () => void } {
  const command = hasTime ? TIME : process.execPath;
  const full = hasTime
    ? ['--quiet', '-f', 'VERBATIM-PEAK-KB %M %U %S', process.execPath, engine, ...argv]
    : [engine, ...argv];
  const started = performance.now();
  // Its own process group, so a hung case is ended with everything it started.
  const child = spawn(command, full, { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  let stdoutBytes = 0;
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', (d: Buffer) => {
    stdoutBytes += d.length;
    if (opts.closeAfter !== undefined && stdoutBytes >= opts.closeAfter) child.stdout.destroy();
  });
  child.stdin.on('error', () => {});
  child.stdin.end(opts.stdin ?? '');
  const kill = (): void => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  };
  const outcome = new Promise<Outcome>((resolve) => {
    child.on('close', (status) => {
      const ms = performance.now() - started;
      const peak = /VERBATIM-PEAK-KB (\d+) ([\d.]+) ([\d.]+)/.exec(stderr);
      stderr = stderr.replace(/.*VERBATIM-PEAK-KB .*\n?/, '');
      const peakMb = peak ? Number(peak[1]) / 1024 : NaN;
      const cpuS = peak ? Number(peak[2]) + Number(peak[3]) : NaN;
      resolve({ ms, cpuS, peakMb, status, stderr, stdoutBytes });
    });
  });
  return { outcome, kill };
}

interface Case {
  name: string;
  /** Writes the inputs and returns the arguments (and any standard input). */
  setup: () => { argv: string[]; stdin?: Buffer | string; closeAfter?: number };
  /** Runs alongside the command, e.g. a FIFO's writer. */
  beside?: () => void;
}

const write = (name: string, data: string | Buffer): string => {
  fs.writeFileSync(at(name), data);
  return at(name);
};

const cases: Case[] = [
  { name: 'start-up: --version', setup: () => ({ argv: ['--version'] }) },
  {
    name: 'quotes: 5,000 unbalanced marks, one paragraph',
    setup: () => ({ argv: ['quotes', write('unbalanced.txt', unbalancedMarks(5000))] }),
  },
  {
    name: 'quotes: 50,000 short quotes, 4 a paragraph',
    setup: () => ({ argv: ['quotes', write('quotes-50k.txt', shortQuotes(50_000, 4))] }),
  },
  {
    name: 'quotes: 50,000 short quotes, one paragraph',
    setup: () => ({ argv: ['quotes', write('quotes-50k-1p.txt', shortQuotes(50_000, 50_000))] }),
  },
  {
    name: 'extract: nested 10,000 deep',
    setup: () => ({ argv: ['extract', write('nested-10k.html', nestedPage(10_000))] }),
  },
  {
    name: 'extract: nested 100,000 deep',
    setup: () => ({ argv: ['extract', write('nested-100k.html', nestedPage(100_000))] }),
  },
  {
    name: 'extract: 30 MB article page',
    setup: () => ({ argv: ['extract', big()] }),
  },
  {
    name: 'extract: 30 MB page on stdin',
    setup: () => ({ argv: ['extract', '-'], stdin: fs.readFileSync(big()) }),
  },
  {
    name: 'extract: 30 MB page | head -c 10',
    setup: () => ({ argv: ['extract', big()], closeAfter: 10 }),
  },
  {
    name: 'extract: 10 MB article page',
    setup: () => ({ argv: ['extract', medium()] }),
  },
  {
    name: 'extract: 1.4 MB page, 24,199 elements (under the limit)',
    setup: () => ({ argv: ['extract', once('page-24k.html', () => bigArticlePage(1.4e6))] }),
  },
  {
    name: 'extract: 1 MB article page',
    setup: () => ({ argv: ['extract', once('page-1mb.html', () => bigArticlePage(1e6))] }),
  },
  {
    name: 'extract: 1 MB article page | head -c 10',
    setup: () => ({
      argv: ['extract', once('page-1mb.html', () => bigArticlePage(1e6))],
      closeAfter: 10,
    }),
  },
  {
    name: 'extract: 200 files | head -c 10',
    setup: () => {
      const page = bigArticlePage(20_000);
      return {
        argv: ['extract', ...Array.from({ length: 200 }, (_, i) => write(`p-${i}.html`, page))],
        closeAfter: 10,
      };
    },
  },
  {
    name: 'extract: 200 files, one missing',
    setup: () => {
      const page = bigArticlePage(20_000);
      const files = Array.from({ length: 200 }, (_, i) => write(`page-${i}.html`, page));
      files[100] = at('page-missing.html');
      return { argv: ['extract', ...files] };
    },
  },
  { name: 'extract: PNG image', setup: () => ({ argv: ['extract', write('image.png', PNG)] }) },
  { name: 'quotes: PNG image', setup: () => ({ argv: ['quotes', write('image.png', PNG)] }) },
  {
    name: 'quotes: nested 10,000 deep .html',
    setup: () => ({ argv: ['quotes', write('nested-10k.html', nestedPage(10_000))] }),
  },
  { name: 'extract: empty file', setup: () => ({ argv: ['extract', write('empty.html', '')] }) },
  {
    name: 'extract: invalid UTF-8',
    setup: () => ({
      argv: [
        'extract',
        write(
          'bad-utf8.html',
          Buffer.concat([Buffer.from(nestedPage(0)), Buffer.from([0xff, 0xfe, 0xc3, 0x28])]),
        ),
      ],
    }),
  },
  {
    name: 'extract: UTF-16 with BOM',
    setup: () => ({
      argv: [
        'extract',
        write(
          'utf16.html',
          Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(nestedPage(0), 'utf16le')]),
        ),
      ],
    }),
  },
  { name: 'extract: a directory', setup: () => ({ argv: ['extract', dir] }) },
  { name: 'extract: missing file', setup: () => ({ argv: ['extract', at('missing.html')] }) },
  {
    name: 'extract: standard input (-)',
    setup: () => ({ argv: ['extract', '-'], stdin: nestedPage(0) }),
  },
  {
    name: 'extract: FIFO, written and closed',
    setup: () => {
      fs.rmSync(at('pipe.html'), { force: true });
      execFileSync('mkfifo', [at('pipe.html')]);
      return { argv: ['extract', at('pipe.html')] };
    },
    beside: () => {
      fs.writeFileSync(at('fifo-source.html'), nestedPage(0));
      spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', at('fifo-source.html'), at('pipe.html')], {
        stdio: 'ignore',
      });
    },
  },
  {
    name: 'extract: FIFO nobody writes to',
    setup: () => {
      fs.rmSync(at('silent.html'), { force: true });
      execFileSync('mkfifo', [at('silent.html')]);
      return { argv: ['extract', at('silent.html')] };
    },
  },
];

/** Writes an input the first time a case asks for it. */
const once = (name: string, make: () => string): string =>
  fs.existsSync(at(name)) ? at(name) : write(name, make());
const big = (): string => once('big.html', () => bigArticlePage(30e6));
const medium = (): string => once('medium.html', () => bigArticlePage(10e6));

// ---------------------------------------------------------------------------------------------
// Run

/** No case may run longer than this: a hang is an outcome too. */
const TIMEOUT_MS = 90_000;

console.log(
  `verbatim under bad input: ${machine()}, ${os.cpus().length} cores, engine ${path.relative(process.cwd(), engine)}`,
);
console.log(`inputs in ${dir}${hasTime ? '' : ' (no /usr/bin/time: no peak memory)'}\n`);
const rows: string[][] = [
  ['case', 'time', 'cpu', 'peak memory', 'out', 'exit', 'first stderr line'],
];
for (const c of cases) {
  if (args.values.only && !c.name.includes(args.values.only)) continue;
  const { argv, stdin, closeAfter } = c.setup();
  const running = runOnce(argv, { stdin, closeAfter });
  c.beside?.();
  const timeout = new Promise<null>((resolve) =>
    setTimeout(() => resolve(null), TIMEOUT_MS).unref(),
  );
  const out = await Promise.race([running.outcome, timeout]);
  if (!out) running.kill();
  const row = out
    ? [
        c.name,
        `${(out.ms / 1000).toFixed(2)} s`,
        Number.isNaN(out.cpuS) ? '?' : `${out.cpuS.toFixed(2)} s`,
        Number.isNaN(out.peakMb) ? '?' : `${Math.round(out.peakMb)} MB`,
        bytesOf(out.stdoutBytes),
        String(out.status),
        (out.stderr.split('\n')[0] ?? '').slice(0, 100) || '(none)',
      ]
    : [c.name, `> ${TIMEOUT_MS / 1000} s`, '?', '?', '?', 'hung', '(killed)'];
  rows.push(row);
  console.log(row.join('  |  '));
}

console.log('\n' + table(rows));
if (!args.values.keep) fs.rmSync(dir, { recursive: true, force: true });
process.exit(0);

function bytesOf(n: number): string {
  return n < 1024
    ? `${n} B`
    : n < 1024 * 1024
      ? `${Math.round(n / 1024)} KB`
      : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function table(rs: string[][]): string {
  const widths = rs[0]!.map((_, i) => Math.max(...rs.map((r) => r[i]!.length)));
  const line = (r: string[]): string =>
    '| ' + r.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  return [
    line(rs[0]!),
    '| ' + widths.map((w) => '-'.repeat(w)).join(' | ') + ' |',
    ...rs.slice(1).map(line),
  ].join('\n');
}
