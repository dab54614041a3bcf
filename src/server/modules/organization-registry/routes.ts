import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireActor } from '../../platform/access.ts';
import { contextOf } from '../../platform/http.ts';
import { readUpload } from '../../platform/uploads.ts';
import { claimOrganization } from './claim.ts';
import { ClaimBody, ClaimReply, ImportStarted } from './schemas.ts';
import * as service from './service.ts';

export const MAX_REGISTRY_FILE_BYTES = 10 * 1024 * 1024;
const TEMPLATE_NAME = '社会组织名录导入模板.xlsx';

export const organizationRegistryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['organization-registry'];

  app.post(
    '/organization-registry/imports',
    {
      schema: {
        tags,
        summary: '导入社会组织名录（.xlsx / .csv，≤ 10 MB；后台任务：全部导入或全部不导入）',
        description:
          'multipart/form-data：file。返回任务编号；任务完成后 result 列出逐行问题，有问题时可经 GET /api/jobs/:id/download 下载加了“错误”列的表格。导入的组织为已通过、无账号，由组织凭信用代码和联系人认领。',
        consumes: ['multipart/form-data'],
        response: { 202: ImportStarted },
      },
      config: { permission: 'organizations.manage' },
    },
    async (request, reply) => {
      const upload = await readUpload(request, {
        field: 'file',
        maxBytes: MAX_REGISTRY_FILE_BYTES,
        extensions: ['.xlsx', '.csv'],
        expected: ' Excel（.xlsx）或 CSV 文件',
      });
      const started = await service.startImport(app.db, app.config, contextOf(request), requireActor(request.actor), upload);
      return reply.status(202).send(started);
    },
  );

  app.get(
    '/organization-registry/template',
    {
      schema: { tags, summary: '下载社会组织名录导入模板（.xlsx，含下拉选项和填写说明）' },
      config: { permission: 'organizations.manage' },
    },
    async (_request, reply) =>
      reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(TEMPLATE_NAME)}`)
        .send(await service.template(app.db)),
  );

  app.post(
    '/organization-registry/claim',
    {
      schema: {
        tags,
        summary: '认领已导入组织的管理员账号（凭统一社会信用代码和登记的联系人、联系电话）',
        description:
          '信用代码不存在与联系人不符得到同一答复（CLAIM_FAILED）；已有管理员答复 ALREADY_CLAIMED；同一信用代码 15 分钟内失败 5 次后答复 RATE_LIMITED。成功后用新账号登录。',
        body: ClaimBody,
        response: { 200: ClaimReply },
      },
      config: { permission: 'public' },
    },
    async (request) => claimOrganization(app.db, contextOf(request), request.body),
  );
};
