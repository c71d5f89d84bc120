/** The DOM shim for unit tests: linkedom, as in the CLI. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function fixtureHtml(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** The seed article and its hand-labelled gold: the product's own example, kept in the repo. */
export function seedFile(name: 'pompeo-nkorea.txt' | 'pompeo-nkorea.gold.json'): string {
  return readFileSync(path.join(FIXTURES, 'seed', name), 'utf8');
}

export function fixture(name: string): Document {
  return parse(fixtureHtml(name));
}

/** A minimal article page around some body HTML, declared as an article. */
export function articlePage(body: string, head = ''): Document {
  return parse(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test story</title><meta property="og:type" content="article">${head}</head><body><article>${body}</article></body></html>`,
  );
}
