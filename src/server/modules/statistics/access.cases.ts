import type { AccessCases } from '../../../../test/support/access.ts';
import { organizationIdOf, programIdOf } from '../coverage/fixtures.ts';

const READERS = ['platform_admin', 'department_official', 'liaison', 'organization_admin', 'organization_member'] as const;
const WUXI = '500238';
const HONGCHIBA = '500238118';

const cases: AccessCases = async (t) => {
  const db = t.database.db;
  const program = await programIdOf(db, 'cq-2021-revitalization');
  const shandong = await organizationIdOf(db, 'sd_org');
  // Out of sight: 巫溪县 for 城口县's official, the township for its village's liaison, another organization's records.
  const outOfScope = (path: string, extra = '') => [
    { as: 'chengkou_mz' as const, url: `${path}?region=${WUXI}${extra}`, why: '城口县的工作人员看巫溪县' },
    { as: 'zhonggang' as const, url: `${path}?region=${HONGCHIBA}${extra}`, why: '中岗村的联系人看整个红池坝镇' },
    { as: 'org_admin' as const, url: `${path}?organizationId=${shandong}${extra}`, why: '山城基金会看齐鲁基金会的记录' },
  ];
  const read = (path: string) => ({ route: `GET /api${path}`, allowed: READERS, outOfScope: outOfScope(`/api${path}`) });
  return [
    read('/statistics/summary'),
    read('/statistics/trend'),
    { ...read('/statistics/breakdown'), url: '/api/statistics/breakdown?by=county', outOfScope: outOfScope('/api/statistics/breakdown', '&by=county') },
    read('/statistics/populations'),
    read('/statistics/tree'),
    {
      route: 'GET /api/statistics/areas',
      url: `/api/statistics/areas?programId=${program}`,
      allowed: READERS,
      outOfScope: [
        { as: 'chengkou_mz', url: `/api/statistics/areas?programId=${program}&region=${WUXI}`, why: '城口县的工作人员看巫溪县的重点地区' },
        { as: 'zhonggang', url: `/api/statistics/areas?programId=${program}&region=${HONGCHIBA}`, why: '中岗村的联系人看整个红池坝镇' },
      ],
    },
    {
      route: 'POST /api/statistics/export',
      payload: { from: '2024-01', to: '2024-12' },
      allowed: READERS,
      okStatus: 202,
      outOfScope: [
        { as: 'chengkou_mz', payload: { region: WUXI }, why: '城口县的工作人员导出巫溪县' },
        { as: 'org_admin', payload: { organizationId: shandong }, why: '山城基金会导出齐鲁基金会的记录' },
      ],
    },
  ];
};

export default cases;
