/**
 * The `verbatim` command: the reader's engine on saved pages. Contract: cli-contract.md in the
 * project's shared folder; docs/cli.md says how the command meets it, failures and limits
 * included. Several files run in one process, so a batch pays one start-up. Every file gives one
 * line on standard output (an article, or an object saying why not), and every failure one line
 * on standard error.
 */
import { writeSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { read } from '../core/read.js';
import { toMarkdown } from '../core/markdown.js';
import { paragraphsOf } from '../core/blocks.js';
import { checkLimits, moreElementsThan, PageLimitError } from '../core/limits.js';
import { findQuotes } from '../core/quotes/index.js';
import { parseArgs, USAGE, UsageError, type ExtractCommand, type QuotesCommand } from './args.js';
import { decodePage } from './decode.js';
import { InputError, isBinary, pause, readPath, readStdin, reasonOf } from './input.js';

declare const VERBATIM_VERSION: string;

export const EXIT = { ok: 0, failure: 1, usage: 2, noArticle: 3 } as const;

/**
 * The most elements a page may have for `extract`. The engine's work grows with them (a page of
 * 24,000 takes about 4 s and 220 MB on a 2-core machine); the largest of 671 real news pages in
 * the project's corpus has 6,749. See docs/cli.md.
 */
export const MAX_ELEMENTS = 25_000;

export interface Io {
  /** Writes to standard output; throws an error with code EPIPE when nobody reads it any more. */
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Uint8Array;
  readStdin: () => Uint8Array;
}

/**
 * Writes all of `text` to a file descriptor, synchronously, so that a closed reader (EPIPE) is
 * known at the write that meets it, not later in an 'error' event that would end the process with
 * a stack trace. A descriptor a parent left non-blocking may be full: then it is waited on.
 */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  for (let done = 0; done < bytes.length;) {
    try {
      done += writeSync(fd, bytes, done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      pause(5);
    }
  }
}

export const nodeIo: Io = {
  stdout: (text) => writeAll(1, text),
  stderr: (text) => {
    try {
      writeAll(2, text);
    } catch {
      // Nowhere left to say it.
    }
  },
  readFile: (path) => readPath(path),
  readStdin: () => readStdin(),
};

/** Why a file gave no result: the `error` code of its failure object. */
type FailureCode = 'unreadable' | 'too-large' | 'not-text' | 'page-limit' | 'failed';

/** A file that gave no result, with a one-line reason. */
class FileFailure extends Error {
  constructor(
    readonly code: FailureCode,
    message: string,
  ) {
    super(message);
  }
}

/** What one file gave: the line to print, and how it went. */
interface Outcome {
  output: string;
  status: 'ok' | 'no-article' | 'failed';
}

const nameOf = (file: string): string => (file === '-' ? 'standard input' : file);

function load(file: string, io: Io): string {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? io.readStdin() : io.readFile(file);
  } catch (error) {
    if (error instanceof InputError) throw new FileFailure(error.code, error.message);
    throw new FileFailure('unreadable', reasonOf(error));
  }
  if (isBinary(bytes)) throw new FileFailure('not-text', 'not a text file (binary data)');
  return decodePage(bytes);
}

