// The words of the matching fairs and rural tours pages, Chinese and English side by side (shown with `l()` from
// useI18n), kept with the feature. Kind and status names come from src/common/projects.ts, shared with the server.
import type { FairKind, FairStatus } from '../../api/fairs.ts';
import type { Labels } from '../../i18n/index.tsx';

export const FAIR_KIND_COLORS: Record<FairKind, string> = {
  matching_fair: 'geekblue',
  rural_tour: 'green',
};

export const FAIR_STATUS_COLORS: Record<FairStatus, string> = {
  open: 'processing',
  closed: 'default',
  cancelled: 'error',
};

export const W = {
  // The list.
  title: { zh: '对接会与乡村行', en: 'Matching fairs and rural tours' },
  introOfficial: {
    zh: '部门举办项目对接会和乡村行：组织报名后可看到活动地区的重点帮扶地区和需求，活动中签订的结对和项目计入活动看板，随项目落地情况实时更新。',
    en: 'Departments run matching fairs and rural tours: organizations that sign up see the key areas and needs of the regions; pairings and projects signed there count on the fair’s dashboard as they land.',
  },
  introOrganization: {
    zh: '报名参加项目对接会和乡村行，了解活动地区的重点帮扶地区和需求，在活动中发起结对、签约项目。',
    en: 'Sign up for matching fairs and rural tours, learn the key areas and needs of their regions, and pair or sign projects there.',
  },
  introLiaison: {
    zh: '涉及本地的项目对接会和乡村行。',
    en: 'The matching fairs and rural tours that include your area.',
  },
  newFair: { zh: '新建活动', en: 'New event' },
  allYears: { zh: '全部年度', en: 'All years' },
  allKinds: { zh: '全部类型', en: 'All kinds' },
  allStatuses: { zh: '全部状态', en: 'All statuses' },
  mineOnly: { zh: '只看已报名', en: 'Signed up only' },
  empty: { zh: '暂无活动', en: 'No events' },
  emptyMine: { zh: '还没有报名任何活动', en: 'You have not signed up for any event' },
  yearSuffix: { zh: '{year} 年', en: '{year}' },

  // Columns and facts.
  kind: { zh: '活动类型', en: 'Kind' },
  name: { zh: '活动名称', en: 'Name' },
  year: { zh: '年度', en: 'Year' },
  theme: { zh: '主题', en: 'Theme' },
  description: { zh: '活动说明', en: 'Description' },
  regions: { zh: '活动地区', en: 'Regions' },
  program: { zh: '帮扶计划', en: 'Program' },
  dates: { zh: '活动日期', en: 'Dates' },
  startDate: { zh: '开始日期', en: 'Start date' },
  endDate: { zh: '结束日期', en: 'End date' },
  signupDeadline: { zh: '报名截止日期', en: 'Sign-up deadline' },
  signupUntil: { zh: '报名截止 {date}', en: 'Sign up by {date}' },
  status: { zh: '状态', en: 'Status' },
  signups: { zh: '报名组织', en: 'Sign-ups' },
  signupsCount: { zh: '{n} 家', en: '{n}' },
  signedUp: { zh: '已报名', en: 'Signed up' },
  organizer: { zh: '主办地区', en: 'Organized by' },
  createdAt: { zh: '创建时间', en: 'Created' },
  none: { zh: '—', en: '—' },
  noProgram: { zh: '不限计划', en: 'Any program' },
  moreRegions: { zh: '等 {n} 个地区', en: 'and {n} more' },

  // The form.
  newTitle: { zh: '新建对接会或乡村行', en: 'New matching fair or rural tour' },
  editTitle: { zh: '修改活动', en: 'Edit the event' },
  backToList: { zh: '返回活动列表', en: 'Back to events' },
  backToFair: { zh: '返回活动详情', en: 'Back to the event' },
  namePlaceholder: { zh: '例如：2026 年巫溪县社会组织乡村振兴项目对接会', en: 'e.g. 2026 Wuxi rural revitalization matching fair' },
  themePlaceholder: { zh: '例如：聚焦产业帮扶和教育帮扶', en: 'e.g. industries and education' },
  descriptionPlaceholder: { zh: '时间安排、地点、报名须知等', en: 'Schedule, venue, what to bring' },
  regionsHelp: {
    zh: '可选多个区县、乡镇或村（须在您的管辖范围内）；报名的组织将看到这些地区的重点帮扶地区和需求。',
    en: 'Several counties, townships or villages inside your scope; organizations that sign up see their key areas and needs.',
  },
  regionPlaceholder: { zh: '选择地区后点“添加”', en: 'Choose a region, then Add' },
  regionAdd: { zh: '添加', en: 'Add' },
  regionsTooMany: { zh: '最多 100 个地区', en: 'At most 100 regions' },
  quickPick: { zh: '本计划的重点帮扶县', en: 'The program’s key support counties' },
  quickPickHelp: {
    zh: '按所选帮扶计划认定的国家乡村振兴重点帮扶县填入活动地区',
    en: 'Fill the regions with the national key support counties the chosen program designates',
  },
  quickPickNeedsProgram: { zh: '请先选择帮扶计划', en: 'Choose a program first' },
  quickPickNone: { zh: '该计划没有认定国家乡村振兴重点帮扶县', en: 'The program designates no national key support county' },
  quickPickAdded: { zh: '已填入 {n} 个重点帮扶县', en: '{n} key support counties filled in' },
  quickPickOutside: {
    zh: '{n} 个不在您的管辖范围内，未填入',
    en: '{n} outside your scope were left out',
  },
  programHelp: {
    zh: '选填。指定计划后，活动只列出该计划认定的重点帮扶地区。',
    en: 'Optional. With a program, the event lists only the key areas that program designates.',
  },
  signupDeadlineHelp: { zh: '选填，不填则报名到活动结束日期为止', en: 'Optional; without it, sign-ups close on the last day' },
  required: { zh: '{field}：必填', en: '{field}: required' },
  endBeforeStart: { zh: '结束日期：不能早于开始日期', en: 'End date: cannot be before the start date' },
  deadlineAfterEnd: { zh: '报名截止日期：不能晚于结束日期', en: 'Sign-up deadline: cannot be after the end date' },
  yearMismatch: { zh: '年度：应与开始日期同年', en: 'Year: should be the year of the start date' },
  create: { zh: '创建活动', en: 'Create' },
  save: { zh: '保存修改', en: 'Save' },
  created: { zh: '活动已创建', en: 'Event created' },
  saved: { zh: '已保存', en: 'Saved' },
  noChanges: { zh: '没有修改', en: 'Nothing changed' },
  notEditable: {
    zh: '这次活动不能修改：已结束或已取消，或不是由您的管辖地区主办',
    en: 'This event cannot be edited: it has ended or was cancelled, or another area organizes it',
  },
  officialsOnly: { zh: '只有部门工作人员可以创建和修改活动', en: 'Only department officials create and edit events' },

  // The detail page.
  notFound: { zh: '活动不存在，或不在您的范围内', en: 'No such event, or not yours to see' },
  facts: { zh: '活动信息', en: 'The event' },
  edit: { zh: '修改', en: 'Edit' },
  close: { zh: '结束活动', en: 'Close' },
  closeAsk: { zh: '结束这次活动？', en: 'Close this event?' },
  closeHelp: {
    zh: '结束后不再接受报名，活动看板继续统计签约和落地情况。',
    en: 'Sign-ups stop; the dashboard keeps counting what was signed and landed.',
  },
  closed: { zh: '活动已结束', en: 'Event closed' },
  cancel: { zh: '取消活动', en: 'Cancel the event' },
  cancelHelp: { zh: '已报名的组织会收到通知。可以说明原因（选填）。', en: 'Organizations that signed up are notified. A reason is optional.' },
  cancelReason: { zh: '取消原因', en: 'Reason' },
  cancelled: { zh: '活动已取消', en: 'Event cancelled' },
  statusReason: { zh: '原因', en: 'Reason' },
  dashboard: { zh: '活动看板', en: 'Dashboard' },
  signUp: { zh: '报名', en: 'Sign up' },
  signUpTitle: { zh: '报名参加活动', en: 'Sign up for the event' },
  signUpNote: { zh: '参会说明', en: 'Note' },
  signUpHelp: {
    zh: '选填：带来什么资源、想对接哪些地区或领域。主办部门会看到报名。',
    en: 'Optional: what you bring and what you hope to match. The organizers see your sign-up.',
  },
  signedUpDone: { zh: '已报名', en: 'Signed up' },
  withdraw: { zh: '取消报名', en: 'Withdraw' },
  withdrawAsk: { zh: '取消报名？', en: 'Withdraw your sign-up?' },
  withdrawHelp: { zh: '活动报名中时可以再次报名。', en: 'You may sign up again while the event is open.' },
  withdrawn: { zh: '已取消报名', en: 'Sign-up withdrawn' },
  signedUpBanner: {
    zh: '本组织已报名。以下是活动地区的重点帮扶地区和可认领的需求，可在活动中发起结对或新建项目。',
    en: 'Your organization is signed up. Below are the key areas and open needs of the regions; pair or start a project here.',
  },
  signUpFirst: {
    zh: '报名后可查看活动地区的重点帮扶地区和可认领的需求，并在活动中发起结对、签约项目。',
    en: 'Sign up to see the key areas and open needs of the regions, and to pair or sign projects at the event.',
  },
  signupClosedNote: { zh: '报名已于 {date} 截止', en: 'Sign-ups closed on {date}' },
  signupNotApproved: { zh: '组织通过审核后才能报名', en: 'Your organization can sign up once it is approved' },
  newPairing: { zh: '发起结对', en: 'Propose a pairing' },
  newProject: { zh: '新建项目', en: 'New project' },

  // Sign-ups.
  signupsTitle: { zh: '报名组织', en: 'Organizations signed up' },
  organization: { zh: '社会组织', en: 'Organization' },
  organizationForm: { zh: '组织形式', en: 'Form' },
  note: { zh: '参会说明', en: 'Note' },
  signedUpAt: { zh: '报名时间', en: 'Signed up' },
  counterpart: { zh: '对口支援（外省）', en: 'Counterpart (other province)' },
  noSignups: { zh: '还没有组织报名', en: 'No organization has signed up yet' },

  // Key areas and needs.
  keyAreasTitle: { zh: '活动地区的重点帮扶地区', en: 'Key areas of the regions' },
  keyArea: { zh: '重点帮扶地区', en: 'Key area' },
  keyAreaKind: { zh: '类别', en: 'Kind' },
  pairing: { zh: '结对情况', en: 'Pairing' },
  paired: { zh: '已结对', en: 'Paired' },
  unpaired: { zh: '未结对', en: 'Not paired' },
  noKeyAreas: { zh: '活动地区内没有在用计划认定的重点帮扶地区', en: 'No key area of an active program in these regions' },
  needsTitle: { zh: '活动地区可认领的需求', en: 'Open needs of the regions' },
  noNeeds: { zh: '活动地区暂无可认领的需求', en: 'No open needs in these regions' },

  // The dashboard.
  dashboardTitle: { zh: '活动看板：{name}', en: 'Dashboard: {name}' },
  live: { zh: '随项目进展实时更新', en: 'Updated as projects move' },
  updatedAt: { zh: '更新于 {time}', en: 'Updated {time}' },
  refresh: { zh: '刷新', en: 'Refresh' },
  cardSignups: { zh: '报名组织', en: 'Organizations' },
  cardPairings: { zh: '签约结对', en: 'Pairings signed' },
  cardSigned: { zh: '签约项目', en: 'Projects signed' },
  cardLanded: { zh: '已落地', en: 'Landed' },
  cardOverdue: { zh: '逾期未落地', en: 'Overdue' },
  cardPending: { zh: '计划中或待签约', en: 'Not yet signed' },
  cardSignedBudget: { zh: '签约金额（元）', en: 'Signed (yuan)' },
  cardLandedBudget: { zh: '落地金额（元）', en: 'Landed (yuan)' },
  landedRate: { zh: '落地率 {p}%', en: '{p}% landed' },
  byCountyChart: { zh: '各区县签约与落地', en: 'Signed and landed by county' },
  seriesSigned: { zh: '签约项目', en: 'Signed' },
  seriesLanded: { zh: '已落地', en: 'Landed' },
  seriesOverdue: { zh: '逾期未落地', en: 'Overdue' },
  byOrganization: { zh: '按组织', en: 'By organization' },
  byCounty: { zh: '按区县', en: 'By county' },
  county: { zh: '区县', en: 'County' },
  overdueTitle: { zh: '逾期未落地的项目', en: 'Overdue projects' },
  project: { zh: '项目', en: 'Project' },
  landingDue: { zh: '应落地日期', en: 'Landing due' },
  overdueDays: { zh: '逾期天数', en: 'Days overdue' },
  days: { zh: '{n} 天', en: '{n} days' },
  noOverdue: { zh: '没有逾期未落地的项目', en: 'No overdue project' },
  noTally: { zh: '活动中还没有签约的结对或项目', en: 'Nothing signed at this event yet' },
  notManager: { zh: '只有部门工作人员可以查看活动看板', en: 'Only department officials see the dashboard' },
} satisfies Record<string, Labels>;

/** Fills {name} placeholders, as `t()` does for the shared messages. */
export function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
