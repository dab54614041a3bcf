// What a statistics request counts, settled before any summing: the region subtree (the caller's scope, narrowed by
// `region`), the months, and the program, key field, giver form and organization filters. Officials and liaisons
// count inside their region; organizations count only their own records, wherever they gave. Bad input is a field
// error; a region or an organization outside what the caller may see is 403 OUT_OF_SCOPE. The result is plain JSON,
// so an export job carries it as it was when the export was asked for.
import type { Kysely } from 'kysely';
import type { GiverForm } from '../../../common/ledger.ts';
import type { DB } from '../../db/types.ts';
import { AppError, type FieldError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import { regionPaths } from '../regions/queries.ts';
import { defaultMonths, monthCount } from './months.ts';

export interface StatisticsFilterInput {
  region?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  programId?: number | undefined;
  keyField?: string | undefined;
  giverForm?: GiverForm | undefined;
  organizationId?: number | undefined;
}

export interface StatisticsScope {
  /** Region code prefix of the places counted; null for the whole country. */
  area: string | null;
  /** '重庆市 / 巫溪县', or '全国'. */
  areaName: string;
  from: string;
  to: string;
  programId: number | null;
  keyField: string | null;
  giverForm: GiverForm | null;
  organizationId: number | null;
}

/** A report spans at most twenty years: enough for any program, and a trend a chart can draw. */
const MAX_MONTHS = 240;

const ORGANIZATION_ROLES: readonly Actor['role'][] = ['organization_admin', 'organization_member'];
const REGION_ROLES: readonly Actor['role'][] = ['platform_admin', 'department_official', 'liaison'];

/** The region the caller counts in (null: everywhere) and the organization they are held to, if any. */
function callerBounds(actor: Actor): { region: string | null; organizationId: number | null } {
  if (REGION_ROLES.includes(actor.role)) return { region: actor.scopeRegionCode, organizationId: null };
  if (ORGANIZATION_ROLES.includes(actor.role) && actor.organizationId !== null) {
    return { region: null, organizationId: actor.organizationId };
  }
  throw new AppError('FORBIDDEN');
}

async function exists(db: Kysely<DB>, table: 'programs' | 'organizations', id: number): Promise<boolean> {
  return (await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

async function keyFieldExists(db: Kysely<DB>, code: string): Promise<boolean> {
  return (await db.selectFrom('key_fields').select('code').where('code', '=', code).executeTakeFirst()) !== undefined;
}

export async function resolveScope(db: Kysely<DB>, actor: Actor, f: StatisticsFilterInput): Promise<StatisticsScope> {
  const bounds = callerBounds(actor);
  const months = defaultMonths();
  const from = f.from ?? months.from;
  const to = f.to ?? months.to;
  const problems: FieldError[] = [];
  if (to < from) problems.push({ field: 'to', message: `截止月份：不能早于起始月份 ${from}` });
  else if (monthCount(from, to) > MAX_MONTHS) problems.push({ field: 'from', message: '起始月份：统计区间最长 20 年，请缩短' });

  const area = f.region ?? bounds.region;
  const paths = area === null ? new Map<string, string>() : await regionPaths(db, [area]);
  if (f.region !== undefined && !paths.has(f.region)) {
    problems.push({ field: 'region', message: `地区：区划代码“${f.region}”不存在` });
  }
  if (f.programId !== undefined && !(await exists(db, 'programs', f.programId))) {
    problems.push({ field: 'programId', message: `帮扶计划：编号 ${f.programId} 不存在` });
  }
  if (f.keyField !== undefined && !(await keyFieldExists(db, f.keyField))) {
    problems.push({ field: 'keyField', message: `重点领域：“${f.keyField}”不是有效的领域代码` });
  }
  const orgChecked = f.organizationId !== undefined && bounds.organizationId === null;
  if (orgChecked && !(await exists(db, 'organizations', f.organizationId!))) {
    problems.push({ field: 'organizationId', message: `社会组织：编号 ${f.organizationId} 不存在` });
  }
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });

  if (area !== null && bounds.region !== null && !area.startsWith(bounds.region)) {
    throw new AppError('OUT_OF_SCOPE', { fields: [{ field: 'region', message: '地区：不在您的管辖范围内' }] });
  }
  if (bounds.organizationId !== null && f.organizationId !== undefined && f.organizationId !== bounds.organizationId) {
    throw new AppError('OUT_OF_SCOPE', {
      fields: [{ field: 'organizationId', message: '社会组织：只能查看本组织的帮扶统计' }],
    });
  }
  return {
    area,
    areaName: area === null ? '全国' : (paths.get(area) ?? area),
    from,
    to,
    programId: f.programId ?? null,
    keyField: f.keyField ?? null,
    giverForm: f.giverForm ?? null,
    organizationId: bounds.organizationId ?? f.organizationId ?? null,
  };
}

