// The ledger's refusals, worded once: a record one may not see is simply not there; a reversal, or a record already
// reversed, is past any further step.
import { AppError } from '../../errors.ts';

export function recordNotFound(): AppError {
  return new AppError('NOT_FOUND', { message: '没有这条帮扶记录，或您无权查看' });
}

/** The record is not standing: say which of the two it is, and what cannot be done. */
export function recordStateError(row: { reverses_id: number | null; reversed_by_id: number | null }, doing: string): AppError {
  const why = row.reverses_id !== null ? '这是一条冲销记录' : `该记录已被第 ${row.reversed_by_id} 号记录冲销`;
  return new AppError('AID_RECORD_STATE', { message: `${why}，不能再${doing}` });
}
