/**
 * Where feature scripts (shared/features.ts) leave their exports for content.js. Kept apart from
 * content/features.ts so a feature script does not bundle the messaging code with it.
 */
import type { Feature, FeatureExports } from '../shared/features.js';

declare global {
  var __verbatimFeatures: Partial<FeatureExports> | undefined;
}

/** Called by a feature script when it is injected. */
export function registerFeature<F extends Feature>(feature: F, exports: FeatureExports[F]): void {
  globalThis.__verbatimFeatures ??= {};
  globalThis.__verbatimFeatures[feature] = exports;
}

export function loaded<F extends Feature>(feature: F): FeatureExports[F] | undefined {
  return globalThis.__verbatimFeatures?.[feature];
}
