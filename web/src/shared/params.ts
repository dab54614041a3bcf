/** The numeric id in a route or query parameter ("12"), or null when it is missing or not an id. */
export function idParam(value: string | null | undefined): number | null {
  return value && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}
