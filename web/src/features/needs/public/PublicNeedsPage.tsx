// Placeholder while the page is being built (issue 6).
export function PublicNeedsPage() {
  return null;
}
