// Placeholder while the page is being built (issue 6).
export function HouseholdDetailPage() {
  return null;
}
