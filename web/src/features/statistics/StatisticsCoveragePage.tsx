// Placeholder until the page is built (issue 8).
export function StatisticsCoveragePage() {
  return <div>…</div>;
}
