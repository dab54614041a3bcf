// The search form of the needs pages as the query the server takes: empty choices left out, the keyword trimmed,
// amounts typed in 元 turned into fen exactly, dates as YYYY-MM-DD, and the defaults (open needs) not sent at all.
import type { NeedFilters, NeedKind, NeedSort, SearchStatus } from '../../api/needs.ts';
import { MAX_QUANTITY, parseYuan } from './format.ts';

/** A picked day (dayjs in the form; anything that formats itself in the tests). */
interface Day {
  format: (template: string) => string;
}

export interface NeedFilterValues {
  q?: string;
  region?: string | null;
  field?: string | null;
  population?: string | null;
  keyAreasOnly?: boolean;
  householdOnly?: boolean;
  kind?: NeedKind | null;
  /** 元, as typed. */
  minYuan?: string;
  maxYuan?: string;
  deadline?: readonly [Day | null, Day | null] | null;
  status?: SearchStatus | null;
  sort?: NeedSort | null;
}

/** The message for an amount box that does not hold an amount in 元 (null when it is fine or empty). */
export function yuanProblem(text: string | undefined): 'format' | 'range' | null {
  if (text === undefined || text.trim() === '') return null;
  const fen = parseYuan(text);
  if (fen === null) return 'format';
  return fen > MAX_QUANTITY ? 'range' : null;
}

function fenOf(text: string | undefined): number | undefined {
  if (text === undefined || yuanProblem(text) !== null) return undefined;
  const fen = parseYuan(text);
  return fen ?? undefined;
}

export function toNeedFilters(values: NeedFilterValues): NeedFilters {
  const q = values.q?.trim().slice(0, 50);
  const minAmountFen = fenOf(values.minYuan);
  const maxAmountFen = fenOf(values.maxYuan);
  const [from, to] = values.deadline ?? [null, null];
  return {
    ...(q ? { q } : {}),
    ...(values.region ? { region: values.region } : {}),
    ...(values.field ? { field: values.field } : {}),
    ...(values.population ? { population: values.population } : {}),
    ...(values.keyAreasOnly ? { keyAreasOnly: true } : {}),
    ...(values.householdOnly ? { householdOnly: true } : {}),
    ...(values.kind ? { kind: values.kind } : {}),
    ...(minAmountFen !== undefined ? { minAmountFen } : {}),
    ...(maxAmountFen !== undefined ? { maxAmountFen } : {}),
    ...(from ? { deadlineFrom: from.format('YYYY-MM-DD') } : {}),
    ...(to ? { deadlineTo: to.format('YYYY-MM-DD') } : {}),
    ...(values.status && values.status !== 'open' ? { status: values.status } : {}),
    ...(values.sort ? { sort: values.sort } : {}),
  };
}
