// The words of the pairings and coverage pages, Chinese and English side by side (shown with `l()` from useI18n),
// kept with the feature. Status and coverage-state names come from src/common/projects.ts, shared with the server.
import type { CoverageState, PairingEventAction, PairingSide, PairingStatus } from '../../../../src/common/projects.ts';
import type { Labels } from '../../i18n/index.tsx';

export const PAIRING_STATUS_COLORS: Record<PairingStatus, string> = {
  pending: 'processing',
  confirmed: 'success',
  returned: 'warning',
  withdrawn: 'default',
  ended: 'default',
};

export const PAIRING_EVENT_LABELS: Record<PairingEventAction, Labels> = {
  submitted: { zh: '提交结对协议', en: 'Submitted' },
  edited: { zh: '修改协议', en: 'Edited' },
  resubmitted: { zh: '修改后重新提交', en: 'Resubmitted' },
  confirmed: { zh: '部门确认', en: 'Confirmed' },
  returned: { zh: '部门退回', en: 'Returned' },
  withdrawn: { zh: '组织撤回', en: 'Withdrawn' },
  ended: { zh: '终止结对', en: 'Ended' },
};

export const PAIRING_EVENT_COLORS: Record<PairingEventAction, string> = {
  submitted: 'blue',
  edited: 'blue',
  resubmitted: 'blue',
  confirmed: 'green',
  returned: 'orange',
  withdrawn: 'gray',
  ended: 'red',
};

export const PAIRING_SIDE_LABELS: Record<PairingSide, Labels> = {
  organization: { zh: '社会组织', en: 'the organization' },
  department: { zh: '部门', en: 'the department' },
};

/** Paired green, partial orange, unpaired red; every use also says it in words. */
export const COVERAGE_COLORS: Record<CoverageState, string> = {
  paired: '#389e0d',
  partial: '#d46b08',
  unpaired: '#cf1322',
};
export const COVERAGE_TAG_COLORS: Record<CoverageState, string> = {
  paired: 'success',
  partial: 'warning',
  unpaired: 'error',
};

