// Placeholder until the page is built (issue 8).
export function LedgerPage() {
  return <div>…</div>;
}
