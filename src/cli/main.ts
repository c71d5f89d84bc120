/**
 * The `verbatim` command: the reader's engine on saved pages. Contract: cli-contract.md in the
 * project's shared folder. Several files run in one process, so a batch pays one start-up.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { read } from '../core/read.js';
import { toMarkdown } from '../core/markdown.js';
import { paragraphsOf } from '../core/blocks.js';
import { findQuotes } from '../core/quotes/index.js';
import { parseArgs, USAGE, UsageError, type ExtractCommand, type QuotesCommand } from './args.js';
import { decodePage } from './decode.js';

declare const VERBATIM_VERSION: string;

export const EXIT = { ok: 0, failure: 1, usage: 2, noArticle: 3 } as const;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Uint8Array;
  readStdin: () => Uint8Array;
}

export const nodeIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path),
  readStdin: () => readFileSync(0),
};

class FileError extends Error {}

function load(file: string, io: Io): string {
  try {
    return decodePage(file === '-' ? io.readStdin() : io.readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new FileError(`verbatim: ${file === '-' ? 'standard input' : file}: ${why}`);
  }
}

function documentOf(html: string): Document {
  // linkedom needs a full document to give <html>, <head> and <body> their usual places.
  const source = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

function extractOne(file: string, cmd: ExtractCommand, io: Io): { output: string; ok: boolean } {
  const result = read(documentOf(load(file, io)), { url: cmd.url, strip: cmd.strip });
  if (!result.ok)
    return {
      output: JSON.stringify({ file, ok: false, error: result.error, message: result.message }),
      ok: false,
    };
  const a = result.article;
  if (cmd.format === 'text')
    return { output: [a.title, a.text].filter(Boolean).join('\n\n'), ok: true };
  if (cmd.format === 'md') return { output: toMarkdown(a.html, a.title).trimEnd(), ok: true };
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
  return { output: JSON.stringify(json), ok: true };
}

/** Plain text keeps its characters exactly (offsets point into it); HTML is read as the article body. */
function quotesOne(file: string, io: Io): string {
  const raw = load(file, io);
  const isHtml = /\.html?$/i.test(file) || (file === '-' && /^\s*</.test(raw));
  // HTML is the article body as it stands: its paragraphs, separated by blank lines as in `extract`.
  const text = isHtml ? paragraphsOf(documentOf(raw).body).join('\n\n') : raw;
  const { quotes, speakers } = findQuotes(text);
  return JSON.stringify({ file, quotes, speakers });
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
  if (cmd.command === 'help') {
    io.stdout(USAGE + '\n');
    return EXIT.ok;
  }
  if (cmd.command === 'version') {
    io.stdout(`${typeof VERBATIM_VERSION === 'string' ? VERBATIM_VERSION : 'dev'}\n`);
    return EXIT.ok;
  }
  return cmd.command === 'extract' ? runExtract(cmd, io) : runQuotes(cmd, io);
}

function eachFile(
  files: string[],
  io: Io,
  one: (file: string) => { output: string; ok: boolean },
): number {
  let status: number = EXIT.ok;
  for (const file of files) {
    try {
      const { output, ok } = one(file);
      io.stdout(output + '\n');
      if (!ok && status === EXIT.ok) status = EXIT.noArticle;
    } catch (error) {
      const message =
        error instanceof FileError
          ? error.message
          : `verbatim: ${file}: ${(error as Error).message?.split('\n')[0] ?? 'failed'}`;
      io.stderr(message + '\n');
      status = EXIT.failure;
    }
  }
  return status;
}

function runExtract(cmd: ExtractCommand, io: Io): number {
  return eachFile(cmd.files, io, (file) => extractOne(file, cmd, io));
}

function runQuotes(cmd: QuotesCommand, io: Io): number {
  return eachFile(cmd.files, io, (file) => ({ output: quotesOne(file, io), ok: true }));
}
