// Contacts of a key area: who sees a person's mobile in full, and which phone numbers are phone numbers.
import type { Role } from '../../../common/glossary.ts';
import type { Actor } from '../../platform/access.ts';

/** Officials, liaisons and organizations see mobiles in full; the public and caring individuals see them masked. */
const FULL_MOBILE_ROLES: readonly Role[] = [
  'platform_admin',
  'department_official',
  'liaison',
  'organization_admin',
  'organization_member',
];

export function seesFullMobile(actor: Actor | null): boolean {
  return actor !== null && FULL_MOBILE_ROLES.includes(actor.role);
}

/** 13512340668 -> 135****0668; anything shorter than 8 characters is hidden whole. */
export function maskMobile(mobile: string): string {
  if (mobile.length < 8) return '*'.repeat(mobile.length);
  return `${mobile.slice(0, 3)}${'*'.repeat(mobile.length - 7)}${mobile.slice(-4)}`;
}

/** The mobile as this caller may see it: the one place the masking rule lives. Office phones are always public. */
export function visibleMobile(actor: Actor | null, mobile: string | null): string | null {
  if (mobile === null) return null;
  return seesFullMobile(actor) ? mobile : maskMobile(mobile);
}

export const MOBILE = /^1[3-9]\d{9}$/;
/** A landline with its area code: 023-58569600, 02358569600, optionally with an extension (-801). */
export const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

export function isPhone(value: string): boolean {
  return MOBILE.test(value) || LANDLINE.test(value);
}
