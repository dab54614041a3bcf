// Placeholder until the page is built (issue 8).
export function StatisticsPage() {
  return <div>…</div>;
}
