import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError, type FieldError } from '../../errors.ts';
import { contextOf } from '../../platform/http.ts';
import { readUpload } from '../../platform/uploads.ts';
import { IdParams } from '../programs/schemas.ts';
import {
  COUNTY_DESIGNATION_KINDS,
  IMPORT_KINDS,
  ImportIdParams,
  ImportPage,
  KeyAreaImport,
  ListImportsQuery,
  SaveImportBody,
  type CountyDesignationKind,
  type ImportKind,
} from './schemas.ts';
import * as service from './service.ts';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

function importFields(fields: Record<string, string>): { kind: ImportKind; countyKind: CountyDesignationKind } {
  const problems: FieldError[] = [];
  const kind = fields.kind as ImportKind | undefined;
  if (kind === undefined || !IMPORT_KINDS.includes(kind)) {
    problems.push({
      field: 'kind',
      message: '表格类别：请选择 county（重点区县）、township（深度贫困乡镇）或 village（定点村）',
    });
  }
  const countyKind = (fields.countyKind || 'key_county_national') as CountyDesignationKind;
  if (!COUNTY_DESIGNATION_KINDS.includes(countyKind)) {
    problems.push({ field: 'countyKind', message: `区县类别：应为 ${COUNTY_DESIGNATION_KINDS.join('、')} 之一` });
  }
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
  return { kind: kind!, countyKind };
}

export const keyAreasRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['key-areas'];

  app.post(
    '/programs/:id/key-area-imports',
    {
      schema: {
        tags,
        summary: '上传重点地区表格（.xlsx / .csv，≤ 5 MB），逐行匹配行政区划，待确认后保存',
        description:
          'multipart/form-data：kind（county / township / village）、countyKind（可选，区县类别）、file。返回每个条目的匹配结果：exact、variant（附理由）、ambiguous（附候选）、not_found。',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 200: KeyAreaImport },
      },
      config: { permission: 'programs.manage' },
    },
    async (request) => {
      const upload = await readUpload(request, {
        field: 'file',
        maxBytes: MAX_FILE_BYTES,
        extensions: ['.xlsx', '.csv'],
        expected: ' Excel（.xlsx）或 CSV 文件',
      });
      const fields = importFields(upload.fields);
      return service.uploadImport(app.db, contextOf(request), request.params.id, {
        ...fields,
        fileName: upload.fileName,
        bytes: upload.bytes,
      });
    },
  );

  app.get(
    '/programs/:id/key-area-imports',
    {
      schema: {
        tags,
        summary: '计划的导入记录（最新的在前）',
        params: IdParams,
        querystring: ListImportsQuery,
        response: { 200: ImportPage },
      },
      config: { permission: 'programs.manage' },
    },
    async (request) => service.listImports(app.db, contextOf(request), request.params.id, request.query),
  );

  app.get(
    '/key-area-imports/:id',
    {
      schema: { tags, summary: '一次导入及其逐条匹配结果', params: ImportIdParams, response: { 200: KeyAreaImport } },
      config: { permission: 'programs.manage' },
    },
    async (request) => service.getImport(app.db, contextOf(request), request.params.id),
  );

  app.post(
    '/key-area-imports/:id/save',
    {
      schema: {
        tags,
        summary: '按逐条处理意见保存导入（一个事务：全部保存或全部不保存；重复导入同一表格不产生变化）',
        params: ImportIdParams,
        body: SaveImportBody,
        response: { 200: KeyAreaImport },
      },
      config: { permission: 'programs.manage' },
    },
    async (request) => service.saveImportAs(app.db, contextOf(request), request.params.id, request.body.decisions),
  );

  app.post(
    '/key-area-imports/:id/discard',
    {
      schema: { tags, summary: '放弃一次待确认的导入', params: ImportIdParams, response: { 200: KeyAreaImport } },
      config: { permission: 'programs.manage' },
    },
    async (request) => service.discardImport(app.db, contextOf(request), request.params.id),
  );
};
