/**
 * Loads a feature script (see shared/features.ts) on first use. The script runs in the same
 * isolated world as content.js and registers what it exports here; the page cannot see either.
 */
import browser from 'webextension-polyfill';
import type { ContentRequest } from '../shared/messages.js';
import type { Feature, FeatureExports } from '../shared/features.js';
import { loaded } from './feature-registry.js';

const pending = new Map<Feature, Promise<unknown>>();

/**
 * The feature's exports, injecting its script the first time. Resolves to null when the
 * background could not inject it (the tab navigated, the grant is gone): callers degrade, the
 * reader keeps working.
 */
export function loadFeature<F extends Feature>(feature: F): Promise<FeatureExports[F] | null> {
  const ready = loaded(feature);
  if (ready !== undefined) return Promise.resolve(ready);
  let request = pending.get(feature);
  if (!request) {
    const message: ContentRequest = { type: 'verbatim:load-feature', feature };
    request = browser.runtime.sendMessage(message).catch(() => false);
    pending.set(feature, request);
    void request.finally(() => pending.delete(feature));
  }
  return request.then(() => loaded(feature) ?? null);
}
