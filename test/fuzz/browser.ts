/**
 * The fuzz checks for a page in Chromium, bundled by test/e2e/fuzz-chromium.test.ts into a script
 * that sets the global `VerbatimFuzz`. Pages are parsed with DOMParser (inert, like the content
 * script's copy of the page) and the output the way the reader inserts it: into the body of an
 * inert document made with createHTMLDocument.
 */
import { runSample, type Dom } from './invariants.js';
import type { FuzzSample } from './sample.js';

const chromium: Dom = {
  parsePage: (html) => new DOMParser().parseFromString(html, 'text/html'),
  parseBody: (html) => {
    const inert = document.implementation.createHTMLDocument('');
    inert.body.innerHTML = html;
    return inert.body;
  },
};

export interface BatchResult {
  failures: Array<{ index: number; problems: string[] }>;
  articles: number;
}

export function runBatch(samples: FuzzSample[]): BatchResult {
  const failures: BatchResult['failures'] = [];
  let articles = 0;
  samples.forEach((sample, index) => {
    const { problems, article } = runSample(sample, chromium);
    if (article) articles++;
    if (problems.length) failures.push({ index, problems });
  });
  return { failures, articles };
}
