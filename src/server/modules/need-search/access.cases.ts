import type { AccessCases } from '../../../../test/support/access.ts';
import { ROLES } from '../../../common/glossary.ts';
import { makeNeed } from './fixtures.ts';

const ORGANIZATIONS = ['organization_admin', 'organization_member'] as const;

const cases: AccessCases = async (t) => {
  const db = t.database.db;
  const published = await makeNeed(db, { title: '访问测试已发布需求' });
  const hidden = {
    draft: await makeNeed(db, { title: '访问测试草稿', status: 'draft' }),
    withdrawn: await makeNeed(db, { title: '访问测试已撤回', status: 'withdrawn' }),
    takenDown: await makeNeed(db, { title: '访问测试已下架', status: 'taken_down' }),
  };
  return [
    // Finding is not governing: every signed-in role looks anywhere, so there is no out-of-scope case.
    { route: 'GET /api/needs', allowed: ROLES },
    { route: 'GET /api/needs/suggested', allowed: ORGANIZATIONS },
    { route: 'GET /api/public/needs', allowed: 'anyone' },
    {
      route: 'GET /api/public/needs/:id',
      url: `/api/public/needs/${published}`,
      allowed: 'anyone',
      outOfScope: [
        { as: 'zhonggang', url: `/api/public/needs/${hidden.draft}`, why: '草稿不公开，作者也不能从公开页看到' },
        { as: 'org_admin', url: `/api/public/needs/${hidden.withdrawn}`, why: '已撤回的需求不公开' },
        { as: 'cq_mz', url: `/api/public/needs/${hidden.takenDown}`, why: '已下架的需求不公开' },
      ],
    },
  ];
};
export default cases;
