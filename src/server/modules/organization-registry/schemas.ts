// The registry of organizations departments already keep: imported from a spreadsheet (all rows or none) as approved
// organizations without accounts, each of which later claims its administrator account by its credit code and
// the contact the registry holds. The API contract the server and the web app share.
import { Type, type Static } from 'typebox';

/** 202 for an upload: the import runs as a background job; follow it with GET /api/jobs/:id. */
export const ImportStarted = Type.Object({ jobId: Type.String({ format: 'uuid' }) });
export type ImportStarted = Static<typeof ImportStarted>;

/** One problem of one row of the sheet. */
export const RowError = Type.Object({
  /** The row number as Excel shows it. */
  row: Type.Integer(),
  /** The column's header as the sheet has it (组织名称, 统一社会信用代码 …); empty for the row as a whole. */
  column: Type.String(),
  message: Type.String(),
});
export type RowError = Static<typeof RowError>;

/** The result of a finished import job (`result` of GET /api/jobs/:id). */
export const RegistryImportResult = Type.Object({
  fileName: Type.String(),
  /** Data rows read (blank rows are skipped). */
  rows: Type.Integer(),
  /** Organizations created: every row, or 0 when any row has a problem. */
  saved: Type.Integer(),
  errorCount: Type.Integer({ description: '问题总数（含未列出的）' }),
  /** The first problems, in row order; the error workbook has all of them. */
  errors: Type.Array(RowError),
  errorsTruncated: Type.Boolean(),
  /** Set when there are problems: the sheet with a 错误 column, via GET /api/jobs/:id/download. */
  file: Type.Optional(Type.String()),
  filename: Type.Optional(Type.String()),
});
export type RegistryImportResult = Static<typeof RegistryImportResult>;

export const ClaimBody = Type.Object(
  {
    creditCode: Type.String({ minLength: 1, maxLength: 30, title: '统一社会信用代码' }),
    contactName: Type.String({ minLength: 1, maxLength: 50, title: '联系人' }),
    contactPhone: Type.String({ minLength: 1, maxLength: 30, title: '联系电话' }),
    username: Type.String({
      pattern: '^[A-Za-z][A-Za-z0-9_.-]{2,31}$',
      title: '用户名',
      description: '3–32 位，字母开头，可含字母、数字、_ . -',
    }),
    displayName: Type.String({ minLength: 1, maxLength: 50, title: '管理员姓名' }),
    password: Type.String({ minLength: 1, maxLength: 256, title: '密码' }),
  },
  { additionalProperties: false },
);
export type ClaimBody = Static<typeof ClaimBody>;

export const ClaimReply = Type.Object({
  organizationId: Type.Integer(),
  organizationName: Type.String(),
  accountId: Type.Integer(),
  username: Type.String(),
});
export type ClaimReply = Static<typeof ClaimReply>;
