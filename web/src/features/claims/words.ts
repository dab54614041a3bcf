// The words of the claims pages, Chinese and English side by side (shown with `l()` from useI18n), kept with the
// feature so the shared message table does not grow by a module's worth of keys.
import type { ClaimEventAction, ClaimStatus } from '../../api/claims.ts';
import type { Labels } from '../../i18n/index.tsx';

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, Labels> = {
  pending: { zh: '待确认', en: 'Awaiting confirmation' },
  confirmed: { zh: '对接成功', en: 'Confirmed' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  declined: { zh: '已婉拒', en: 'Declined' },
  lapsed: { zh: '已失效', en: 'Lapsed' },
  fulfilled: { zh: '已完成', en: 'Fulfilled' },
};

export const CLAIM_STATUS_COLORS: Record<ClaimStatus, string> = {
  pending: 'processing',
  confirmed: 'success',
  withdrawn: 'default',
  declined: 'error',
  lapsed: 'warning',
  fulfilled: 'green',
};

export const EVENT_LABELS: Record<ClaimEventAction, Labels> = {
  claimed: { zh: '提交认领', en: 'Claimed' },
  progress: { zh: '进展', en: 'Progress' },
  confirmed: { zh: '确认对接成功', en: 'Confirmed' },
  declined: { zh: '婉拒', en: 'Declined' },
  withdrawn: { zh: '撤回', en: 'Withdrawn' },
  lapsed: { zh: '长期无进展，自动失效', en: 'Lapsed without progress' },
  fulfilled: { zh: '完成', en: 'Fulfilled' },
};

export const EVENT_COLORS: Record<ClaimEventAction, string> = {
  claimed: 'blue',
  progress: 'blue',
  confirmed: 'green',
  declined: 'red',
  withdrawn: 'gray',
  lapsed: 'gray',
  fulfilled: 'green',
};

export const W = {
  // The list page.
  title: { zh: '认领与对接', en: 'Claims' },
  introClaimant: {
    zh: '您认领的需求：联系人确认（对接成功）后即可按约定帮扶；长期没有进展的认领会自动失效，认领的数量退回需求。',
    en: 'The needs you claimed: once the liaison confirms, help as agreed. A claim without progress lapses and its quantity returns to the need.',
  },
  introManager: {
    zh: '辖区内需求收到的认领：请及时确认对接或说明原因婉拒，认领方会收到通知。',
    en: 'Claims on the needs in your scope: confirm them or decline with a reason; the claimant is notified.',
  },
  mine: { zh: '我的认领', en: 'My claims' },
  tabPending: { zh: '待确认', en: 'Awaiting confirmation' },
  tabConfirmed: { zh: '已对接', en: 'Confirmed' },
  tabEnded: { zh: '已结束', en: 'Ended' },
  tabAll: { zh: '全部', en: 'All' },
  pendingTitle: { zh: '待确认的认领', en: 'Claims awaiting confirmation' },
  allTitle: { zh: '全部认领', en: 'All claims' },
  statusFilter: { zh: '状态', en: 'Status' },
  allStatuses: { zh: '全部状态', en: 'All statuses' },
  emptyPending: { zh: '没有待确认的认领', en: 'No claims await confirmation' },
  empty: { zh: '暂无认领', en: 'No claims' },
  emptyMine: { zh: '还没有认领。可在“找需求”中查找适合的需求并认领。', en: 'No claims yet. Find a need that fits under “Find needs” and claim it.' },
  findNeeds: { zh: '找需求', en: 'Find needs' },

  // Columns and fields.
  need: { zh: '需求', en: 'Need' },
  place: { zh: '地点', en: 'Place' },
  claimant: { zh: '认领方', en: 'Claimant' },
  quantity: { zh: '认领数量', en: 'Quantity claimed' },
  needQuantity: { zh: '需求总量', en: 'Needed in all' },
  status: { zh: '状态', en: 'Status' },
  lapse: { zh: '失效时间', en: 'Lapses' },
  claimedAt: { zh: '认领时间', en: 'Claimed' },
  decidedAt: { zh: '确认 / 婉拒时间', en: 'Decided' },
  note: { zh: '帮扶方式与时间', en: 'How and when' },
  plannedDate: { zh: '计划到位日期', en: 'Planned date' },
  deadline: { zh: '需求截止日期', en: 'Need deadline' },
  reason: { zh: '原因', en: 'Reason' },
  contact: { zh: '联系人', en: 'Contact' },
  phone: { zh: '电话', en: 'Phone' },
  caringIndividual: { zh: '爱心人士', en: 'Caring individual' },
  organization: { zh: '社会组织', en: 'Organization' },
  lapseIn: { zh: '{n} 天内无进展将失效', en: 'Lapses in {n} days without progress' },
  lapseToday: { zh: '今日内无进展将失效', en: 'Lapses today without progress' },

  // Decisions.
  confirm: { zh: '确认对接', en: 'Confirm' },
  confirmAsk: { zh: '确认与该认领方对接成功？', en: 'Confirm the match with this claimant?' },
  confirmHelp: {
    zh: '确认后认领方可看到村、联系人电话和住户的脱敏信息，以便落实帮扶。',
    en: 'Once confirmed, the claimant sees the village, the contact’s phone and the household’s masked view, to deliver.',
  },
  confirmed: { zh: '已确认对接', en: 'Confirmed' },
  decline: { zh: '婉拒', en: 'Decline' },
  declineTitle: { zh: '婉拒认领', en: 'Decline the claim' },
  declineHelp: { zh: '认领方会看到这一原因，认领的数量退回需求。', en: 'The claimant reads this reason; the quantity returns to the need.' },
  declined: { zh: '已婉拒', en: 'Declined' },
  reasonRequired: { zh: '请填写原因', en: 'Please give a reason' },
  withdraw: { zh: '撤回认领', en: 'Withdraw' },
  withdrawTitle: { zh: '撤回认领', en: 'Withdraw the claim' },
  withdrawHelp: {
    zh: '联系人确认前可以撤回，认领的数量退回需求。可以说明原因（选填）。',
    en: 'Until the liaison confirms, you may withdraw; the quantity returns to the need. A reason is optional.',
  },
  withdrawn: { zh: '已撤回认领', en: 'Claim withdrawn' },
  progress: { zh: '记录进展', en: 'Record progress' },
  progressTitle: { zh: '记录帮扶进展', en: 'Record progress' },
  progressNote: { zh: '进展说明', en: 'Progress' },
  progressHelp: {
    zh: '例如物资已采购、资金已拨付、已与村里约定时间。记录进展会重新计算失效时间。',
    en: 'E.g. materials bought, funds transferred, a date agreed with the village. Recording progress restarts the lapse clock.',
  },
  progressRequired: { zh: '请填写进展说明', en: 'Please describe the progress' },
  progressSaved: { zh: '已记录进展', en: 'Progress recorded' },

  // The detail page.
  backToList: { zh: '返回认领列表', en: 'Back to claims' },
  notFound: { zh: '认领不存在，或不在您的范围内', en: 'No such claim, or not yours to see' },
  claimTitle: { zh: '认领 #{id}', en: 'Claim #{id}' },
  openNeed: { zh: '查看需求', en: 'Open the need' },
  claimCard: { zh: '认领信息', en: 'The claim' },
  timeline: { zh: '办理记录', en: 'Timeline' },
  timelineEmpty: { zh: '暂无记录', en: 'Nothing yet' },
  statusReason: { zh: '原因', en: 'Reason' },
  deliveryTitle: { zh: '对接信息', en: 'Delivery' },
  deliveryVillage: { zh: '帮扶地点', en: 'Where' },
  deliveryContact: { zh: '对接联系人', en: 'Contact' },
  household: { zh: '帮扶对象', en: 'Household' },
  householdHead: { zh: '户主', en: 'Head of household' },
  householdCategory: { zh: '户类别', en: 'Category' },
  householdSituations: { zh: '家庭情况', en: 'Situation' },
  householdMembers: { zh: '家庭人口', en: 'Members' },
  membersCount: { zh: '{n} 人', en: '{n}' },
  householdNote: {
    zh: '住户的身份信息由村（社区）联系人保管，不向认领方提供。请通过对接联系人联系住户，帮扶中获知的信息请勿外传。',
    en: 'The household’s identity stays with the village liaison. Reach the household through the contact, and keep what you learn to yourself.',
  },
  claimantContact: { zh: '认领方联系方式', en: 'Claimant’s contact' },
  pendingNote: {
    zh: '等待村（社区）联系人确认。确认前可以撤回；确认后可在此看到对接信息。',
    en: 'Waiting for the village liaison to confirm. You may withdraw until then; the delivery details appear here after.',
  },

  // The need's claims panel.
  panelTitle: { zh: '认领情况', en: 'Claims' },
  panelEmpty: { zh: '还没有认领', en: 'No claims yet' },
} satisfies Record<string, Labels>;

/** Fills {name} placeholders, as `t()` does for the shared messages. */
export function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
