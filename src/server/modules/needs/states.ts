// A need's states in the users' words, and the refusals that name the state the need is in, so a liaison who tries
// to publish a withdrawn need reads why, not only that it failed.
import { OPEN_NEED_STATUSES } from '../../../common/needs.ts';
import { AppError } from '../../errors.ts';
import type { NeedStatus } from './schemas.ts';

export const NEED_STATUS_LABELS: Record<NeedStatus, string> = {
  draft: '草稿',
  published: '已发布',
  partly_claimed: '部分认领',
  claimed: '已认领满',
  fulfilled: '已对接成功',
  closed: '已关闭',
  expired: '已过期',
  withdrawn: '已撤回',
  taken_down: '已被下架',
};

/** States in which the liaison still edits the need and its files (with claims, only some fields). */
export const EDITABLE_STATUSES: readonly NeedStatus[] = ['draft', 'published', 'partly_claimed', 'claimed'];
export const WITHDRAWABLE_STATUSES: readonly NeedStatus[] = ['draft', 'published', 'partly_claimed', 'claimed'];
export const CLOSABLE_STATUSES: readonly NeedStatus[] = ['fulfilled', 'expired'];
export const TAKE_DOWN_STATUSES: readonly NeedStatus[] = ['published', 'partly_claimed', 'claimed'];
export const CLAIMABLE_STATUSES: readonly NeedStatus[] = OPEN_NEED_STATUSES;

/** 409 NEED_STATE: “该需求当前为“已撤回”，不能发布” and, where it helps, what would make it possible. */
export function needStateError(status: NeedStatus, doing: string, hint?: string): AppError {
  const message = `该需求当前为“${NEED_STATUS_LABELS[status]}”，不能${doing}${hint ? `：${hint}` : ''}`;
  return new AppError('NEED_STATE', { message });
}
