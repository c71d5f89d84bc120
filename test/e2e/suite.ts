/** Shared set-up for the Chromium test files (kept apart from chromium.ts, which benchmarks use too). */
import { afterAll, beforeAll } from 'vitest';
import { launch, type Harness } from './chromium.js';
import { startServer, type FixtureServer } from './server.js';

/**
 * Registers the usual suite set-up: a fixture server and one Chromium with the extension for
 * the whole file, handed to `ready`, and both closed afterwards.
 */
export function useChromium(
  ready: (harness: Harness, server: FixtureServer) => void | Promise<void>,
  options: Parameters<typeof launch>[0] = {},
): void {
  let harness: Harness | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startServer();
    harness = await launch(options);
    await ready(harness, server);
  });
  afterAll(async () => {
    await harness?.close();
    await server?.close();
  });
}
