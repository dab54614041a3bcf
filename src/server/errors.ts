// One error model: services throw AppError(code); this table maps each code to its HTTP status and the Chinese
// message a user reads. `fields` says, field by field, what to fix.

export interface FieldError {
  /** Path of the field in the request, e.g. "username" or "items.2.quantity". */
  field: string;
  message: string;
}

const ERRORS = {
  VALIDATION_FAILED: [400, '提交的内容有误，请按提示逐项修改'],
  MALFORMED_JSON: [400, '请求内容不是有效的 JSON'],
  UNSUPPORTED_MEDIA_TYPE: [415, '不支持的内容类型，请以 JSON 提交（上传文件用 multipart/form-data）'],
  BODY_TOO_LARGE: [413, '提交的内容过大'],
  UNAUTHENTICATED: [401, '请先登录'],
  SESSION_EXPIRED: [401, '登录已过期，请重新登录'],
  LOGIN_FAILED: [401, '用户名或密码错误'],
  LOGIN_RATE_LIMITED: [429, '登录失败次数过多，请稍后再试'],
  CSRF_FAILED: [403, '页面已过期或请求来源不可信，请刷新页面后重试'],
  FORBIDDEN: [403, '您没有执行此操作的权限'],
  OUT_OF_SCOPE: [403, '该对象不在您的管辖范围内'],
  NOT_FOUND: [404, '要访问的内容不存在'],
  ROUTE_NOT_FOUND: [404, '接口不存在'],
  PASSWORD_INCORRECT: [400, '当前密码不正确'],
  PASSWORD_TOO_WEAK: [400, '新密码不符合要求'],
  PASSWORD_CHANGE_REQUIRED: [403, '请先修改初始密码'],
  USERNAME_TAKEN: [409, '用户名已被使用，请换一个'],
  CODE_TAKEN: [409, '代码已被使用，请换一个'],
  SLUG_TAKEN: [409, '计划标识已被使用，请换一个'],
  DESIGNATION_EXISTS: [409, '该计划已将这一地区列为同一类别'],
  FILE_TOO_LARGE: [413, '文件过大'],
  IMPORT_FILE_INVALID: [400, '表格无法读取或格式不符，请按模板修改后重新上传'],
  IMPORT_UNRESOLVED: [400, '还有条目没有处理：请逐条确认、选定地区或舍弃'],
  IMPORT_FINISHED: [409, '这次导入已经保存或放弃，请重新上传表格'],
  CREDIT_CODE_TAKEN: [409, '该统一社会信用代码已经注册'],
  ORGANIZATION_STATE: [409, '该组织当前的状态不允许这一操作'],
  CHANGE_PENDING: [409, '已有一项待审核的关键信息变更，请等审核后再提交'],
  MOBILE_TAKEN: [409, '该手机号已经注册'],
  CLAIM_FAILED: [400, '统一社会信用代码与登记的联系人信息不符，无法认领'],
  ALREADY_CLAIMED: [409, '该组织已有管理员账号，请联系其管理员或登记管理机关'],
  HOUSEHOLD_EXISTS: [409, '该身份证号的住户已经登记，请在住户列表中查找'],
  HOUSEHOLD_ARCHIVED: [409, '该住户已归档，不能再为其发布需求'],
  NEED_STATE: [409, '该需求当前的状态不允许这一操作'],
  NEED_OVER_CLAIMED: [409, '认领数量超过了尚未认领的数量，请刷新后按剩余数量认领'],
  NEED_HAS_CLAIMS: [409, '该需求已有认领，不能再修改数量、类型等内容；如需调整请与认领方沟通'],
  ALREADY_CLAIMING: [409, '您已认领该需求；如需调整数量，请先撤回原认领再重新认领'],
  HOUSEHOLD_NEED_TAKEN: [409, '该住户需求已有爱心人士结对帮扶'],
  CARING_HOUSEHOLD_ONLY: [400, '爱心人士只能认领住户需求，进行一对一帮扶'],
  ORGANIZATION_NOT_APPROVED: [403, '组织通过审核后才能认领需求'],
  CLAIM_STATE: [409, '该认领当前的状态不允许这一操作'],
  PAIRING_STATE: [409, '该结对协议当前的状态不允许这一操作'],
  PAIRING_EXISTS: [409, '本组织在同一计划下已与其中的地区结对（待确认或已确认），请在原协议上修改'],
  PROJECT_STATE: [409, '该项目当前的状态不允许这一操作'],
  FAIR_STATE: [409, '该活动已结束或已取消，不能再报名或修改'],
  WORK_PLAN_SUBMITTED: [409, '该年度工作计划已提交，不能再修改'],
  AID_DUPLICATE: [409, '这条帮扶记录与已录入的记录重复（同一票据编号，或一天内内容相同）'],
  AID_RECORD_STATE: [409, '该帮扶记录已冲销或本身是冲销记录，不能再冲销、更正或确认'],
  REGION_NOT_FOUND: [400, '行政区划代码不存在'],
  SCOPE_NOT_ALLOWED: [400, '该角色不能使用这一级的管辖范围'],
  INVITATION_INVALID: [404, '邀请链接无效、已使用或已过期'],
  ACCOUNT_DISABLED: [409, '账号已停用'],
  CANNOT_DISABLE_SELF: [409, '不能停用自己的账号'],
  JOB_KIND_UNKNOWN: [400, '未知的任务类型'],
  RATE_LIMITED: [429, '请求过于频繁，请稍后再试'],
  INTERNAL: [500, '服务器内部错误，请稍后重试；如持续出现，请把请求编号告知管理员'],
} as const satisfies Record<string, readonly [number, string]>;

export type ErrorCode = keyof typeof ERRORS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(code: ErrorCode, options: { fields?: FieldError[]; message?: string; headers?: Record<string, string> } = {}) {
    super(options.message ?? ERRORS[code][1]);
    this.name = 'AppError';
    this.code = code;
    this.fields = options.fields;
    this.headers = options.headers;
  }

  get status(): number {
    return ERRORS[this.code][0];
  }
}

export function errorStatus(code: ErrorCode): number {
  return ERRORS[code][0];
}

export function errorMessage(code: ErrorCode): string {
  return ERRORS[code][1];
}

/** Shortcut for a single-field validation failure raised by a service rule. */
export function fieldError(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', { fields: [{ field, message }] });
}
