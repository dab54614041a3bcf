// The codes of pairings, projects, work plans and fairs, shared by the server's schemas and the web app. Plain arrays
// and labels only: the web app imports this file, so it must not pull in typebox or anything of the server.

type Labels = { zh: string; en: string };

export const PAIRING_STATUSES = ['pending', 'confirmed', 'returned', 'withdrawn', 'ended'] as const;
export type PairingStatus = (typeof PAIRING_STATUSES)[number];
export const PAIRING_STATUS_LABELS: Record<PairingStatus, Labels> = {
  pending: { zh: '待确认', en: 'Awaiting confirmation' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  returned: { zh: '已退回', en: 'Returned' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  ended: { zh: '已终止', en: 'Ended' },
};
export const PAIRING_EVENT_ACTIONS = ['submitted', 'edited', 'resubmitted', 'confirmed', 'returned', 'withdrawn', 'ended'] as const;
export type PairingEventAction = (typeof PAIRING_EVENT_ACTIONS)[number];
export const PAIRING_SIDES = ['organization', 'department'] as const;
export type PairingSide = (typeof PAIRING_SIDES)[number];

/** A project's life (glossary: 签约 → 落地 → 实施 → 完成 → 结项), with the request for signing and cancellation. */
export const PROJECT_STATUSES = ['planned', 'signing', 'signed', 'landed', 'in_progress', 'completed', 'closed', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, Labels> = {
  planned: { zh: '计划中', en: 'Planned' },
  signing: { zh: '待签约', en: 'Awaiting signature' },
  signed: { zh: '已签约', en: 'Signed' },
  landed: { zh: '已落地', en: 'Landed' },
  in_progress: { zh: '实施中', en: 'In progress' },
  completed: { zh: '已完成', en: 'Completed' },
  closed: { zh: '已结项', en: 'Closed' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};
/** Signed and later: what checklist management tracks (cancelled ones that had been signed stay listed apart). */
export const SIGNED_PROJECT_STATUSES = ['signed', 'landed', 'in_progress', 'completed', 'closed'] as const;
/** Landed and later: the project actually started. */
export const LANDED_PROJECT_STATUSES = ['landed', 'in_progress', 'completed', 'closed'] as const;

export const PROJECT_EVENT_ACTIONS = [
  'created',
  'edited',
  'signing_requested',
  'signing_returned',
  'signed',
  'landed',
  'progress',
  'completed',
  'closed',
  'cancelled',
  'follow_up',
  'overdue',
] as const;
export type ProjectEventAction = (typeof PROJECT_EVENT_ACTIONS)[number];
export const PROJECT_EVENT_LABELS: Record<ProjectEventAction, Labels> = {
  created: { zh: '创建项目', en: 'Created' },
  edited: { zh: '修改项目', en: 'Edited' },
  signing_requested: { zh: '申请签约', en: 'Signing requested' },
  signing_returned: { zh: '签约申请退回', en: 'Signing returned' },
  signed: { zh: '确认签约', en: 'Signed' },
  landed: { zh: '项目落地', en: 'Landed' },
  progress: { zh: '实施进展', en: 'Progress' },
  completed: { zh: '项目完成', en: 'Completed' },
  closed: { zh: '验收结项', en: 'Closed' },
  cancelled: { zh: '取消项目', en: 'Cancelled' },
  follow_up: { zh: '跟踪记录', en: 'Follow-up' },
  overdue: { zh: '逾期未落地', en: 'Overdue' },
};

/** Budget sources (issue 7; seed 001 article 5: own funds, member enterprises, fundraising, trusts, purchase). */
export const FUNDING_SOURCES = [
  'own_funds',
  'member_enterprises',
  'public_fundraising',
  'special_fund',
  'charitable_trust',
  'counterpart_aid',
  'government_purchase',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export const FUNDING_SOURCE_LABELS: Record<FundingSource, Labels> = {
  own_funds: { zh: '自有资金', en: 'Own funds' },
  member_enterprises: { zh: '会员企业', en: 'Member enterprises' },
  public_fundraising: { zh: '公开募捐 / 网络众筹', en: 'Public fundraising / crowdfunding' },
  special_fund: { zh: '专项基金', en: 'Special fund' },
  charitable_trust: { zh: '慈善信托', en: 'Charitable trust' },
  counterpart_aid: { zh: '对口支援资金', en: 'Counterpart aid' },
  government_purchase: { zh: '政府购买服务', en: 'Government purchase of services' },
};

export const PROJECT_FILE_KINDS = ['agreement', 'evidence', 'completion'] as const;
export type ProjectFileKind = (typeof PROJECT_FILE_KINDS)[number];
export const PROJECT_FILE_KIND_LABELS: Record<ProjectFileKind, Labels> = {
  agreement: { zh: '协议', en: 'Agreement' },
  evidence: { zh: '落地 / 进展佐证', en: 'Evidence' },
  completion: { zh: '完成报告', en: 'Completion report' },
};

export const WORK_PLAN_STATUSES = ['draft', 'submitted'] as const;
export type WorkPlanStatus = (typeof WORK_PLAN_STATUSES)[number];

export const FAIR_KINDS = ['matching_fair', 'rural_tour'] as const;
export type FairKind = (typeof FAIR_KINDS)[number];
export const FAIR_KIND_LABELS: Record<FairKind, Labels> = {
  matching_fair: { zh: '项目对接会', en: 'Matching fair' },
  rural_tour: { zh: '乡村行', en: 'Rural tour' },
};
export const FAIR_STATUSES = ['open', 'closed', 'cancelled'] as const;
export type FairStatus = (typeof FAIR_STATUSES)[number];
export const FAIR_STATUS_LABELS: Record<FairStatus, Labels> = {
  open: { zh: '报名中', en: 'Open' },
  closed: { zh: '已结束', en: 'Closed' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

/** Coverage of a key area by confirmed, current pairings. */
export const COVERAGE_STATES = ['paired', 'partial', 'unpaired'] as const;
export type CoverageState = (typeof COVERAGE_STATES)[number];
export const COVERAGE_STATE_LABELS: Record<CoverageState, Labels> = {
  paired: { zh: '已结对', en: 'Paired' },
  partial: { zh: '部分结对', en: 'Partly paired' },
  unpaired: { zh: '未结对', en: 'Not paired' },
};

/** Days after the planned start before a signed, unlanded project is overdue, where no department has set its own. */
export const DEFAULT_LANDING_GRACE_DAYS = 30;
