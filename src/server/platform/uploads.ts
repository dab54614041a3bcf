// Reading one uploaded file (multipart/form-data) with its text fields, its size capped while it streams and its
// type checked by its content, not only by its name. Files stay in memory: uploads here are spreadsheets and
// documents of a few megabytes; larger media get their own streaming path when a module needs them.
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

export interface Upload {
  fileName: string;
  bytes: Buffer;
  fields: Record<string, string>;
}

export interface UploadRules {
  /** The form field that carries the file. */
  field: string;
  maxBytes: number;
  /** Lower-case extensions with the dot, e.g. ['.xlsx', '.csv']. */
  extensions: string[];
  /** Chinese words for what is expected, e.g. "Excel（.xlsx）或 CSV 文件". */
  expected: string;
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

/**
 * Whether the bytes can be what the extension says: .xlsx is a zip; .csv is text (no NUL bytes); images start with
 * their format's signature (WebP: "RIFF", four size bytes, "WEBP"); a PDF starts with "%PDF-".
 */
export function contentMatches(extension: string, bytes: Buffer): boolean {
  if (extension === '.xlsx') return bytes.subarray(0, 4).equals(ZIP);
  if (extension === '.csv') return !bytes.subarray(0, 4096).includes(0);
  if (extension === '.png') return bytes.subarray(0, 8).equals(PNG);
  if (extension === '.jpg' || extension === '.jpeg') return bytes.subarray(0, 3).equals(JPEG);
  if (extension === '.webp') return bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP';
  if (extension === '.pdf') return bytes.subarray(0, 5).toString('latin1') === '%PDF-';
  return true;
}

/** The type a stored file is kept and served with, by the extension its upload was accepted under. */
const MIME_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
};

/** The type to store an upload under: that of the rules' extension its name ends in (none: undefined). */
export function uploadMime(rules: UploadRules, fileName: string): string | undefined {
  const lower = fileName.toLowerCase();
  const extension = rules.extensions.find((e) => lower.endsWith(e));
  return extension === undefined ? undefined : MIME_TYPES[extension];
}

function tooLarge(rules: UploadRules): AppError {
  const mb = (rules.maxBytes / 1024 / 1024).toFixed(0);
  return new AppError('FILE_TOO_LARGE', {
    message: `文件超过 ${mb} MB，请拆分后分批上传`,
    fields: [{ field: rules.field, message: `文件：不能超过 ${mb} MB` }],
  });
}

export async function readUpload(request: FastifyRequest, rules: UploadRules): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { message: '请以 multipart/form-data 上传文件' });
  }
  const fields: Record<string, string> = {};
  let file: { fileName: string; bytes: Buffer } | null = null;
  try {
    for await (const part of request.parts({
      limits: { fileSize: rules.maxBytes, files: 1, fields: 20, fieldSize: 10_000 },
    })) {
      if (part.type === 'field') {
        if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        continue;
      }
      if (part.fieldname !== rules.field || file !== null) {
        await part.toBuffer().catch(() => undefined);
        continue;
      }
      const bytes = await part.toBuffer();
      if (part.file.truncated) throw tooLarge(rules);
      file = { fileName: part.filename, bytes };
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(rules);
    if (code === 'FST_FILES_LIMIT')
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ field: rules.field, message: '文件：一次只能上传一个文件' }],
      });
    if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_PROTO_VIOLATION') {
      throw new AppError('VALIDATION_FAILED', { fields: [{ field: '(请求)', message: '表单字段过多或不合法' }] });
    }
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ field: '(请求)', message: '上传的内容不完整或格式不正确，请重新上传' }],
    });
  }
  if (!file || file.bytes.length === 0) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ field: rules.field, message: `文件：请选择要上传的${rules.expected}` }],
    });
  }
  const lower = file.fileName.toLowerCase();
  const extension = rules.extensions.find((e) => lower.endsWith(e));
  if (!extension || !contentMatches(extension, file.bytes)) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [
        {
          field: rules.field,
          message: extension
            ? `文件：内容与扩展名 ${extension} 不符，请上传真正的${rules.expected}`
            : `文件：只支持${rules.expected}${lower.endsWith('.xls') ? '（旧的 .xls 请在 Excel 中另存为 .xlsx）' : ''}`,
        },
      ],
    });
  }
  // Only the base name: a browser may send a path, and the name is shown back and stored.
  const fileName = file.fileName.split(/[\\/]/).pop()!.slice(0, 200);
  return { fileName, bytes: file.bytes, fields };
}
