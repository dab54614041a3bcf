// The ledger's routes: records (write, list, read), reversal and correction, evidence, receipts, possible
// duplications and the export. Each declares its schema and permission; the rules live in the services.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireActor } from '../../platform/access.ts';
import { contextOf } from '../../platform/http.ts';
import { sendPrivateFile } from '../../platform/served-files.ts';
import { readUpload } from '../../platform/uploads.ts';
import { listDuplications } from './duplications.ts';
import { startLedgerExport } from './export.ts';
import { addFile, AID_FILE_RULES, assertCanAddFile, recordFileFor } from './files.ts';
import { recordReceipt } from './receipts.ts';
import { AidRecordFileParams, AidRecordIdParams, LedgerExportStarted } from './route-schemas.ts';
import {
  AidRecordCreated,
  AidRecordDetail,
  AidRecordExportBody,
  AidRecordInput,
  AidRecordListQuery,
  AidRecordPage,
  AidRecordView,
  CorrectBody,
  CorrectionCreated,
  DuplicationPage,
  DuplicationQuery,
  ReceiptBody,
  ReverseBody,
} from './schemas.ts';
import { correctRecord, createRecord, getRecord, listRecords, reverseRecord } from './service.ts';

/** The ledger's routes (records, reversal and correction, evidence, receipts, duplications, export). */
export const ledgerRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['ledger'];

  app.post(
    '/aid-records',
    {
      schema: {
        tags,
        summary: '录入一条帮扶记录（组织为本组织录入，爱心人士为自己一对一帮扶的住户录入）',
        description:
          '规则逐项检查并一并返回。同一票据编号、或一天内内容相同的记录返回 409 AID_DUPLICATE；后者可带 confirmDuplicate: true 保存并标记为疑似重复。',
        body: AidRecordInput,
        response: { 201: AidRecordCreated },
      },
      config: { permission: 'ledger.write' },
    },
    async (request, reply) =>
      reply.status(201).send(await createRecord(app.db, contextOf(request), requireActor(request.actor), request.body)),
  );

  app.get(
    '/aid-records',
    {
      schema: {
        tags,
        summary: '帮扶台账（组织看本组织的，爱心人士看自己的，联系人和部门看管辖范围内的；按帮扶日期倒序）',
        description: '筛选条件与统计口径一致：同样条件下各页金额之和等于统计数字。',
        querystring: AidRecordListQuery,
        response: { 200: AidRecordPage },
      },
      config: { permission: 'ledger.read' },
    },
    async (request) => listRecords(app.db, requireActor(request.actor), request.query),
  );

  app.get(
    '/aid-records/duplications',
    {
      schema: {
        tags,
        summary: '疑似重复帮扶：同一住户同一领域在 90 天内受到多个主体的帮扶',
        querystring: DuplicationQuery,
        response: { 200: DuplicationPage },
      },
      config: { permission: 'ledger.duplications' },
    },
    async (request) => listDuplications(app.db, requireActor(request.actor), request.query),
  );

  app.post(
    '/aid-records/export',
    {
      schema: { tags, summary: '把筛选后的台账导出为 Excel（后台任务）', body: AidRecordExportBody, response: { 202: LedgerExportStarted } },
      config: { permission: 'ledger.read' },
    },
    async (request, reply) =>
      reply.status(202).send(await startLedgerExport(app.db, contextOf(request), requireActor(request.actor), request.body)),
  );

  app.get(
    '/aid-records/:id',
    {
      schema: { tags, summary: '一条帮扶记录：明细、佐证、收悉确认经过与可执行的操作', params: AidRecordIdParams, response: { 200: AidRecordDetail } },
      config: { permission: 'ledger.read' },
    },
    async (request) => getRecord(app.db, requireActor(request.actor), request.params.id),
  );

  app.post(
    '/aid-records/:id/reverse',
    {
      schema: {
        tags,
        summary: '冲销本方的一条有效记录（生成数字相反的冲销记录，原记录保留）',
        params: AidRecordIdParams,
        body: ReverseBody,
        response: { 201: AidRecordView },
      },
      config: { permission: 'ledger.write' },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await reverseRecord(app.db, contextOf(request), requireActor(request.actor), request.params.id, request.body.reason)),
  );

  app.post(
    '/aid-records/:id/correct',
    {
      schema: {
        tags,
        summary: '更正本方的一条有效记录：冲销原记录并录入更正后的记录（同一事务）',
        params: AidRecordIdParams,
        body: CorrectBody,
        response: { 201: CorrectionCreated },
      },
      config: { permission: 'ledger.write' },
    },
    async (request, reply) =>
      reply.status(201).send(await correctRecord(app.db, contextOf(request), requireActor(request.actor), request.params.id, request.body)),
  );

  app.post(
    '/aid-records/:id/files',
    {
      schema: {
        tags,
        summary: '为本方的帮扶记录添加佐证（PNG、JPEG、WebP 或 PDF，≤ 20 MB，每条最多 30 个）',
        description: 'multipart/form-data：文件字段 file。',
        consumes: ['multipart/form-data'],
        params: AidRecordIdParams,
        response: { 200: AidRecordDetail },
      },
      config: { permission: 'ledger.write' },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      await assertCanAddFile(app.db, actor, request.params.id);
      const upload = await readUpload(request, AID_FILE_RULES);
      return addFile(app.db, app.config, contextOf(request), actor, request.params.id, upload);
    },
  );

  app.get(
    '/aid-records/:id/files/:fileId',
    {
      schema: { tags, summary: '帮扶记录的佐证文件（能看到该记录的人）', params: AidRecordFileParams },
      config: { permission: 'ledger.read' },
    },
    async (request, reply) => {
      const file = await recordFileFor(app.db, app.config, requireActor(request.actor), request.params.id, request.params.fileId);
      return sendPrivateFile(reply, file);
    },
  );

  app.post(
    '/aid-records/:id/receipt',
    {
      schema: {
        tags,
        summary: '确认收悉或提出异议（帮扶地区所在乡镇、村的联系人；异议须说明理由）',
        params: AidRecordIdParams,
        body: ReceiptBody,
        response: { 200: AidRecordDetail },
      },
      config: { permission: 'ledger.confirm' },
    },
    async (request) => recordReceipt(app.db, contextOf(request), requireActor(request.actor), request.params.id, request.body),
  );
};
