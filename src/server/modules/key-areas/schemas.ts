// Key-area imports: an official uploads a spreadsheet, the server reads and resolves it into entries kept as a
// pending import; the official decides what to do with each entry that is not an exact match; then the whole import
// is saved in one transaction, or nothing is.
import { Type, type Static } from 'typebox';
import { PageQuery } from '../../platform/http.ts';
import { Contact, DESIGNATION_KINDS } from '../programs/schemas.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const IMPORT_KINDS = ['county', 'township', 'village'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** What a county row designates when its 备注 does not say 国家级 / 市级 itself. */
export const COUNTY_DESIGNATION_KINDS = [
  'key_county_national',
  'key_county_municipal',
  'national_key_support_county',
] as const;
export type CountyDesignationKind = (typeof COUNTY_DESIGNATION_KINDS)[number];

export const ImportKindSchema = Type.Enum(IMPORT_KINDS, {
  title: '表格类别',
  description:
    'county 重点区县（序号、区县、联系电话、备注）；township 深度贫困乡镇（序号、乡镇名称、联系人、联系方式、备注）；village 定点村（序号、区县、村（社区））',
});

export const CountyKindSchema = Type.Enum(COUNTY_DESIGNATION_KINDS, {
  title: '区县类别',
  description: '备注未写明「国家级」或「市级」时，区县按此类别列入；默认 key_county_national',
});

export const Candidate = Type.Object({ code: Type.String(), name: Type.String({ description: '完整路径' }) });

export const ImportEntry = Type.Object({
  key: Type.String({ description: '条目标识：名称所在单元格，如 C2（定点村表两栏并排，一行有两个条目）' }),
  row: Type.Integer({ description: '表格中的行号' }),
  cell: Type.String(),
  seq: Type.String({ description: '序号，照原样' }),
  input: Type.String({ description: '表格里写的名称' }),
  county: Nullable(Type.String({ description: '定点村表的区县（空白时沿用上方）' })),
  status: Type.Enum(['exact', 'variant', 'ambiguous', 'not_found'] as const),
  code: Nullable(Type.String()),
  name: Nullable(Type.String({ description: '匹配到的地区完整路径' })),
  reason: Nullable(Type.String({ description: '近似匹配的理由，或未找到 / 有多处相符的说明' })),
  candidates: Type.Array(Candidate),
  problems: Type.Array(Type.String(), {
    description: '本行必须修正的问题（如电话格式、名称为空）：只能舍弃后重新上传',
  }),
  duplicateOf: Nullable(Type.String({ description: '与表中哪一条目是同一地区' })),
  designationKind: Type.Enum(DESIGNATION_KINDS),
  note: Nullable(Type.String()),
  contacts: Type.Array(Contact),
});
export type ImportEntry = Static<typeof ImportEntry>;

export const ImportSummary = Type.Object({
  entries: Type.Integer(),
  exact: Type.Integer(),
  variant: Type.Integer(),
  ambiguous: Type.Integer(),
  notFound: Type.Integer(),
  problems: Type.Integer({ description: '有必须修正问题的条目数' }),
});

export const ImportResult = Type.Object({
  created: Type.Integer({ description: '新列入的重点地区' }),
  updated: Type.Integer({ description: '备注或联系人有变化的重点地区' }),
  unchanged: Type.Integer({ description: '已在计划中且无变化' }),
  dropped: Type.Integer({ description: '舍弃的条目' }),
});
export type ImportResult = Static<typeof ImportResult>;

export const KeyAreaImport = Type.Object({
  id: Type.Integer(),
  programId: Type.Integer(),
  kind: ImportKindSchema,
  countyKind: CountyKindSchema,
  fileName: Type.String(),
  status: Type.Enum(['pending', 'saved', 'discarded'] as const),
  createdBy: Nullable(Type.String({ description: '上传人' })),
  createdAt: Type.String({ format: 'date-time' }),
  finishedAt: Nullable(Type.String({ format: 'date-time' })),
  summary: ImportSummary,
  result: Nullable(ImportResult),
  entries: Type.Array(ImportEntry),
});
export type KeyAreaImport = Static<typeof KeyAreaImport>;

export const ImportListItem = Type.Omit(KeyAreaImport, ['entries']);
export const ImportPage = Type.Object({ items: Type.Array(ImportListItem), nextCursor: Nullable(Type.String()) });
export type ImportPage = Static<typeof ImportPage>;

export const ListImportsQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });
export type ListImportsQuery = Static<typeof ListImportsQuery>;

export const Decision = Type.Object(
  {
    key: Type.String({ maxLength: 20, title: '条目标识' }),
    action: Type.Enum(['accept', 'drop'] as const, {
      title: '处理方式',
      description: 'accept 确认（可用 code 改选其他地区）；drop 舍弃该条目',
    }),
    code: Type.Optional(Type.String({ pattern: '^[0-9]{6,12}$', title: '选定的行政区划代码' })),
  },
  { additionalProperties: false },
);
export type Decision = Static<typeof Decision>;

export const SaveImportBody = Type.Object(
  {
    decisions: Type.Array(Decision, {
      maxItems: 5000,
      title: '逐条处理',
      description: '完全匹配的条目可不写；近似匹配须确认或舍弃；多处相符或未找到须选定地区或舍弃；有问题的条目须舍弃',
    }),
  },
  { additionalProperties: false },
);
export type SaveImportBody = Static<typeof SaveImportBody>;

export const ImportIdParams = Type.Object(
  { id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, title: '导入编号' }) },
  { additionalProperties: false },
);
