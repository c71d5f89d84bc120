/** Command-line parsing for `verbatim`, kept pure so the contract can be unit-tested. */

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

FILE is a saved HTML page (or, for quotes, a .txt or .html article); '-' reads standard input.
Several files print JSON Lines, one object per file, in the order given.
Exit status: 0 all files had an article, 3 some had none, 2 bad arguments, 1 unreadable file.`;

function valueOf(argv: string[], i: number, flag: string): string {
  const value = argv[i + 1];
  if (value === undefined || (value.startsWith('--') && value.length > 2))
    throw new UsageError(`${flag} needs a value`);
  return value;
}

export function parseArgs(argv: string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help')
    return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command !== 'extract' && command !== 'quotes')
    throw new UsageError(`unknown command '${command}' (expected extract or quotes)`);

  const files: string[] = [];
  let url: string | null = null;
  let strip = true;
  let format: Format = 'json';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const take = (): string => {
      if (inline !== undefined) return inline;
      const value = valueOf(rest, i, flag);
      i++;
      return value;
    };
    if (flag === '--url' && command === 'extract') {
      url = take();
      try {
        new URL(url);
      } catch {
        throw new UsageError(
          `--url needs an absolute address like https://example.com/story, not '${url}'`,
        );
      }
    } else if (flag === '--no-strip' && command === 'extract' && inline === undefined)
      strip = false;
    else if (flag === '--format') {
      const value = take();
      const allowed = command === 'extract' ? ['json', 'md', 'text'] : ['json'];
      if (!allowed.includes(value))
        throw new UsageError(`--format must be one of ${allowed.join(', ')}, not '${value}'`);
      format = value as Format;
    } else if (arg === '-' || !arg.startsWith('-')) files.push(arg);
    else throw new UsageError(`unknown option '${arg}' for ${command}`);
  }
  if (!files.length) throw new UsageError(`${command} needs at least one FILE`);
  if (files.filter((f) => f === '-').length > 1)
    throw new UsageError(`standard input ('-') can be read only once`);
  if (command === 'quotes') return { command, files, format: 'json' };
  if (format !== 'json' && files.length > 1)
    throw new UsageError(`--format ${format} takes a single file; use json for several`);
  return { command, files, url, strip, format };
}
