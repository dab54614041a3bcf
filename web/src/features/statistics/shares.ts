// The confirmed, unconfirmed and disputed shares of an amount, in whole percent that add up to 100 (largest
// remainder), so that the strip's three numbers never read 33 + 33 + 33; a part that is not nothing reads at least
// 1 %, so that a small disputed amount is not shown as 0 %.
export function percentShares(parts: readonly number[]): number[] {
  const positive = parts.map((p) => Math.max(0, p));
  const total = positive.reduce((a, b) => a + b, 0);
  if (total <= 0) return parts.map(() => 0);
  const raw = positive.map((p) => (p * 100) / total);
  const floors = raw.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, rest: r - Math.floor(r) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left -= 1;
  }
  for (let i = 0; i < floors.length; i++) {
    if ((positive[i] ?? 0) > 0 && floors[i] === 0) {
      const largest = floors.indexOf(Math.max(...floors));
      floors[largest] = (floors[largest] ?? 0) - 1;
      floors[i] = 1;
    }
  }
  return floors;
}
