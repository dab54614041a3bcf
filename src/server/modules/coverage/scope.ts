// What a coverage request is about, checked before any counting: a real day, a known kind, a program the caller may
// see, and regions that exist and overlap the caller's scope. Bad input is a field error; a program out of sight is
// 404 (its existence is not for everyone); a region filter outside the scope is 403 OUT_OF_SCOPE.
import type { Kysely } from 'kysely';
import { chinaToday, isIsoDate } from '../../../common/glossary.ts';
import type { DB } from '../../db/types.ts';
import { AppError, type FieldError } from '../../errors.ts';
import { isDesignationKind } from './kinds.ts';
import { existingRegions, findProgram, type CoverageScope } from './queries.ts';

export interface CoverageFilterInput {
  programId: number;
  asOf?: string | undefined;
  region?: string | undefined;
  kind?: string | undefined;
  county?: string | undefined;
}

export interface ResolvedCoverage {
  program: { id: number; name: string; regionCode: string };
  scope: CoverageScope;
}

/** The longer of two codes when one lies inside the other; undefined when they do not overlap. */
function overlap(a: string | null, b: string): string | undefined {
  if (a === null || b.startsWith(a)) return b;
  if (a.startsWith(b)) return a;
  return undefined;
}

/** `scopeRegion` is the caller's region scope (null: the whole country), fixed in an export job's payload. */
export async function resolveCoverage(
  db: Kysely<DB>,
  scopeRegion: string | null,
  f: CoverageFilterInput,
): Promise<ResolvedCoverage> {
  const problems: FieldError[] = [];
  const asOf = f.asOf ?? chinaToday();
  if (!isIsoDate(asOf)) problems.push({ field: 'asOf', message: '统计日期：不是有效日期，格式为 YYYY-MM-DD' });
  else if (asOf < '1949-10-01' || asOf > '2199-12-31')
    problems.push({ field: 'asOf', message: '统计日期：须在 1949-10-01 至 2199-12-31 之间' });
  if (f.kind !== undefined && !isDesignationKind(f.kind))
    problems.push({ field: 'kind', message: `重点地区类别：“${f.kind}”不是有效的类别` });
  const codes = [f.region, f.county].filter((c): c is string => c !== undefined);
  const known = await existingRegions(db, codes);
  if (f.region !== undefined && !known.has(f.region))
    problems.push({ field: 'region', message: `地区：区划代码“${f.region}”不存在` });
  if (f.county !== undefined && !known.has(f.county))
    problems.push({ field: 'county', message: `区县：区划代码“${f.county}”不存在` });
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });

  const program = await findProgram(db, f.programId);
  if (!program || overlap(scopeRegion, program.region_code) === undefined) {
    throw new AppError('NOT_FOUND', { message: `帮扶计划 ${f.programId} 不存在或不在您的管辖范围内` });
  }

  const area = f.region === undefined ? scopeRegion : overlap(scopeRegion, f.region);
  if (area === undefined) {
    throw new AppError('OUT_OF_SCOPE', { fields: [{ field: 'region', message: '地区：不在您的管辖范围内' }] });
  }
  if (f.county !== undefined && overlap(scopeRegion, f.county) === undefined) {
    throw new AppError('OUT_OF_SCOPE', { fields: [{ field: 'county', message: '区县：不在您的管辖范围内' }] });
  }
  return {
    program: { id: program.id, name: program.name, regionCode: program.region_code },
    scope: {
      programId: program.id,
      asOf,
      area,
      kind: f.kind !== undefined && isDesignationKind(f.kind) ? f.kind : undefined,
      county: f.county,
    },
  };
}
