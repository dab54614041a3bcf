// The projects module's refusals, worded once: a project the caller may not see, and a step its status does not allow.
import { PROJECT_STATUS_LABELS, type ProjectStatus } from '../../../common/projects.ts';
import { AppError } from '../../errors.ts';

export function projectNotFound(): AppError {
  return new AppError('NOT_FOUND', { message: '项目不存在或不在您的范围内' });
}

/** Why the project's status refuses `verb` (修改, 上传文件, 确认签约 …), in the words of the status. */
export function projectStateError(status: ProjectStatus, verb: string): AppError {
  return new AppError('PROJECT_STATE', { message: `该项目当前为“${PROJECT_STATUS_LABELS[status].zh}”，不能${verb}` });
}
