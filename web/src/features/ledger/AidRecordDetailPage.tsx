// Placeholder until the page is built (issue 8).
export function AidRecordDetailPage() {
  return <div>…</div>;
}
