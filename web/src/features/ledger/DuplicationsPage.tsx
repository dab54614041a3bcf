// Placeholder until the page is built (issue 8).
export function DuplicationsPage() {
  return <div>…</div>;
}
