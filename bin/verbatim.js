#!/usr/bin/env node
// The `verbatim` command. The engine is TypeScript bundled by `npm run build`; this file only
// finds it, so `npx verbatim` works from the repo root after a build.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const engine = fileURLToPath(new URL('../build/cli/verbatim.mjs', import.meta.url));
if (!existsSync(engine)) {
  process.stderr.write('verbatim: the engine is not built yet; run `npm run build` first\n');
  process.exit(1);
}
await import(pathToFileURL(engine).href);
