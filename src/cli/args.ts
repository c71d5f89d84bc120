/**
 * Command-line parsing for `verbatim`, kept pure so the contract can be unit-tested. Options are
 * parsed by node:util's parseArgs, strictly: `--format=md` and `--format md` alike, `--` ends the
 * options, and an unknown option or a missing value is a usage error (exit 2).
 */
import { parseArgs as parse, type ParseArgsConfig } from 'node:util';

export type Format = 'json' | 'md' | 'text';

export interface ExtractCommand {
  command: 'extract';
  files: string[];
  url: string | null;
  strip: boolean;
  format: Format;
}
export interface QuotesCommand {
  command: 'quotes';
  files: string[];
  format: 'json';
}
export type Command = ExtractCommand | QuotesCommand | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage:
  verbatim extract FILE... [--url URL] [--no-strip] [--format json|md|text]
  verbatim quotes FILE... [--format json]
  verbatim --help | --version

FILE is a saved HTML page (or, for quotes, a .txt or .html article); '-' reads standard input,
and every argument after '--' is a FILE.
Several files print JSON Lines, one object per file, in the order given; a file that cannot be
read prints {"file", "ok": false, "error", "message"} and one line on standard error.
Inputs over 10 MiB, and pages over 25,000 elements (extract), are refused.
Exit status: 0 all files had an article, 3 some had none, 2 bad arguments, 1 a file failed.`;

type Options = NonNullable<ParseArgsConfig['options']>;

const HELP = { help: { type: 'boolean', short: 'h' } } as const;
const OPTIONS: Record<'extract' | 'quotes', Options> = {
  extract: {
    url: { type: 'string' },
    'no-strip': { type: 'boolean' },
    format: { type: 'string' },
    ...HELP,
  },
  quotes: { format: { type: 'string' }, ...HELP },
};
const FORMATS = { extract: ['json', 'md', 'text'], quotes: ['json'] } as const;

/** parseArgs's own messages run over several lines; ours name the option on one. */
function usageError(error: unknown, command: string): Error {
  const { code, message } = error as { code?: string; message: string };
  const option = /'(-[^' ]*)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option)
    return new UsageError(`unknown option '${option}' for ${command}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option)
    return new UsageError(
      / not take /.test(message) ? `${option} takes no value` : `${option} needs a value`,
    );
  return code?.startsWith('ERR_PARSE_ARGS_')
    ? new UsageError(message.split('\n')[0]!)
    : (error as Error);
}

export function parseArgs(argv: string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help')
    return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command !== 'extract' && command !== 'quotes')
    throw new UsageError(`unknown command '${command}' (expected extract or quotes)`);

  let parsed;
  try {
    parsed = parse({ args: rest, options: OPTIONS[command], allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(error, command);
  }
  const { values, positionals: files } = parsed;
  if (values.help) return { command: 'help' };

  const url = typeof values.url === 'string' ? values.url : null;
  if (url !== null && !URL.canParse(url))
    throw new UsageError(
      `--url needs an absolute address like https://example.com/story, not '${url}'`,
    );
  const format = typeof values.format === 'string' ? values.format : 'json';
  const allowed: readonly string[] = FORMATS[command];
  if (!allowed.includes(format))
    throw new UsageError(`--format must be one of ${allowed.join(', ')}, not '${format}'`);
  if (!files.length) throw new UsageError(`${command} needs at least one FILE`);
  if (files.filter((f) => f === '-').length > 1)
    throw new UsageError(`standard input ('-') can be read only once`);
  if (command === 'quotes') return { command, files, format: 'json' };
  if (format !== 'json' && files.length > 1)
    throw new UsageError(`--format ${format} takes a single file; use json for several`);
  return { command, files, url, strip: !values['no-strip'], format: format as Format };
}
