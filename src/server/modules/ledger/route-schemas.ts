// The route-only schemas of the ledger (path parameters and the export's answer); the records' own shapes are the
// shared contract in schemas.ts.
import { Type } from 'typebox';

const Id = (title: string) => Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, title });

export const AidRecordIdParams = Type.Object({ id: Id('记录编号') }, { additionalProperties: false });
export const AidRecordFileParams = Type.Object({ id: Id('记录编号'), fileId: Id('文件编号') }, { additionalProperties: false });
export const LedgerExportStarted = Type.Object({ jobId: Type.String({ description: '后台任务编号：GET /api/jobs/:id 看进度，/download 下载' }) });
