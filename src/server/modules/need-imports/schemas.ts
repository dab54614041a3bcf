// Importing a township's needs from a spreadsheet: the upload starts a job that checks every row and saves all of
// them in one transaction, or none and lists every problem with its row and column. The API contract the server
// and the web app share.
import { Type, type Static } from 'typebox';

/** 202 for an upload: follow the job with GET /api/jobs/:id; its `result` is a NeedImportResult. */
export const NeedImportStarted = Type.Object({ jobId: Type.String({ format: 'uuid' }) });
export type NeedImportStarted = Static<typeof NeedImportStarted>;

/** One problem of one row. */
export const NeedImportRowError = Type.Object({
  /** The row number as Excel shows it. */
  row: Type.Integer(),
  /** The column's header as the sheet has it (标题, 数量 …). */
  column: Type.String(),
  message: Type.String(),
});
export type NeedImportRowError = Static<typeof NeedImportRowError>;

export const NeedImportResult = Type.Object({
  fileName: Type.String(),
  township: Type.Object({ code: Type.String(), name: Type.String({ description: '完整路径，如 重庆市 / 巫溪县 / 红池坝镇' }) }),
  /** What the saved needs became: published at once, or drafts to publish one by one. */
  status: Type.Enum(['draft', 'published'] as const),
  /** Data rows read (blank rows and the template's example row are skipped). */
  rows: Type.Integer(),
  /** Needs created: every row, or 0 when any row has a problem. */
  saved: Type.Integer(),
  needIds: Type.Array(Type.Integer()),
  errorCount: Type.Integer({ description: '问题总数（含未列出的）' }),
  /** The first problems, in row order. */
  errors: Type.Array(NeedImportRowError),
  errorsTruncated: Type.Boolean(),
});
export type NeedImportResult = Static<typeof NeedImportResult>;
