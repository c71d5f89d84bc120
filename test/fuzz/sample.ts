/** What a fuzz sample is, shared by the generator (Node only) and the checks (Node and Chromium). */

/** The address every sample page claims: relative addresses resolve against it. */
export const PAGE_URL = 'https://news.example/2024/05/harbour-plan.html';

/**
 * The host that everything harmful in a sample names: a request to it, in either runtime, means
 * something hostile got through. Harmless addresses name other hosts.
 */
export const MARKER_HOST = 'marker.invalid';

export interface FuzzSample {
  /** A whole article page with the hostile fragment inside it, for `read()`. */
  page: string;
  /** The hostile fragment alone, for `sanitiseNode()` on it directly. */
  fragment: string;
  embeds: 'frame' | 'link';
  strip: boolean;
  /** The base the direct `sanitiseNode()` run resolves against; null keeps relative paths. */
  baseUrl: string | null;
}
