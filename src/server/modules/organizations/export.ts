// Officials export their list (same scope and filters) to Excel as a background job, page by page with progress.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { Actor } from '../../platform/access.ts';
import type { RequestContext } from '../../platform/context.ts';
import { beijingTime, EXPORT_PAGE, startExportJob, writeExcelExport, type ExportPayload } from '../../platform/excel-export.ts';
import type { JobHandler } from '../../platform/jobs.ts';
import { listPage } from './list.ts';
import type { ListCursor } from './queries.ts';
import type { ExportOrganizationsBody } from './schemas.ts';
import { detailsOf } from './views.ts';

export const ORGANIZATIONS_EXPORT_JOB = 'organizations.export';

const FORM_ZH = { association: '社会团体', foundation: '基金会', service_agency: '社会服务机构' } as const;
const STATUS_ZH = { pending: '待审核', returned: '已退回', approved: '已通过' } as const;
const LEVEL_ZH = { national: '民政部', provincial: '省级', municipal: '市级', county: '县级' } as const;

export async function startExport(db: Kysely<DB>, ctx: RequestContext, actor: Actor, filters: ExportOrganizationsBody) {
  return startExportJob(db, ctx, actor, { kind: ORGANIZATIONS_EXPORT_JOB, entityType: 'organization', filters });
}

const COLUMNS = [
  { header: '组织名称', key: 'name', width: 36 },
  { header: '统一社会信用代码', key: 'creditCode', width: 22 },
  { header: '组织形式', key: 'form', width: 14 },
  { header: '状态', key: 'status', width: 10 },
  { header: '行业协会商会', key: 'industry', width: 12 },
  { header: '慈善组织', key: 'charity', width: 10 },
  { header: '公开募捐资格', key: 'fundraising', width: 12 },
  { header: '登记管理机关', key: 'authority', width: 28 },
  { header: '评估等级', key: 'grade', width: 14 },
  { header: '业务领域', key: 'fields', width: 36 },
  { header: '服务地区', key: 'regions', width: 40 },
  { header: '联系人', key: 'contactName', width: 12 },
  { header: '联系电话', key: 'contactPhone', width: 16 },
  { header: '注册时间（北京时间）', key: 'created', width: 22 },
];

const yesNo = (v: boolean) => (v ? '是' : '否');

async function* rows(db: Kysely<DB>, { filters, regionCode }: ExportPayload<ExportOrganizationsBody>) {
  let after: ListCursor | undefined;
  for (;;) {
    const { page, next } = await listPage(db, regionCode, { ...filters, limit: EXPORT_PAGE }, after);
    const d = await detailsOf(db, page);
    yield page.map((r) => {
      const region = r.registration_region_code;
      return {
        name: r.name,
        creditCode: r.credit_code,
        form: FORM_ZH[r.form],
        status: STATUS_ZH[r.status],
        industry: yesNo(r.is_industry_association),
        charity: yesNo(r.is_charity),
        fundraising: yesNo(r.has_public_fundraising),
        authority: region === null ? LEVEL_ZH.national : `${LEVEL_ZH[r.registration_level]}：${d.paths.get(region) ?? region}`,
        grade: r.grade ? `${r.grade}（${r.grade_year ?? ''}）` : '',
        fields: (d.fields.get(r.id) ?? []).map((f) => f.name).join('、'),
        regions: (d.serviceRegions.get(r.id) ?? []).map((s) => s.name).join('；'),
        contactName: r.contact_name ?? '',
        contactPhone: r.contact_phone ?? '',
        created: beijingTime(r.created_at),
      };
    });
    if (next === null) return;
    after = next;
  }
}

export const exportOrganizationsJob: JobHandler = async (job, progress, env) =>
  writeExcelExport(job, progress, env, {
    title: '社会组织',
    columns: COLUMNS,
    pages: rows(env.db, job.payload as ExportPayload<ExportOrganizationsBody>),
    unit: '个组织',
  });
