/**
 * Arguments for the benchmarks: node:util's parseArgs, strict (an unknown option, a missing
 * value or a stray argument stops the run before any work), `--help` for the usage, and a
 * one-line message with the usage and exit status 2 for anything wrong.
 */
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
/** The values parseArgs gives for these options, typed as for a literal config. */
type Values<O extends Options> = ReturnType<
  typeof parseArgs<{ options: O; strict: true; allowPositionals: false }>
>['values'];

export interface BenchArgs<V> {
  values: V;
  /** Prints `message` and the usage, and exits with status 2. */
  fail(message: string): never;
  /** A whole number option, or `fallback` when it is not given. */
  count(name: keyof V & string, fallback: number): number;
  /** An option that must be one of `choices`, or `fallback` when it is not given. */
  oneOf<C extends string>(name: keyof V & string, choices: readonly C[], fallback: C): C;
}

export function benchArgs<const O extends Options>(
  usage: string,
  options: O,
): BenchArgs<Values<O>> {
  const script = path.basename(process.argv[1] ?? 'bench').replace(/\.m?js$/, '.ts');
  const fail = (message: string): never => {
    console.error(`${script}: ${message}\n${usage}`);
    process.exit(2);
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      options: { ...options, help: { type: 'boolean', short: 'h' } } as const,
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    // parseArgs's messages run over several lines: keep the first sentence.
    return fail((error as Error).message.split(/\.\s|\n/)[0]!);
  }
  const values = parsed.values as Values<O>;
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  const text = (name: string): string | undefined => {
    const value = (values as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : undefined;
  };
  return {
    values,
    fail,
    count(name, fallback) {
      const value = text(name);
      if (value === undefined) return fallback;
      if (!/^\d+$/.test(value)) fail(`--${name} needs a whole number, not '${value}'`);
      return Number(value);
    },
    oneOf(name, choices, fallback) {
      const value = text(name) ?? fallback;
      if (!(choices as readonly string[]).includes(value))
        fail(`--${name} must be one of ${choices.join(', ')}, not '${value}'`);
      return value as (typeof choices)[number];
    },
  };
}
