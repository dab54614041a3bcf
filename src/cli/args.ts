// Minimal flag parsing for the operators' CLI: --name value, --flag.
export interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

export function parseArgs(argv: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      const next = argv[i + 1];
      if (inline !== undefined) flags.set(name, inline);
      else if (next !== undefined && !next.startsWith('--')) {
        flags.set(name, next);
        i += 1;
      } else flags.set(name, true);
    } else positional.push(a);
  }
  return { positional, flags };
}

export class UsageError extends Error {}

export function required(p: Parsed, name: string): string {
  const v = p.flags.get(name);
  if (typeof v !== 'string' || v === '') throw new UsageError(`缺少参数 --${name}`);
  return v;
}

export function optional(p: Parsed, name: string): string | undefined {
  const v = p.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}
