/**
 * Why the strip stage hid a block, and how the reader names it. One table, so the type, the
 * labels and the CLI's `removed[].reason` can never drift apart: a new reason needs a label.
 */
export const REMOVAL_LABELS = {
  'unrelated-story': 'unrelated story',
  teaser: 'teaser for another story',
  'related-links': 'related links',
  'read-more': 'read-more link',
  navigation: 'navigation',
  aside: 'aside',
  promo: 'promotion',
  newsletter: 'newsletter sign-up',
  comments: 'comments prompt',
  share: 'share buttons',
  'author-footer': 'author footer',
  'author-bio': 'author biography',
  byline: 'byline',
  dateline: 'dateline',
  credit: 'credit',
  title: 'repeated title',
  duplicate: 'repeated text',
  player: 'media player text',
  'cookie-notice': 'cookie notice',
  'site-footer': 'site footer',
} as const satisfies Record<string, string>;

export type RemovalReason = keyof typeof REMOVAL_LABELS;

export function isRemovalReason(value: unknown): value is RemovalReason {
  return typeof value === 'string' && Object.hasOwn(REMOVAL_LABELS, value);
}
