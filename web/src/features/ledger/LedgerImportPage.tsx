// Placeholder until the page is built (issue 8).
export function LedgerImportPage() {
  return <div>…</div>;
}
