// Claiming an imported organization's account: whoever knows its credit code and the contact the registry holds
// (name and phone) becomes its administrator, once. A wrong contact and an unknown code get the same answer, so the
// form tells nobody which codes exist; failures are counted per code and per address, like failed logins.
import type { Kysely } from 'kysely';
import { creditCodeProblem } from '../../../common/credit-code.ts';
import type { DB } from '../../db/types.ts';
import { AppError, fieldError } from '../../errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { passwordProblems } from '../../platform/passwords.ts';
import { createAccount } from '../accounts/service.ts';
import * as q from './queries.ts';
import type { ClaimBody, ClaimReply } from './schemas.ts';
import { normalizeCreditCode } from './validate.ts';

export const CLAIM_WINDOW_MINUTES = 15;
export const MAX_CLAIM_FAILURES_PER_CODE = 5;
export const MAX_CLAIM_FAILURES_PER_IP = 20;

/** Names compared without spaces and dashes, case and full-width forms folded. */
export function normalizeContactName(name: string): string {
  return name.normalize('NFKC').replace(/[\s\u3000\-－—–·•.]/g, '').toLowerCase();
}

/** Phones compared as digits: no spaces, dashes or brackets, no +86 before a mobile. */
export function normalizePhone(phone: string): string {
  return phone
    .normalize('NFKC')
    .replace(/[\s\u3000\-－—–()（）]/g, '')
    .replace(/^\+?86(?=1\d{10}$)/, '');
}

function limited(first: Date | null): AppError {
  const until = (first?.getTime() ?? Date.now()) + CLAIM_WINDOW_MINUTES * 60_000;
  const seconds = Math.max(1, Math.ceil((until - Date.now()) / 1000));
  return new AppError('RATE_LIMITED', {
    message: `认领失败次数过多，请 ${Math.ceil(seconds / 60)} 分钟后再试`,
    headers: { 'retry-after': String(seconds) },
  });
}

export async function claimOrganization(db: Kysely<DB>, ctx: RequestContext, body: ClaimBody): Promise<ClaimReply> {
  const creditCode = normalizeCreditCode(body.creditCode);
  const problem = creditCodeProblem(creditCode);
  if (problem) throw fieldError('creditCode', `统一社会信用代码：${problem}`);
  // The password's own rules first: a weak password should not cost an attempt.
  const weak = passwordProblems(body.password, body.username, 'password');
  if (weak.length > 0) throw new AppError('PASSWORD_TOO_WEAK', { fields: weak });

  const key = `claim:${creditCode}`;
  const ip = ctx.ip ?? 'unknown';
  const failures = await q.claimFailures(db, key, ip, new Date(Date.now() - CLAIM_WINDOW_MINUTES * 60_000));
  if (failures.code.n >= MAX_CLAIM_FAILURES_PER_CODE) throw limited(failures.code.first);
  if (failures.ip.n >= MAX_CLAIM_FAILURES_PER_IP) throw limited(failures.ip.first);

  const org = await q.findByCreditCode(db, creditCode);
  const matches =
    org !== undefined &&
    org.status === 'approved' &&
    org.contact_name !== null &&
    org.contact_phone !== null &&
    normalizeContactName(org.contact_name) === normalizeContactName(body.contactName) &&
    normalizePhone(org.contact_phone) === normalizePhone(body.contactPhone);
  if (!org || !matches) {
    await q.recordClaimAttempt(db, key, ip, false);
    throw new AppError('CLAIM_FAILED');
  }

  return db.transaction().execute(async (trx) => {
    await q.lockOrganization(trx, org.id);
    if (await q.hasAdministrator(trx, org.id)) throw new AppError('ALREADY_CLAIMED');
    const accountId = await createAccount(trx, ctx, {
      username: body.username.trim(),
      displayName: body.displayName.trim(),
      role: 'organization_admin',
      password: body.password,
      organizationId: org.id,
    });
    await q.recordClaimAttempt(trx, key, ip, true);
    await recordAudit(trx, ctx, {
      actor: { accountId, role: 'organization_admin' },
      action: 'claim',
      entityType: 'organization',
      entityId: org.id,
      regionCode: org.registration_region_code,
      organizationId: org.id,
      detail: { accountId, username: body.username.trim() },
    });
    return { organizationId: org.id, organizationName: org.name, accountId, username: body.username.trim() };
  });
}
