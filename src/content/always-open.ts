/**
 * Runs just before content.js on the sites the user chose to have the reader open by itself on
 * (see shared/always-open.ts). It only says so: content.js, started this way rather than by a
 * click, stays out of the way on a page of the site that holds no article, such as its front
 * page. Both scripts share the extension's isolated world.
 */
globalThis.__verbatimOpenedBySite = true;
