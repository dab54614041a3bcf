// The colour scale of amounts (the region treemap, the key areas): light to dark blue as the amount grows toward
// the largest shown, and a distinct grey for nothing at all — which every use also says in words, never by colour
// alone.

/** Nothing received: grey, not the lightest blue, so that a gap never reads as "a little". */
export const ZERO_COLOR = '#d9d9d9';
const LOW: RGB = [186, 224, 255];
const HIGH: RGB = [0, 58, 140];

type RGB = [number, number, number];

function hex([r, g, b]: RGB): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function parse(color: string): RGB {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return [0, 0, 0];
  return [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)];
}

/**
 * Where an amount sits between none and the largest, 0..1. The square root spreads the small amounts, which are
 * most of a region's children when one county got the bulk.
 */
export function amountShare(fen: number, maxFen: number): number {
  if (fen <= 0 || maxFen <= 0) return 0;
  return Math.sqrt(Math.min(1, fen / maxFen));
}

/** The fill of an amount: grey for none (or a net negative), else blue, darker for more. */
export function amountColor(fen: number, maxFen: number): string {
  if (fen <= 0 || maxFen <= 0) return ZERO_COLOR;
  const t = amountShare(fen, maxFen);
  return hex([0, 1, 2].map((i) => (LOW[i] ?? 0) + ((HIGH[i] ?? 0) - (LOW[i] ?? 0)) * t) as RGB);
}

/** Black or white text, whichever reads on this fill (relative luminance, WCAG). */
export function textColorOn(fill: string): string {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = parse(fill).map(channel) as RGB;
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.35 ? 'rgba(0, 0, 0, 0.88)' : '#ffffff';
}

/** The legend's stops: none, then the colours at a quarter, half, three quarters and all of the largest. */
export function legendStops(maxFen: number): { fen: number; color: string }[] {
  if (maxFen <= 0) return [{ fen: 0, color: ZERO_COLOR }];
  return [0, 0.25, 0.5, 0.75, 1].map((q) => {
    const fen = Math.round(maxFen * q);
    return { fen, color: amountColor(fen, maxFen) };
  });
}
