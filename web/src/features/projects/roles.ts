// Which side of a project a signed-in role is on, for what the pages offer (the server decides what is allowed).
import type { Role } from '../../../../src/common/glossary.ts';

export function isOrganizationRole(role: Role): boolean {
  return role === 'organization_admin' || role === 'organization_member';
}

export function isOfficialRole(role: Role): boolean {
  return role === 'platform_admin' || role === 'department_official';
}
