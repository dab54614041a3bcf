// Placeholder until the page is built (issue 8).
export function AidRecordFormPage() {
  return <div>…</div>;
}
