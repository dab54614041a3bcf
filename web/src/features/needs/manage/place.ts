// A place's path as read inside the caller's own area: “红池坝镇 / 中岗村” for an official of 巫溪县 rather than the
// whole “重庆市 / 巫溪县 / 红池坝镇 / 中岗村” on every row (the page header already says whose area it is).

/** `path` without the leading segments it shares with `scopePath`; the last segment when it is the scope itself. */
export function placeWithin(path: string, scopePath: string | null | undefined): string {
  if (!scopePath) return path;
  if (path === scopePath) return path.split(' / ').at(-1) ?? path;
  const prefix = `${scopePath} / `;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