function documentOf(html: string): Document {
  // linkedom needs a full document to give <html>, <head> and <body> their usual places.
  const source = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

function extractOne(file: string, cmd: ExtractCommand, io: Io): Outcome {
  const html = load(file, io);
  if (!html.trim()) return noArticle(file, 'The file is empty.');
  const doc = documentOf(html);
  if (doc.documentElement && moreElementsThan(doc.documentElement, MAX_ELEMENTS))
    throw new PageLimitError(
      `the page has more than ${MAX_ELEMENTS.toLocaleString('en')} elements, the most verbatim reads`,
    );
  const result = read(doc, { url: cmd.url, strip: cmd.strip });
  if (!result.ok) return noArticle(file, result.message);
  const a = result.article;
  if (cmd.format === 'text')
    return { output: [a.title, a.text].filter(Boolean).join('\n\n'), status: 'ok' };
  if (cmd.format === 'md') return { output: toMarkdown(a.html, a.title).trimEnd(), status: 'ok' };
  const json = {
    file,
    ok: true,
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    published: a.published,
    lang: a.lang,
    dir: a.dir,
    text: a.text,
    html: a.html,
    removed: a.removed,
    quotes: a.quotes.map(({ text, speaker, role, paragraph }) => ({
      text,
      speaker,
      role,
      paragraph,
    })),
    speakers: a.speakers,
  };
  return { output: JSON.stringify(json), status: 'ok' };
}

const noArticle = (file: string, message: string): Outcome => ({
  output: JSON.stringify({ file, ok: false, error: 'no-article', message }),
  status: 'no-article',
});

/** Plain text keeps its characters exactly (offsets point into it); HTML is read as the article body. */
function quotesOne(file: string, io: Io): Outcome {
  const raw = load(file, io);
  const isHtml = /\.html?$/i.test(file) || (file === '-' && /^\s*</.test(raw));
  let text = raw;
  if (isHtml) {
    // HTML is the article body as it stands: its paragraphs, separated by blank lines as in
    // `extract`. Walking them recurses, so a page nested deeper than any browser builds is refused.
    const doc = documentOf(raw);
    checkLimits(doc);
    text = paragraphsOf(doc.body).join('\n\n');
  }
  const { quotes, speakers } = findQuotes(text);
  return { output: JSON.stringify({ file, quotes, speakers }), status: 'ok' };
}

export function run(argv: string[], io: Io = nodeIo): number {
  let cmd;
  try {
    cmd = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`verbatim: ${error.message}\n${USAGE}\n`);
    return EXIT.usage;
  }
  try {
    if (cmd.command === 'help') {
      io.stdout(USAGE + '\n');
      return EXIT.ok;
    }
    if (cmd.command === 'version') {
      io.stdout(`${typeof VERBATIM_VERSION === 'string' ? VERBATIM_VERSION : 'dev'}\n`);
      return EXIT.ok;
    }
    return cmd.command === 'extract' ? runExtract(cmd, io) : runQuotes(cmd, io);
  } catch (error) {
    // Nobody reads standard output any more (`verbatim extract … | head`): stop, quietly.
    if (error instanceof OutputClosed) return error.status;
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return EXIT.ok;
    throw error;
  }
}

/** Standard output was closed while files were still being read; `status` is theirs so far. */
class OutputClosed extends Error {
  constructor(readonly status: number) {
    super('standard output closed');
  }
}

function failureOf(error: unknown): FileFailure {
  if (error instanceof FileFailure) return error;
  if (error instanceof PageLimitError) return new FileFailure('page-limit', error.message);
  const message = (error as Error)?.message?.split('\n')[0] || 'failed';
  return new FileFailure('failed', message);
}

function eachFile(files: string[], io: Io, one: (file: string) => Outcome): number {
  let status: number = EXIT.ok;
  for (const file of files) {
    let outcome: Outcome;
    try {
      outcome = one(file);
    } catch (error) {
      const { code, message } = failureOf(error);
      outcome = {
        output: JSON.stringify({ file, ok: false, error: code, message }),
        status: 'failed',
      };
      io.stderr(`verbatim: ${nameOf(file)}: ${message}\n`);
    }
    if (outcome.status === 'failed') status = EXIT.failure;
    else if (outcome.status === 'no-article' && status === EXIT.ok) status = EXIT.noArticle;
    try {
      io.stdout(outcome.output + '\n');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EPIPE') throw new OutputClosed(status);
      throw error;
    }
  }
  return status;
}

function runExtract(cmd: ExtractCommand, io: Io): number {
  return eachFile(cmd.files, io, (file) => extractOne(file, cmd, io));
}

function runQuotes(cmd: QuotesCommand, io: Io): number {
  return eachFile(cmd.files, io, (file) => quotesOne(file, io));
}
