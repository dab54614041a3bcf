// npm run cli -- accounts create --role platform_admin --scope national --username NAME  (password on stdin)
import type { Kysely } from 'kysely';
import { DEPARTMENT_KINDS, ROLES, type DepartmentKind, type Role } from '../common/glossary.ts';
import type { DB } from '../server/db/types.ts';
import { createAccount } from '../server/modules/accounts/service.ts';
import { SYSTEM_CONTEXT } from '../server/platform/context.ts';
import { optional, required, UsageError, type Parsed } from './args.ts';
import { readPassword } from './password.ts';

export const ACCOUNTS_HELP = `accounts create --role <角色> --scope <地区代码|national> --username <用户名>
                [--display-name <姓名>] [--department-kind civil_affairs|rural_revitalization] [--organization-id <编号>]
    创建账号；密码从标准输入读取（终端中输入时不回显）。角色：${ROLES.join(', ')}`;

export async function accountsCommand(db: Kysely<DB>, command: string | undefined, p: Parsed): Promise<string> {
  if (command !== 'create') throw new UsageError(`未知命令 accounts ${command ?? ''}`);
  const role = required(p, 'role');
  if (!(ROLES as readonly string[]).includes(role)) throw new UsageError(`--role 应为 ${ROLES.join(', ')} 之一`);
  const scope = optional(p, 'scope');
  const departmentKind = optional(p, 'department-kind');
  if (departmentKind && !(DEPARTMENT_KINDS as readonly string[]).includes(departmentKind)) {
    throw new UsageError(`--department-kind 应为 ${DEPARTMENT_KINDS.join(', ')} 之一`);
  }
  const organizationId = optional(p, 'organization-id');
  const username = required(p, 'username');
  const password = await readPassword(`为 ${username} 设置密码：`);
  if (!password) throw new UsageError('没有读到密码：请从标准输入提供');
  const id = await db.transaction().execute((trx) =>
    createAccount(trx, { ...SYSTEM_CONTEXT, requestId: 'cli' }, {
      username,
      displayName: optional(p, 'display-name') ?? username,
      role: role as Role,
      password,
      departmentKind: (departmentKind as DepartmentKind | undefined) ?? null,
      scopeRegionCode: scope === undefined || scope === 'national' ? null : scope,
      organizationId: organizationId ? Number(organizationId) : null,
    }),
  );
  return `已创建账号 ${username}（编号 ${id}，角色 ${role}，范围 ${scope ?? 'national'}）`;
}
