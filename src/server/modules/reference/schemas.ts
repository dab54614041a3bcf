// Key fields (重点领域) and key populations (重点人群): two reference lists of the same shape, one set of schemas.
import { Type, type Static } from 'typebox';

export const ReferenceCode = Type.String({
  pattern: '^[a-z][a-z0-9_]{1,47}$',
  title: '代码',
  description: '英文小写字母、数字和下划线，字母开头，2–48 位；保存后不能修改',
});

const NameZh = Type.String({ minLength: 1, maxLength: 64, title: '中文名称' });
const NameEn = Type.String({ minLength: 1, maxLength: 128, title: '英文名称' });
const Description = Type.String({ maxLength: 500, title: '说明', description: '留空表示没有说明' });
const Source = Type.String({
  maxLength: 200,
  title: '依据',
  description: '例如 渝社组办〔2020〕21号 第三条；留空表示没有',
});
const SortOrder = Type.Integer({
  minimum: 0,
  maximum: 1_000_000,
  title: '排序',
  description: '数字小的在前；新增时省略则排在最后',
});

export const ReferenceItem = Type.Object({
  code: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  description: Type.Union([Type.String(), Type.Null()]),
  source: Type.Union([Type.String(), Type.Null()]),
  sortOrder: Type.Integer(),
  retiredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type ReferenceItem = Static<typeof ReferenceItem>;

/** The whole list, not paged: a reference list is a few dozen rows that every form loads at once. */
export const ReferenceList = Type.Object({ items: Type.Array(ReferenceItem) });
export type ReferenceList = Static<typeof ReferenceList>;

export const ListReferenceQuery = Type.Object(
  { includeRetired: Type.Optional(Type.Boolean({ title: '包含已停用', description: '仅平台管理员可用' })) },
  { additionalProperties: false },
);
export type ListReferenceQuery = Static<typeof ListReferenceQuery>;

export const CreateReferenceBody = Type.Object(
  {
    code: ReferenceCode,
    nameZh: NameZh,
    nameEn: NameEn,
    description: Type.Optional(Description),
    source: Type.Optional(Source),
    sortOrder: Type.Optional(SortOrder),
  },
  { additionalProperties: false },
);
export type CreateReferenceBody = Static<typeof CreateReferenceBody>;

/** Every field but the code, which later records reference and so never changes. */
export const UpdateReferenceBody = Type.Object(
  {
    nameZh: Type.Optional(NameZh),
    nameEn: Type.Optional(NameEn),
    description: Type.Optional(Description),
    source: Type.Optional(Source),
    sortOrder: Type.Optional(SortOrder),
  },
  { additionalProperties: false },
);
export type UpdateReferenceBody = Static<typeof UpdateReferenceBody>;

export const CodeParams = Type.Object({ code: ReferenceCode }, { additionalProperties: false });
