// Placeholder while the panel is being built (issue 6): the claims of one need, with confirm / decline for its liaison.
export function NeedClaimsPanel(_props: { needId: number }) {
  return null;
}