export const W = {
  // The list page.
  title: { zh: '结对帮扶', en: 'Pairings' },
  mine: { zh: '我们的结对帮扶', en: 'Our pairings' },
  introOrganization: {
    zh: '本组织牵头或参与的结对帮扶协议。发起后由结对地区所在的部门确认；确认前请上传签署的协议文件。',
    en: 'The pairings your organization leads or joins. The department of the places confirms them; upload the signed agreement first.',
  },
  introManager: {
    zh: '结对地区在您辖区内的结对帮扶协议：请核对协议文件后确认，或说明原因退回。',
    en: 'Pairings with a place in your scope: check the agreement, then confirm it or return it with a reason.',
  },
  newPairing: { zh: '发起结对', en: 'Propose a pairing' },
  pendingTitle: { zh: '待确认的结对', en: 'Pairings awaiting confirmation' },
  pendingCount: { zh: '待确认', en: 'Awaiting' },
  emptyPending: { zh: '没有待确认的结对', en: 'No pairings await confirmation' },
  allTitle: { zh: '全部结对', en: 'All pairings' },
  empty: { zh: '暂无结对帮扶协议', en: 'No pairings' },
  emptyMine: { zh: '还没有结对帮扶协议。', en: 'No pairings yet.' },
  allStatuses: { zh: '全部状态', en: 'All statuses' },
  allPrograms: { zh: '全部帮扶计划', en: 'All programs' },
  counterpartOnly: { zh: '只看对口支援', en: 'Counterpart only' },
  review: { zh: '审核', en: 'Review' },

  // Columns and facts.
  pairing: { zh: '结对协议', en: 'Pairing' },
  program: { zh: '帮扶计划', en: 'Program' },
  organization: { zh: '牵头组织', en: 'Lead organization' },
  members: { zh: '联合结对的组织', en: 'Member organizations' },
  places: { zh: '结对地区', en: 'Places' },
  period: { zh: '结对期限', en: 'Period' },
  fields: { zh: '承诺帮扶领域', en: 'Key fields' },
  amount: { zh: '承诺资金', en: 'Funds committed' },
  people: { zh: '承诺投入人员', en: 'People committed' },
  peopleCount: { zh: '{n} 人', en: '{n}' },
  commitments: { zh: '帮扶承诺', en: 'Commitments' },
  fair: { zh: '签约活动', en: 'Signed at' },
  status: { zh: '状态', en: 'Status' },
  createdAt: { zh: '发起时间', en: 'Proposed' },
  confirmedAt: { zh: '确认时间', en: 'Confirmed' },
  endedAt: { zh: '终止时间', en: 'Ended' },
  counterpart: { zh: '对口支援', en: 'Counterpart' },
  counterpartFrom: { zh: '对口支援（{province}）', en: 'Counterpart ({province})' },
  counterpartHelp: {
    zh: '牵头组织登记在另一省份，按对口支援 / 东西部协作单独统计',
    en: 'The lead is registered in another province: counted apart as counterpart (east-west) support',
  },
  lead: { zh: '牵头', en: 'Lead' },
  member: { zh: '参与', en: 'Member' },
  current: { zh: '履约中', en: 'Current' },
  currentHelp: { zh: '已确认且今天在结对期限内', en: 'Confirmed, and today is within the period' },
  to: { zh: '至', en: 'to' },
  none: { zh: '无', en: 'None' },

  // The detail page.
  backToList: { zh: '返回结对列表', en: 'Back to pairings' },
  notFound: { zh: '结对协议不存在，或不在您的范围内', en: 'No such pairing, or not yours to see' },
  factsCard: { zh: '协议内容', en: 'The agreement' },
  agreementCard: { zh: '协议文件', en: 'Signed agreement' },
  agreementNone: { zh: '还没有上传签署的协议文件', en: 'No signed agreement uploaded yet' },
  agreementNeeded: {
    zh: '部门确认前需要签署的协议文件：PDF、JPG 或 PNG，不超过 20 MB。重新上传会替换原文件。',
    en: 'The department needs the signed agreement to confirm: PDF, JPG or PNG up to 20 MB. Uploading again replaces it.',
  },
  agreementAwaited: {
    zh: '等待社会组织上传签署的协议文件；上传后部门才能确认结对。',
    en: 'Waiting for the organization to upload the signed agreement; the department confirms once it is there.',
  },
  upload: { zh: '上传协议文件', en: 'Upload agreement' },
  reupload: { zh: '重新上传', en: 'Replace' },
  uploaded: { zh: '已上传协议文件', en: 'Agreement uploaded' },
  badFileType: { zh: '只能上传 PDF、JPG 或 PNG 文件', en: 'PDF, JPG or PNG files only' },
  fileTooLarge: { zh: '文件不能超过 20 MB', en: 'Files may be up to 20 MB' },
  projectsCard: { zh: '结对项目', en: 'Projects of this pairing' },
  projectsEmpty: { zh: '还没有项目', en: 'No projects yet' },
  timeline: { zh: '办理记录', en: 'Timeline' },
  timelineEmpty: { zh: '暂无记录', en: 'Nothing yet' },
  returnedBanner: { zh: '部门已退回，请按原因修改后重新提交', en: 'Returned by the department: change it as asked and resubmit' },
  endedBanner: { zh: '结对已由{side}终止', en: 'Ended by {side}' },
  withdrawnBanner: { zh: '结对协议已撤回', en: 'The pairing was withdrawn' },
  pendingBanner: {
    zh: '等待结对地区所在部门确认。确认前可以修改或撤回。',
    en: 'Waiting for the department of the places to confirm. You may edit or withdraw it until then.',
  },
  reason: { zh: '原因', en: 'Reason' },
  reasonRequired: { zh: '请填写原因', en: 'Please give a reason' },
  reasonOptional: { zh: '原因（选填）', en: 'Reason (optional)' },

  // Steps.
  edit: { zh: '修改', en: 'Edit' },
  withdraw: { zh: '撤回', en: 'Withdraw' },
  withdrawAsk: { zh: '撤回这份结对协议？', en: 'Withdraw this pairing?' },
  withdrawHelp: { zh: '撤回后部门不再处理，需要时可重新发起。', en: 'The department stops handling it; you can propose again later.' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  confirm: { zh: '确认结对', en: 'Confirm' },
  confirmAsk: { zh: '确认这份结对协议？', en: 'Confirm this pairing?' },
  confirmHelp: {
    zh: '请先核对协议文件。确认后计入结对覆盖，组织会收到通知。',
    en: 'Check the signed agreement first. Once confirmed it counts toward coverage and the organization is notified.',
  },
  confirmed: { zh: '已确认结对', en: 'Pairing confirmed' },
  return: { zh: '退回', en: 'Return' },
  returnTitle: { zh: '退回结对协议', en: 'Return the pairing' },
  returnHelp: { zh: '组织会看到这一原因，修改后可重新提交。', en: 'The organization reads this reason and may resubmit after changes.' },
  returned: { zh: '已退回', en: 'Returned' },
  end: { zh: '终止结对', en: 'End' },
  endTitle: { zh: '终止结对', en: 'End the pairing' },
  endHelp: {
    zh: '终止后不再计入结对覆盖，另一方会收到通知和这一原因。',
    en: 'It no longer counts toward coverage; the other side is notified with this reason.',
  },
  ended: { zh: '已终止结对', en: 'Pairing ended' },
  createProject: { zh: '创建项目', en: 'Create a project' },

  // The form.
  newTitle: { zh: '发起结对帮扶', en: 'Propose a pairing' },
  editTitle: { zh: '修改结对协议', en: 'Edit the pairing' },
  formIntro: {
    zh: '提交后由结对地区所在的部门确认。提交后请在协议页面上传签署的协议文件。',
    en: 'The department of the places confirms it. Upload the signed agreement on the pairing’s page after submitting.',
  },
  locked: { zh: '这份结对协议的状态是“{status}”，不能再修改。', en: 'This pairing is “{status}” and can no longer be changed.' },
  returnedEditNote: {
    zh: '部门退回的原因：{reason}。修改保存后将重新提交部门确认。',
    en: 'Returned because: {reason}. Saving sends it back to the department.',
  },
  choose: { zh: '请选择', en: 'Choose' },
  required: { zh: '请填写此项', en: 'Required' },
  programHelp: { zh: '结对服务的帮扶计划（执行中的）', en: 'The program the pairing serves (active ones)' },
  programRequired: { zh: '请选择帮扶计划', en: 'Choose a program' },
  titlePlaceholder: { zh: '如 山城基金会结对帮扶巫溪县', en: 'e.g. Shancheng Foundation pairs with Wuxi County' },
  placesHelp: {
    zh: '可以选多个区县、乡镇或村（社区），须在帮扶计划的地区之内。',
    en: 'Several counties, townships or villages, inside the program’s region.',
  },
  placesRequired: { zh: '请至少选择一个结对地区', en: 'Choose at least one place' },
  placesChooseProgram: { zh: '请先选择帮扶计划', en: 'Choose the program first' },
  placeAdd: { zh: '添加', en: 'Add' },
  placeLevel: { zh: '请选择到区县、乡镇或村（社区）', en: 'Choose a county, township or village' },
  placeTooMany: { zh: '最多 50 个结对地区', en: 'At most 50 places' },
  placeCascader: { zh: '区县、乡镇或村（社区）', en: 'County, township or village' },
  keyAreaPicks: { zh: '从本计划的重点地区中选', en: 'Pick from the program’s key areas' },
  keyAreaPicksEmpty: { zh: '本计划没有列出重点地区', en: 'The program lists no key areas' },
  membersHelp: {
    zh: '多个组织联合结对时，本组织牵头；按名称查找已通过审核的组织（选填）。',
    en: 'For a group, your organization leads; find approved organizations by name (optional).',
  },
  membersPlaceholder: { zh: '输入组织名称查找', en: 'Type a name to search' },
  membersNotFound: { zh: '没有找到已通过审核的组织', en: 'No approved organization found' },
  startDate: { zh: '开始日期', en: 'Start' },
  endDate: { zh: '结束日期', en: 'End' },
  endBeforeStart: { zh: '结束日期：不能早于开始日期', en: 'End: not before the start' },
  fieldsPlaceholder: { zh: '可多选，最多 10 个', en: 'Up to 10' },
  fieldsRequired: { zh: '请至少选择一个帮扶领域', en: 'Choose at least one key field' },
  amountHelp: { zh: '结对期限内承诺投入的资金，按元填写，最多两位小数；没有可填 0', en: 'Funds over the period, in yuan; 0 if none' },
  peopleHelp: { zh: '结对期限内投入的工作人员和志愿者人数', en: 'Staff and volunteers over the period' },
  peopleInvalid: { zh: '请填写 0 或正整数', en: '0 or a whole number' },
  commitmentsPlaceholder: {
    zh: '帮什么、怎么帮、每年做到什么，如“每年资助 50 名学生，建设 1 个产业基地”',
    en: 'What, how, and what each year, e.g. “50 students funded a year, one industry base built”',
  },
  fairHelp: { zh: '在本组织报名的对接会或乡村行上签约的，请选择该活动（选填）', en: 'If signed at a fair your organization joined (optional)' },
  fairNone: { zh: '本组织没有报名的活动', en: 'Your organization has joined no fair' },
  submit: { zh: '提交部门确认', en: 'Submit for confirmation' },
  save: { zh: '保存', en: 'Save' },
  saveResubmit: { zh: '保存并重新提交', en: 'Save and resubmit' },
  cancel: { zh: '取消', en: 'Cancel' },
  submitted: { zh: '已提交，请上传签署的协议文件', en: 'Submitted: now upload the signed agreement' },
  saved: { zh: '已保存', en: 'Saved' },
  nothingChanged: { zh: '没有修改', en: 'Nothing changed' },
  notOrganization: { zh: '只有社会组织可以发起结对', en: 'Only organizations propose pairings' },

  // Coverage.
  coverageTitle: { zh: '结对覆盖', en: 'Pairing coverage' },
  coverageIntro: {
    zh: '帮扶计划列出的重点地区中，哪些已由社会组织结对（已确认且在期限内的结对协议），哪些还是空白。',
    en: 'Which key areas of a program are paired by organizations (confirmed pairings within their period), and which are not.',
  },
  asOf: { zh: '统计日期', en: 'As of' },
  region: { zh: '地区', en: 'Region' },
  regionAll: { zh: '辖区全部', en: 'All of my scope' },
  noProgram: { zh: '没有列出重点地区的执行中的帮扶计划', en: 'No active program lists key areas' },
  chooseProgram: { zh: '请选择帮扶计划', en: 'Choose a program' },
  kindPaired: { zh: '已结对 {paired} / {total}', en: '{paired} of {total} paired' },
  kindPartial: { zh: '部分结对 {n}', en: '{n} partly paired' },
  kindUnpaired: { zh: '未结对 {n}', en: '{n} not paired' },
  kindCounterpart: { zh: '其中对口支援 {n}', en: '{n} by counterpart support' },
  pairingsCount: { zh: '履约中的结对协议', en: 'Current pairings' },
  counterpartPairings: { zh: '其中对口支援', en: 'Of which counterpart' },
  organizationsCount: { zh: '参与结对的组织', en: 'Organizations pairing' },
  legend: { zh: '图例', en: 'Legend' },
  pairedHelp: { zh: '结对地区就是它或包含它', en: 'A pairing’s place is it or contains it' },
  partialHelp: { zh: '只结对了它下辖的乡镇或村', en: 'Only places inside it are paired' },
  unpairedHelp: { zh: '还没有结对', en: 'Nobody paired yet' },
  treeTitle: { zh: '按区县', en: 'By county' },
  treeEmpty: { zh: '辖区内没有本计划的重点地区', en: 'No key areas of this program in your scope' },
  countyCounts: { zh: '重点地区 {total}：已结对 {paired}，部分 {partial}，未结对 {unpaired}', en: '{total} key areas: {paired} paired, {partial} partly, {unpaired} not' },
  countyCounterpart: { zh: '对口支援 {n}', en: '{n} counterpart' },
  areasEmpty: { zh: '没有重点地区', en: 'No key areas' },
  keyArea: { zh: '重点地区', en: 'Key area' },
  kind: { zh: '类别', en: 'Kind' },
  allKinds: { zh: '全部类别', en: 'All kinds' },
  coverage: { zh: '覆盖情况', en: 'Coverage' },
  coveringPairings: { zh: '结对协议', en: 'Pairings' },
  noCovering: { zh: '—', en: '—' },
  viaPlace: { zh: '（结对 {place}）', en: ' (via {place})' },
  gapsTitle: { zh: '待结对的重点地区', en: 'Key areas to pair' },
  gapsUnpaired: { zh: '未结对', en: 'Not paired' },
  gapsPartial: { zh: '部分结对', en: 'Partly paired' },
  gapsEmpty: { zh: '没有这类重点地区，做得好！', en: 'None: well done!' },
  export: { zh: '导出 Excel', en: 'Export to Excel' },
  exportTitle: { zh: '导出结对覆盖', en: 'Coverage export' },
  exportStarted: { zh: '已开始导出，完成后可下载', en: 'Export started; download it when done' },
} satisfies Record<string, Labels>;

/** Fills {name} placeholders, as `t()` does for the shared messages. */
export function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
