import fs from 'node:fs';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { requireActor } from '../../platform/access.ts';
import { contextOf } from '../../platform/http.ts';
import { readUpload } from '../../platform/uploads.ts';
import { AidImportStarted } from './schemas.ts';
import * as service from './service.ts';

/** 100,000 rows of a filled template are about 10 MB; room for wide sheets and long descriptions. */
export const MAX_AID_IMPORT_BYTES = 50 * 1024 * 1024;
const TEMPLATE_NAME = '帮扶记录导入模板.xlsx';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Aid-record imports from Excel: template, upload (a job), error workbook. */
export const ledgerImportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['ledger-imports'];

  app.get(
    '/aid-imports/template',
    {
      schema: { tags, summary: '下载帮扶记录导入模板（.xlsx，含下拉列表、日期和数字校验、示例行和填写说明）' },
      config: { permission: 'ledger.import' },
    },
    async (_request, reply) =>
      reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment(TEMPLATE_NAME))
        .send(await service.template(app.db)),
  );

  app.post(
    '/aid-imports',
    {
      schema: {
        tags,
        summary: '从 Excel 导入帮扶记录（.xlsx，≤ 50 MB；后台任务：全部保存或全部不保存）',
        description:
          'multipart/form-data：file。社会组织导入本组织的记录（须已通过审核）；部门按每行的统一社会信用代码代在本地区登记或服务的组织导入，地区须在管辖范围内。返回任务编号：GET /api/jobs/:id 看进度，其 result 为 AidImportResult；有问题的行见 GET /api/aid-imports/:jobId/errors。',
        consumes: ['multipart/form-data'],
        response: { 202: AidImportStarted },
      },
      config: { permission: 'ledger.import' },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const upload = await readUpload(request, {
        field: 'file',
        maxBytes: MAX_AID_IMPORT_BYTES,
        extensions: ['.xlsx'],
        expected: ' Excel（.xlsx）文件',
      });
      return reply.status(202).send(await service.startImport(app.db, app.config, contextOf(request), actor, upload));
    },
  );

  app.get(
    '/aid-imports/:jobId/errors',
    {
      schema: {
        tags,
        summary: '下载导入的错误标注表（每个有问题的行前写明原因；只有发起导入的账号可以下载）',
        params: Type.Object(
          { jobId: Type.String({ format: 'uuid', title: '导入任务编号' }) },
          { additionalProperties: false },
        ),
      },
      config: { permission: 'ledger.import' },
    },
    async (request, reply) => {
      const file = await service.errorWorkbook(app.db, app.config, requireActor(request.actor), request.params.jobId);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment(file.fileName))
        .send(fs.createReadStream(file.path));
    },
  );
};
