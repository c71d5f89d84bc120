/**
 * One share of the linkedom fuzz run, in a worker thread: test/unit/fuzz-sanitise.test.ts bundles
 * this file and starts one per core, each with its own seed.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { parentPort, workerData } from 'node:worker_threads';
import { sampleArb } from './hostile-markup.js';
import { runSample, type Dom } from './invariants.js';

export interface WorkerTask {
  seed: number;
  runs: number;
  /** Shrink a failure to a small input rather than stop at the first one (slow). */
  shrink: boolean;
}

export interface WorkerReport {
  seed: number;
  runs: number;
  articles: number;
  /** fast-check's report of the first failure, with the seed and path that replay it. */
  failure: string | null;
}

const linkedom: Dom = {
  parsePage: (html) => parseHTML(html).document as unknown as Document,
  parseBody: (html) => {
    const { document } = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>');
    document.body.innerHTML = html;
    return document.body as unknown as Element;
  },
};

const { seed, runs, shrink } = workerData as WorkerTask;
let articles = 0;
let failure: string | null = null;
try {
  fc.assert(
    fc.property(sampleArb, (sample) => {
      const { problems, article } = runSample(sample, linkedom);
      if (article) articles++;
      if (problems.length)
        throw new Error(`${problems.length} broken invariants:\n  ${problems.join('\n  ')}`);
    }),
    { seed, numRuns: runs, endOnFailure: !shrink },
  );
} catch (error) {
  failure = error instanceof Error ? error.message : String(error);
}
parentPort!.postMessage({ seed, runs, articles, failure } satisfies WorkerReport);
