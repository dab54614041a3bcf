// Caring individuals (爱心人士): self-registration and their own profile.
// The body schemas only bound sizes and types: the rules (name, mobile, region level, key fields, username, password)
// are checked by the service, so that every bad field is answered at once, each with a message that says what to do.
import { Type, type Static } from 'typebox';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const REAL_NAME_STATUSES = ['unverified', 'verified', 'failed'] as const;
export type RealNameStatus = (typeof REAL_NAME_STATUSES)[number];

const RealName = Type.String({ maxLength: 100, title: '姓名', description: '2–30 个汉字或字母，可含间隔号“·”' });
const Mobile = Type.String({ maxLength: 30, title: '手机号码', description: '11 位手机号；只返回给本人' });
const RegionCode = Type.String({
  maxLength: 20,
  title: '所在地区',
  description: '行政区划代码，区县（6 位）、乡镇（9 位）或村（12 位）',
});
const FieldCodes = Type.Array(Type.String({ maxLength: 60, title: '领域代码' }), {
  maxItems: 50,
  title: '关注的帮扶领域',
  description: '重点领域的代码（GET /api/key-fields），1–10 项',
});

export const RegisterCaringBody = Type.Object(
  {
    realName: RealName,
    mobile: Mobile,
    regionCode: RegionCode,
    fieldCodes: FieldCodes,
    username: Type.String({ maxLength: 64, title: '用户名', description: '3–32 位，字母开头，可含字母、数字、_ . -' }),
    password: Type.String({ maxLength: 256, title: '密码' }),
  },
  { additionalProperties: false },
);
export type RegisterCaringBody = Static<typeof RegisterCaringBody>;

/** What the person may change; a new name or mobile is checked again (real name) and starts unverified. */
export const UpdateCaringBody = Type.Object(
  {
    realName: Type.Optional(RealName),
    mobile: Type.Optional(Mobile),
    regionCode: Type.Optional(RegionCode),
    fieldCodes: Type.Optional(FieldCodes),
  },
  { additionalProperties: false },
);
export type UpdateCaringBody = Static<typeof UpdateCaringBody>;

export const CaringField = Type.Object({
  code: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
});

export const CaringProfile = Type.Object({
  accountId: Type.Integer(),
  username: Type.String(),
  realName: Type.String(),
  mobile: Type.String({ description: '只返回给本人' }),
  regionCode: Type.String(),
  regionPath: Nullable(Type.String({ description: '如 重庆市 / 巫溪县 / 红池坝镇' })),
  fields: Type.Array(CaringField),
  realNameStatus: Type.Enum(REAL_NAME_STATUSES, {
    description: 'unverified 未核验；verified 已核验；failed 核验未通过',
  }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type CaringProfile = Static<typeof CaringProfile>;
