/** A big article's pieces as they come: what the reader adds, and when it hears of more. */
import { describe, expect, it, vi } from 'vitest';
import { ArticlePieces } from '../../src/shared/article-pieces.js';

describe('a big article coming in pieces', () => {
  it('hands out the pieces in the order they came, and knows when it is whole', () => {
    const pieces = new ArticlePieces(3);
    const heard = vi.fn(() => pieces.count);
    pieces.onPiece(heard);
    expect(pieces.complete).toBe(false);
    pieces.add('<div data-vb-fill=""></div>');
    pieces.add('<p>One.</p>');
    expect([pieces.count, pieces.at(1), pieces.at(2), pieces.complete]).toEqual([
      2,
      '<p>One.</p>',
      undefined,
      false,
    ]);
    pieces.add('<p>Two.</p>');
    expect(pieces.complete).toBe(true);
    expect(heard.mock.results.map((r) => r.value as number)).toEqual([1, 2, 3]);
    // Nothing past the last piece.
    pieces.add('<p>Three.</p>');
    expect([pieces.count, heard.mock.calls.length]).toEqual([3, 3]);
  });

  it('stops telling a reader that stopped listening', () => {
    const pieces = new ArticlePieces(2);
    const heard = vi.fn();
    const stop = pieces.onPiece(heard);
    pieces.add('a');
    stop();
    pieces.add('b');
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('says so once when the pieces stop coming, and takes none after', () => {
    const pieces = new ArticlePieces(3);
    const lost = vi.fn();
    pieces.onLost(lost);
    pieces.add('a');
    pieces.lose();
    pieces.lose();
    pieces.add('b');
    expect(lost).toHaveBeenCalledTimes(1);
    expect(pieces.count).toBe(1);
    // Asked after the loss: told at once.
    const late = vi.fn();
    pieces.onLost(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('is never lost once whole', () => {
    const pieces = new ArticlePieces(2);
    pieces.add('a');
    pieces.add('b');
    const lost = vi.fn();
    pieces.onLost(lost);
    pieces.lose();
    expect([pieces.complete, lost.mock.calls.length]).toEqual([true, 0]);
  });

  it('remembers that its view no longer wants the rest', () => {
    const pieces = new ArticlePieces(3);
    pieces.add('a');
    expect(pieces.dropped).toBe(false);
    pieces.drop();
    expect([pieces.dropped, pieces.complete]).toEqual([true, false]);
  });
});
