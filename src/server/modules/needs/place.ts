// Where a new need belongs: its household's village, or a county, township or village of the caller's subtree. The
// rules of the place come before the rules of the fields, and their field errors are reported together.
import { AppError, type FieldError } from '../../errors.ts';
import { isRegionInScope, type Actor } from '../../platform/access.ts';
import * as q from './queries.ts';

const PLACE_LENGTHS = new Set([6, 9, 12]);

export interface Place {
  regionCode: string | null;
  householdId: number | null;
  errors: FieldError[];
}

export async function placeOf(
  db: q.Executor,
  actor: Actor,
  input: { regionCode?: string | undefined; householdId?: number | null | undefined },
): Promise<Place> {
  const regionCode = input.regionCode ?? null;
  if (input.householdId !== undefined && input.householdId !== null) {
    const household = await q.householdById(db, input.householdId);
    // Another place's household is not the caller's to know about: the same answer as one that does not exist.
    if (!household || !isRegionInScope(actor, household.region_code)) {
      throw new AppError('NOT_FOUND', {
        message: '住户不存在或不在您的管辖范围内',
        fields: [{ field: 'householdId', message: '住户：不存在或不在您的管辖范围内' }],
      });
    }
    if (household.status !== 'active') throw new AppError('HOUSEHOLD_ARCHIVED');
    const errors: FieldError[] =
      regionCode !== null && regionCode !== household.region_code
        ? [{ field: 'regionCode', message: '需求所属地区：住户需求属于住户所在的村，不用另选地区' }]
        : [];
    return { regionCode: household.region_code, householdId: household.id, errors };
  }

  if (regionCode === null) {
    return { regionCode, householdId: null, errors: [{ field: 'regionCode', message: '需求所属地区：请选择区县、乡镇或村' }] };
  }
  if (!PLACE_LENGTHS.has(regionCode.length)) {
    // The schema admits 6 to 12 digits; 7, 8, 10 and 11 are no level at all.
    return {
      regionCode,
      householdId: null,
      errors: [{ field: 'regionCode', message: `需求所属地区：“${regionCode}”不是区县（6 位）、乡镇（9 位）或村（12 位）的代码` }],
    };
  }
  if (!isRegionInScope(actor, regionCode)) {
    throw new AppError('OUT_OF_SCOPE', {
      message: '只能为本人管辖范围内的区县、乡镇或村发布需求',
      fields: [{ field: 'regionCode', message: '需求所属地区：不在您的管辖范围内' }],
    });
  }
  if (!(await q.regionExists(db, regionCode))) {
    return { regionCode, householdId: null, errors: [{ field: 'regionCode', message: `需求所属地区：区划代码“${regionCode}”不存在` }] };
  }
  return { regionCode, householdId: null, errors: [] };
}
