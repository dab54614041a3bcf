// Who is who on the fair pages: the server decides what each may do (`actions`), these only choose the page's shape.
import type { Role } from '../../../../src/common/glossary.ts';

const OFFICIAL_ROLES: readonly Role[] = ['platform_admin', 'department_official'];
const ORGANIZATION_ROLES: readonly Role[] = ['organization_admin', 'organization_member'];

export const isOfficialRole = (role: Role | undefined): boolean => role !== undefined && OFFICIAL_ROLES.includes(role);
export const isOrganizationRole = (role: Role | undefined): boolean => role !== undefined && ORGANIZATION_ROLES.includes(role);
