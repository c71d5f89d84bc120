export { read } from './read.js';
export { PageLimitError } from './limits.js';
export { sanitiseNode, safeUrl } from './sanitise.js';
export { paragraphsOf, countWords } from './blocks.js';
export { pageSignals, contentStats, judge } from './detect.js';
export { extract } from './extract.js';
export type * from './types.js';
