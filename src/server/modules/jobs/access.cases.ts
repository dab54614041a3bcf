import { ROLES } from '../../../common/glossary.ts';
import type { AccessCases } from '../../../../test/support/access.ts';

// Everyone may follow jobs, but only their own (or, for officials, those of their region).
const NOT_THEIRS = { liaison: 404, organization_admin: 404, organization_member: 404, caring_individual: 404 } as const;

const cases: AccessCases = async (t) => {
  const started = await t.request('wuxi_xczx', { method: 'POST', url: '/api/audit/exports', payload: {} });
  const { jobId } = started.json<{ jobId: string }>();
  await t.app.jobs.drain();
  return [
    { route: 'GET /api/jobs', allowed: ROLES },
    {
      route: 'GET /api/jobs/:id',
      url: `/api/jobs/${jobId}`,
      allowed: ROLES,
      allowedAs: { department_official: 'wuxi_xczx' },
      statusFor: NOT_THEIRS,
      outOfScope: [{ as: 'chengkou_mz', why: '城口县的工作人员查看巫溪县工作人员的导出任务' }],
    },
    {
      route: 'GET /api/jobs/:id/download',
      url: `/api/jobs/${jobId}/download`,
      allowed: ROLES,
      allowedAs: { department_official: 'wuxi_xczx' },
      statusFor: NOT_THEIRS,
      outOfScope: [{ as: 'chengkou_mz', why: '城口县的工作人员下载巫溪县工作人员的导出文件' }],
    },
  ];
};
export default cases;
