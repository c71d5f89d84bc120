import { run } from './main.js';

// A failure run() did not foresee still ends with one line, never a stack trace.
try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`verbatim: ${(error as Error)?.message?.split('\n')[0] ?? 'failed'}\n`);
  process.exitCode = 1;
}
