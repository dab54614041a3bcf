import type { AccessCases } from '../../../../test/support/access.ts';
import { idNumberCheckChar } from '../../../common/id-number.ts';
import type { Household } from './schemas.ts';

const READERS = ['platform_admin', 'department_official', 'liaison'] as const;
const WRITERS = ['liaison'] as const;
const XINGHE = '500238118202'; // 兴合村 of 红池坝镇: the township liaison's, not the 中岗村 liaison's

/** A fictional, valid ID number of 巫溪县 (born 1982-06-15); `n` keeps each case's number its own. */
function idNumber(n: number): string {
  const first17 = `50023819820615${String(n).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

function household(n: number, regionCode = XINGHE) {
  return {
    regionCode,
    headName: '访问测试',
    idNumber: idNumber(n),
    membersCount: 3,
    category: 'monitored',
    situations: ['unstable_income'],
    hasDisability: false,
    minorsCount: 1,
  };
}

const cases: AccessCases = async (t) => {
  // Registered by the township liaison (the demo liaison every case acts as) in a village that is not 中岗村.
  const res = await t.request('hongchiba', { method: 'POST', url: '/api/households', payload: household(901) });
  if (res.statusCode !== 200) throw new Error(`access cases: ${res.body}`);
  const id = res.json<Household>().id;
  const notYours = [
    { as: 'zhonggang' as const, why: '中岗村的联系人看同镇另一村的住户' },
    { as: 'chengkou_mz' as const, why: '城口县的工作人员看巫溪县的住户' },
  ];

  return [
    {
      route: 'GET /api/households',
      allowed: READERS,
      outOfScope: [
        { as: 'chengkou_mz', url: '/api/households?region=500238', why: '城口县的工作人员筛选巫溪县' },
        { as: 'zhonggang', url: '/api/households?region=500238118', why: '村联系人筛选整个镇' },
      ],
    },
    {
      route: 'POST /api/households',
      allowed: WRITERS,
      payload: household(902),
      outOfScope: [{ as: 'zhonggang', payload: household(903), why: '中岗村的联系人登记同镇另一村的住户' }],
    },
    { route: 'GET /api/households/:id', url: `/api/households/${id}`, allowed: READERS, outOfScope: notYours },
    {
      route: 'PATCH /api/households/:id',
      url: `/api/households/${id}`,
      allowed: WRITERS,
      payload: { membersCount: 4 },
      outOfScope: [{ as: 'zhonggang', payload: { membersCount: 4 }, why: '中岗村的联系人修改同镇另一村的住户' }],
    },
  ];
};
export default cases;
