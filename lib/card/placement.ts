/** Where the hover card goes: beside the name it explains, inside the window. */

export interface Box {
  left: number;
  top: number;
  bottom: number;
}

/**
 * Below the name, 6 px down, left edges aligned; above it when there is no room below; never
 * closer than 8 px to the window's edges (a card taller than the window keeps its top in view).
 */
export function placeCard(anchor: Box, size: { width: number; height: number }, viewport: { width: number; height: number }): { left: number; top: number } {
  const left = Math.max(8, Math.min(anchor.left, viewport.width - size.width - 8));
  const below = anchor.bottom + 6;
  const top = below + size.height > viewport.height - 8 ? Math.max(8, anchor.top - size.height - 6) : below;
  return { left, top };
}
