import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireActor } from '../../platform/access.ts';
import { contextOf } from '../../platform/http.ts';
import { readUpload } from '../../platform/uploads.ts';
import { NeedImportStarted } from './schemas.ts';
import * as service from './service.ts';

export const MAX_NEED_IMPORT_BYTES = 5 * 1024 * 1024;
const TEMPLATE_NAME = '需求导入模板.xlsx';

export const needImportsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['need-imports'];

  app.post(
    '/need-imports',
    {
      schema: {
        tags,
        summary: '从表格导入一个乡镇的需求（.xlsx / .csv，≤ 5 MB，≤ 2000 行；后台任务：全部导入或全部不导入）',
        description:
          'multipart/form-data：file；township 乡镇（街道）区划代码（部门必填，乡镇联系人默认本乡镇；村联系人不能导入）；publish 为 true 时立即发布，否则存为草稿。表头不符或行数超限立即答复 IMPORT_FILE_INVALID；否则返回任务编号，GET /api/jobs/:id 的 result 列出逐行问题或导入的需求。',
        consumes: ['multipart/form-data'],
        response: { 202: NeedImportStarted },
      },
      config: { permission: 'needs.manage' },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      service.assertMayImport(actor);
      const upload = await readUpload(request, {
        field: 'file',
        maxBytes: MAX_NEED_IMPORT_BYTES,
        extensions: ['.xlsx', '.csv'],
        expected: ' Excel（.xlsx）或 CSV 文件',
      });
      const started = await service.startImport(app.db, app.config, contextOf(request), actor, upload);
      return reply.status(202).send(started);
    },
  );

  app.get(
    '/need-imports/template',
    {
      schema: { tags, summary: '下载需求导入模板（.xlsx，含重点领域和需求类型的下拉选项、示例行和填写说明）' },
      config: { permission: 'needs.manage' },
    },
    async (_request, reply) =>
      reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(TEMPLATE_NAME)}`)
        .send(await service.template(app.db)),
  );
};
