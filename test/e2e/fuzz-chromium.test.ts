/**
 * Fuzzes the sanitiser in Chromium, whose HTML parser is the one the reader uses: the same
 * grammar and invariants as test/unit/fuzz-sanitise.test.ts, with read() bundled for a plain
 * 127.0.0.1 page and every output parsed back by the browser itself. Also checks that parsing
 * the pages and the output in inert documents runs nothing and fetches nothing.
 *
 * Samples come from a fixed seed (FUZZ_SEED picks another); a failure names the seed and the
 * sample's index, and prints the sample.
 */
import { build } from 'esbuild';
import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSER_TARGETS } from '../../scripts/targets.mjs';
import type { Page } from 'playwright-core';
import type { BatchResult } from '../fuzz/browser.js';
import { sampleArb } from '../fuzz/hostile-markup.js';
import { MARKER_HOST, type FuzzSample } from '../fuzz/sample.js';
import { ROOT, type Harness } from './chromium.js';
import type { FixtureServer } from './server.js';
import { useChromium } from './suite.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20240601);
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const BATCH = 250;

let h: Harness;
let server: FixtureServer;

useChromium(async (harness, fixtures) => {
  h = harness;
  server = fixtures;
});

/** read() and the checks as one script for the page, exposing the global VerbatimFuzz. */
async function fuzzBundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'test/fuzz/browser.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'VerbatimFuzz',
    write: false,
    logLevel: 'warning',
    ...BROWSER_TARGETS,
  });
  return result.outputFiles[0]!.text;
}

/** A plain 127.0.0.1 page holding the bundle, ready for batches. */
async function fuzzPage(page: Page, url: string, bundle: string): Promise<void> {
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!DOCTYPE html><html><head><title>fuzz</title></head><body></body></html>',
    }),
  );
  await page.goto(url);
  await page.addScriptTag({ content: bundle });
}

function runBatch(page: Page, batch: FuzzSample[]): Promise<BatchResult> {
  return page.evaluate(
    (batch) =>
      (
        globalThis as unknown as { VerbatimFuzz: { runBatch: (s: FuzzSample[]) => BatchResult } }
      ).VerbatimFuzz.runBatch(batch),
    batch,
  );
}

describe('sanitiser fuzz (Chromium)', () => {
  it(
    `keeps its invariants on ${RUNS} hostile samples (seed ${SEED})`,
    { timeout: 600_000 },
    async () => {
      const bundle = await fuzzBundle();
      // Two pages, two renderer processes: batches run on both cores.
      const pages = [h.page, await h.context.newPage()];
      await Promise.all(
        pages.map((page, i) => fuzzPage(page, `${server.origin}/fuzz/${SEED}/${i}`, bundle)),
      );
      // From here on, nothing may be fetched: every document the samples touch is inert.
      const requests: string[] = [];
      const onRequest = (request: { url: () => string }) => requests.push(request.url());
      h.context.on('request', onRequest);

      const started = Date.now();
      const samples = fc.sample(sampleArb, { seed: SEED, numRuns: RUNS });
      let articles = 0;
      let next = 0;
      let failure: string | null = null;
      await Promise.all(
        pages.map(async (page) => {
          while (next < samples.length && !failure) {
            const from = next;
            next += BATCH;
            const result = await runBatch(page, samples.slice(from, from + BATCH));
            articles += result.articles;
            const first = result.failures[0];
            if (first && !failure) {
              const index = from + first.index;
              failure = `sample ${index} of seed ${SEED} (FUZZ_SEED=${SEED}) broke ${first.problems.length} invariants:\n  ${first.problems.join('\n  ')}\nsample: ${JSON.stringify(samples[index])}`;
            }
          }
        }),
      );
      if (failure) throw new Error(failure);
      // Handlers and timers a payload might have queued get their turn before the flag is read.
      await h.page.waitForTimeout(100);
      h.context.off('request', onRequest);
      console.log(
        `fuzz (Chromium): ${RUNS} samples, seed ${SEED}, ${articles} read as articles, ${Date.now() - started} ms`,
      );
      for (const page of pages)
        expect(
          await page.evaluate(() => (window as { __pwned?: unknown }).__pwned),
        ).toBeUndefined();
      await pages[1]!.close();
      expect(requests.filter((r) => r.includes(MARKER_HOST))).toEqual([]);
      expect(requests).toEqual([]);
      expect(articles).toBeGreaterThan(RUNS * 0.6);
    },
  );
});
