// Importing aid records from Excel: the upload starts a job that streams the sheet, checks every row and saves all
// of them in one transaction, or none and writes the rows back with their errors beside them (the error workbook).
// The API contract the server and the web app share.
import { Type, type Static } from 'typebox';

/** 202 for an upload: follow the job with GET /api/jobs/:id; its `result` is an AidImportResult. */
export const AidImportStarted = Type.Object({ jobId: Type.String({ format: 'uuid' }) });
export type AidImportStarted = Static<typeof AidImportStarted>;

export const AidImportRowError = Type.Object({
  /** The row number as Excel shows it. */
  row: Type.Integer(),
  /** The column's header as the sheet has it. */
  column: Type.String(),
  message: Type.String(),
});
export type AidImportRowError = Static<typeof AidImportRowError>;

export const AidImportResult = Type.Object({
  fileName: Type.String(),
  /** Data rows read (blank rows and the template's example row skipped). */
  rows: Type.Integer(),
  /** Records written: every row, or 0 when any row has a problem. */
  saved: Type.Integer(),
  /** Rows with at least one problem. */
  badRows: Type.Integer(),
  errorCount: Type.Integer(),
  /** The first problems, in row order (the error workbook has all of them). */
  errors: Type.Array(AidImportRowError),
  errorsTruncated: Type.Boolean(),
  /** GET /api/aid-imports/:jobId/errors serves the rows with their errors beside them. */
  errorWorkbook: Type.Boolean(),
  /** Sums of what was saved, to check against the sheet: amount in fen and records by kind. */
  savedAmountFen: Type.Integer(),
});
export type AidImportResult = Static<typeof AidImportResult>;
