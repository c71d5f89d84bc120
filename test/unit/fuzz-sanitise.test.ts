/**
 * Fuzzes the sanitiser under linkedom (the CLI's DOM): random hostile markup from the grammar in
 * test/fuzz/hostile-markup.ts, through read() inside an article page and through sanitiseNode()
 * alone, with every output checked against the invariants in test/fuzz/invariants.ts.
 *
 * The samples are shared between two worker threads (test/fuzz/node-worker.ts), one per core,
 * each with a fixed seed so that CI runs the same samples every time. A failure names its seed;
 * FUZZ_SEED picks other seeds, FUZZ_RUNS another count, and FUZZ_SHRINK=1 shrinks a failure to
 * a small input (slow, for reproducing one by hand).
 */
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { WorkerReport, WorkerTask } from '../fuzz/node-worker.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20240501);
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const WORKERS = 2;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The worker as plain JavaScript, next to node_modules so that its imports resolve. */
async function workerScript(): Promise<string> {
  const outfile = path.join(ROOT, 'build/fuzz/node-worker.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'test/fuzz/node-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}

function runWorker(script: string, task: WorkerTask): Promise<WorkerReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: task });
    worker.once('message', (report: WorkerReport) => resolve(report));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`fuzz worker exited with code ${code}`)));
  });
}

describe('sanitiser fuzz (linkedom)', () => {
  it(
    `keeps its invariants on ${RUNS} hostile samples (seeds ${SEED}…)`,
    { timeout: 600_000 },
    async () => {
      const started = Date.now();
      const script = await workerScript();
      const reports = await Promise.all(
        Array.from({ length: WORKERS }, (_, i) =>
          runWorker(script, {
            seed: SEED + i,
            runs: Math.ceil(RUNS / WORKERS),
            shrink: process.env.FUZZ_SHRINK === '1',
          }),
        ),
      );
      for (const { seed, failure } of reports)
        if (failure) throw new Error(`fuzz seed ${seed} (FUZZ_SEED=${seed}):\n${failure}`);
      const articles = reports.reduce((n, r) => n + r.articles, 0);
      const runs = reports.reduce((n, r) => n + r.runs, 0);
      console.log(
        `fuzz (linkedom): ${runs} samples, seeds ${reports.map((r) => r.seed).join(', ')}, ${articles} read as articles, ${Date.now() - started} ms`,
      );
      // The page around each fragment is an article: most samples must reach the whole pipeline.
      expect(articles).toBeGreaterThan(runs * 0.6);
    },
  );
});
