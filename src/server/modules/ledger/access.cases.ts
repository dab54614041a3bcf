// Access cases of the ledger's routes. The demo foundation (org_admin, org_member) wrote the records, in 中岗村 and
// 兴合村 of 红池坝镇 (巫溪县): the national and Chongqing officials and 红池坝镇's liaison see them; 城口县's official,
// another organization (the Shandong foundation) and the caring individual do not. Steps that can be taken once (reversal, correction) are
// taken by the administrator; the member then finds the record already reversed.
import crypto from 'node:crypto';
import type { AccessCases } from '../../../../test/support/access.ts';
import { multipart } from '../../../../test/support/multipart.ts';
import { ROLES } from '../../../common/glossary.ts';
import { organizationIdOf } from '../coverage/fixtures.ts';
import { appendDrafts, draft } from './fixtures.ts';
import type { AidRecordDetail } from './schemas.ts';
import { caringClaim, recordBody, testHousehold, XINGHE, ZHONGGANG } from './test-helpers.ts';

const GIVERS = ['organization_admin', 'organization_member', 'caring_individual'] as const;
const AREA = ['platform_admin', 'department_official', 'liaison'] as const;
const NOT_THE_CARING_ONES = { caring_individual: 404 } as const;

const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(64)]);

const cases: AccessCases = async (t) => {
  const db = t.database.db;
  const shancheng = await organizationIdOf(db, 'org_admin');
  const shandong = await organizationIdOf(db, 'sd_org');
  const [record, toReverse, toCorrect, inXinghe, theirs] = await appendDrafts(db, [
    draft({ organization_id: shancheng, region_code: ZHONGGANG, summary: '访问测试记录' }),
    draft({ organization_id: shancheng, region_code: ZHONGGANG, summary: '访问测试：冲销' }),
    draft({ organization_id: shancheng, region_code: ZHONGGANG, summary: '访问测试：更正' }),
    draft({ organization_id: shancheng, region_code: XINGHE, summary: '访问测试：兴合村' }),
    // The Shandong foundation's record: the demo foundation's people do not see it.
    draft({ organization_id: shandong, counterpart: true, region_code: ZHONGGANG, summary: '访问测试：齐鲁基金会' }),
  ]);
  const other = theirs!.id;
  const id = record!.id;
  const photo = multipart({}, { name: '佐证.png', bytes: png(), type: 'image/png' });
  const uploaded = await t.request('org_admin', { method: 'POST', url: `/api/aid-records/${id}/files`, payload: photo.payload, headers: photo.headers });
  if (uploaded.statusCode !== 200) throw new Error(`access cases: ${uploaded.body}`);
  const fileId = uploaded.json<AidRecordDetail>().files[0]!.id;

  // The caring individual's point-to-point household, so every giver can write the same valid record.
  const household = await testHousehold(db, t.config, '赵大山');
  await caringClaim(db, household);
  const upload = multipart({}, { name: '收据.png', bytes: png(), type: 'image/png' });
  const outsideArea = (url: string, theirUrl: string) => [
    { as: 'chengkou_mz' as const, url, why: '城口县的工作人员看巫溪县的帮扶记录' },
    { as: 'org_admin' as const, url: theirUrl, why: '另一组织的帮扶记录' },
  ];

  return [
    {
      route: 'POST /api/aid-records',
      allowed: GIVERS,
      okStatus: 201,
      // Three givers write the same content: the second of the organization is kept flagged, as confirmed.
      payload: recordBody({ householdId: household, beneficiaryHouseholds: 1, confirmDuplicate: true }),
    },
    {
      route: 'GET /api/aid-records',
      allowed: ROLES,
      outOfScope: [
        { as: 'chengkou_mz', url: '/api/aid-records?region=500238', why: '城口县的工作人员查巫溪县的台账' },
        { as: 'org_admin', url: `/api/aid-records?organizationId=${shandong}`, why: '查另一组织的台账' },
      ],
    },
    {
      route: 'GET /api/aid-records/duplications',
      allowed: AREA,
      outOfScope: [{ as: 'chengkou_mz', url: '/api/aid-records/duplications?region=500238', why: '城口县的工作人员查巫溪县的重复帮扶' }],
    },
    {
      route: 'POST /api/aid-records/export',
      allowed: ROLES,
      payload: {},
      okStatus: 202,
      outOfScope: [{ as: 'chengkou_mz', payload: { region: '500238' }, why: '城口县的工作人员导出巫溪县的台账' }],
    },
    {
      route: 'GET /api/aid-records/:id',
      url: `/api/aid-records/${id}`,
      allowed: ROLES,
      statusFor: NOT_THE_CARING_ONES,
      outOfScope: outsideArea(`/api/aid-records/${id}`, `/api/aid-records/${other}`),
    },
    {
      route: 'POST /api/aid-records/:id/reverse',
      url: `/api/aid-records/${toReverse!.id}/reverse`,
      allowed: GIVERS,
      payload: { reason: '访问测试' },
      statusFor: { organization_admin: 201, organization_member: 409, caring_individual: 404 },
      outOfScope: [{ as: 'org_admin', url: `/api/aid-records/${other}/reverse`, why: '冲销另一组织的记录' }],
    },
    {
      route: 'POST /api/aid-records/:id/correct',
      url: `/api/aid-records/${toCorrect!.id}/correct`,
      allowed: GIVERS,
      payload: { reason: '访问测试', record: recordBody({ summary: '访问测试：更正后' }) },
      statusFor: { organization_admin: 201, organization_member: 409, caring_individual: 404 },
      outOfScope: [{ as: 'org_admin', url: `/api/aid-records/${other}/correct`, why: '更正另一组织的记录' }],
    },
    {
      route: 'POST /api/aid-records/:id/files',
      url: `/api/aid-records/${id}/files`,
      allowed: GIVERS,
      payload: upload.payload,
      headers: upload.headers,
      statusFor: NOT_THE_CARING_ONES,
      outOfScope: [{ as: 'org_admin', url: `/api/aid-records/${other}/files`, why: '给另一组织的记录上传佐证' }],
    },
    {
      route: 'GET /api/aid-records/:id/files/:fileId',
      url: `/api/aid-records/${id}/files/${fileId}`,
      allowed: ROLES,
      statusFor: NOT_THE_CARING_ONES,
      outOfScope: outsideArea(`/api/aid-records/${id}/files/${fileId}`, `/api/aid-records/${other}/files/${fileId}`),
    },
    {
      route: 'POST /api/aid-records/:id/receipt',
      url: `/api/aid-records/${id}/receipt`,
      allowed: ['liaison'],
      payload: { status: 'confirmed' },
      outOfScope: [{ as: 'zhonggang', url: `/api/aid-records/${inXinghe!.id}/receipt`, why: '中岗村的联系人确认兴合村的记录' }],
    },
  ];
};

export default cases;
