/**
 * Chromium returns an empty `data:,` image instead of failing when a canvas is
 * too large, and `cy.png` ignores `maxWidth` once `scale` is set. These limits
 * sit safely under every current browser's (Chromium: 65,535 px a side and
 * 268 M px; Firefox and Safari: about 32,767 px and 268 M px).
 */
export const CANVAS_LIMITS = {
  /** Longest side, in device pixels. */
  maxSide: 16_384,
  /** Width times height, in device pixels. */
  maxArea: 120_000_000,
} as const;

export interface ScaleDecision {
  /** The scale to render at. */
  scale: number;
  /** True when `scale` is below what was asked for. */
  capped: boolean;
}

/** The largest scale, up to `requested`, at which a `width`×`height` image still fits. */
export function capScale(
  width: number,
  height: number,
  requested: number,
  limits: { maxSide: number; maxArea: number } = CANVAS_LIMITS,
): ScaleDecision {
  const w = Math.max(width, 1);
  const h = Math.max(height, 1);
  const fit = Math.min(limits.maxSide / w, limits.maxSide / h, Math.sqrt(limits.maxArea / (w * h)));
  // Rounded down, so float error can never push a side past the limit.
  const allowed = Math.floor(fit * 1000) / 1000;
  return allowed < requested
    ? { scale: allowed, capped: true }
    : { scale: requested, capped: false };
}
