import type { AccessCases } from '../../../../test/support/access.ts';
import { ROLES } from '../../../common/glossary.ts';
import { notify } from './notify.ts';

const cases: AccessCases = async (t) => {
  const owner = await t.accountId('org_admin');
  await notify(t.database.db, [owner], { kind: 'claim_confirmed', title: '访问测试', body: '访问测试通知' });
  const row = await t.database.db
    .selectFrom('notifications')
    .select('id')
    .where('account_id', '=', owner)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  const notMine = 404;

  return [
    { route: 'GET /api/notifications', allowed: ROLES },
    { route: 'GET /api/notifications/unread-count', allowed: ROLES },
    {
      route: 'POST /api/notifications/:id/read',
      url: `/api/notifications/${row.id}/read`,
      allowed: ROLES,
      // Only its owner (the demo organization's administrator) reads it; to everyone else it does not exist.
      statusFor: {
        platform_admin: notMine,
        department_official: notMine,
        liaison: notMine,
        organization_member: notMine,
        caring_individual: notMine,
      },
      outOfScope: [{ as: 'org_member', why: '同一组织其他成员的通知' }],
    },
    { route: 'POST /api/notifications/read-all', allowed: ROLES },
  ];
};
export default cases;
