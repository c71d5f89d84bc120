/** Searching ascending arrays of offsets, so the phases look offsets up instead of rescanning. */

/**
 * Index of the first item whose offset is at or after `x`, in an array sorted by that offset (its
 * length when there is none). `offset` reads an item's offset; by default the item is one.
 */
export function firstAtOrAfter<T = number>(
  sorted: ArrayLike<T>,
  x: number,
  offset: (item: T) => number = Number,
): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (offset(sorted[mid]!) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
