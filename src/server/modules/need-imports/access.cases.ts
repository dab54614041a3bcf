import type { AccessCases } from '../../../../test/support/access.ts';
import { multipart } from '../../../../test/support/multipart.ts';
import { chinaToday } from '../../../common/glossary.ts';

const MANAGERS = ['platform_admin', 'department_official', 'liaison'] as const;

const cases: AccessCases = async () => {
  const deadline = `${Number(chinaToday().slice(0, 4)) + 1}-06-30`;
  const sheet = [
    '村（社区）,标题,需求说明,重点领域,需求类型,数量,截止日期,对接联系人,联系电话',
    `中岗,访问测试需求,访问测试的需求说明,教育帮扶,资金,100,${deadline},访问测试,13900000001`,
  ].join('\n');
  // Every caller names 红池坝镇: the township liaison's own, in the Chongqing and national officials' scope.
  const upload = multipart({ township: '500238118', publish: 'false' }, { name: 'needs.csv', bytes: sheet });
  return [
    {
      route: 'POST /api/need-imports',
      payload: upload.payload,
      headers: upload.headers,
      allowed: MANAGERS,
      okStatus: 202,
      outOfScope: [
        { as: 'chengkou_mz', why: 'an official of 城口县 importing into 巫溪县红池坝镇' },
        { as: 'zhonggang', why: 'a village liaison: imports are the township’s' },
      ],
    },
    { route: 'GET /api/need-imports/template', allowed: MANAGERS },
  ];
};
export default cases;
