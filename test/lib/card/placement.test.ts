import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../lib/card/placement';

const viewport = { width: 1200, height: 900 };
const size = { width: 360, height: 150 };

describe('placeCard', () => {
  it('puts the card just below the name, left edges aligned', () => {
    expect(placeCard({ left: 100, top: 80, bottom: 100 }, size, viewport)).toEqual({ left: 100, top: 106 });
  });

  it('puts it above a name near the bottom of the window', () => {
    expect(placeCard({ left: 100, top: 800, bottom: 820 }, size, viewport)).toEqual({ left: 100, top: 644 });
  });

  it('keeps it inside the window on the right and the left', () => {
    expect(placeCard({ left: 1100, top: 80, bottom: 100 }, size, viewport).left).toBe(1200 - 360 - 8);
    expect(placeCard({ left: -40, top: 80, bottom: 100 }, size, viewport).left).toBe(8);
  });

  it('keeps the top of a card taller than the room above and below in view', () => {
    expect(placeCard({ left: 100, top: 100, bottom: 120 }, { width: 360, height: 850 }, viewport).top).toBe(8);
  });
});
