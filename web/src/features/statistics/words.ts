// The words of the statistics pages, Chinese and English side by side (shown with `l()` from useI18n). The cards use
// the words departments report in (seed 000: 项目数、活动次数、参与社会组织、参与人次、筹集款物……).
import type { Labels } from '../../i18n/index.tsx';

export const W = {
  // The page.
  title: { zh: '统计分析', en: 'Statistics' },
  intro: {
    zh: '按地区、时间、帮扶计划、重点领域和组织类型汇总帮扶台账。每个数字都可以点开，查看它背后的帮扶记录。',
    en: 'The ledger summed by region, period, program, key field and giver form. Click any figure to see the records behind it.',
  },
  introOrganization: {
    zh: '这里只统计本组织（{name}）录入的帮扶记录。',
    en: 'These figures count only the records of your organization ({name}).',
  },
  introLiaison: { zh: '统计范围：您负责的{scope}。', en: 'Scope: {scope}, where you are the liaison.' },
  coverageLink: { zh: '覆盖与空白', en: 'Coverage and gaps' },
  export: { zh: '导出 Excel', en: 'Export to Excel' },
  exportTitle: { zh: '导出统计', en: 'Statistics export' },
  exportStarted: { zh: '已开始导出，完成后可下载', en: 'Export started; download it when done' },
  updatedAt: { zh: '数据更新于 {time}', en: 'Updated at {time}' },
  updating: { zh: '正在更新……', en: 'Updating…' },
  liveHelp: {
    zh: '每 30 秒以及回到本页时自动刷新，新录入的记录无需重新加载页面即可看到。',
    en: 'Refreshed every 30 seconds and when you come back to this page: new records show without reloading.',
  },
  scopeLine: { zh: '{region} · {period}', en: '{region} · {period}' },
  sourceRollup: { zh: '按月汇总计算', en: 'From the monthly rollups' },
  sourceRecords: { zh: '按记录逐条计算', en: 'From the records' },

  // Filters.
  regionAll: { zh: '辖区全部', en: 'All of my scope' },
  regionAnywhere: { zh: '全部地区', en: 'Everywhere' },
  months: { zh: '月份', en: 'Months' },
  program: { zh: '全部帮扶计划', en: 'All programs' },
  keyField: { zh: '全部重点领域', en: 'All key fields' },
  giverForm: { zh: '全部帮扶主体类型', en: 'All giver forms' },
  organization: { zh: '按名称查找社会组织', en: 'Find an organization by name' },
  reset: { zh: '重置', en: 'Reset' },

  // The cards.
  records: { zh: '帮扶记录', en: 'Aid records' },
  recordsUnit: { zh: '条', en: '' },
  projects: { zh: '项目数', en: 'Projects' },
  projectsUnit: { zh: '个', en: '' },
  activities: { zh: '活动次数', en: 'Activities' },
  activitiesUnit: { zh: '次', en: '' },
  organizations: { zh: '参与社会组织', en: 'Organizations taking part' },
  organizationsUnit: { zh: '家', en: '' },
  caringIndividuals: { zh: '爱心人士 {n} 人', en: '{n} caring individuals' },
  participants: { zh: '参与人次', en: 'Participants (person-times)' },
  participantsUnit: { zh: '人次', en: '' },
  participantsParts: {
    zh: '工作人员 {staff} · 志愿者 {volunteers} · 会员企业 {enterprises}',
    en: 'Staff {staff} · volunteers {volunteers} · member enterprises {enterprises}',
  },
  total: { zh: '筹集款物（元）', en: 'Funds and materials raised' },
  totalParts: { zh: '其中活动与服务投入', en: 'Of which activities and services:' },
  funds: { zh: '捐赠资金', en: 'Funds donated' },
  materials: { zh: '捐赠物资（件 / 折价）', en: 'Materials donated (items / value)' },
  materialsValue: { zh: '折价', en: 'Valued at' },
  materialsRecords: { zh: '{n} 次捐赠', en: '{n} donations' },
  itemsUnit: { zh: '件', en: 'items' },
  purchase: { zh: '消费帮扶', en: 'Consumption assistance' },
  beneficiaries: { zh: '受益人次 / 户数', en: 'Beneficiaries (person-times / households)' },
  beneficiariesUnit: { zh: '人次', en: '' },
  households: { zh: '{n} 户', en: '{n} households' },
  employed: { zh: '就业帮扶', en: 'Employment arranged' },
  employedUnit: { zh: '人', en: 'people' },
  openRecords: { zh: '查看记录', en: 'See records' },
  openRecordsOf: { zh: '查看“{what}”的帮扶记录', en: 'See the records of “{what}”' },

  // Confirmation.
  confirmationTitle: { zh: '收悉确认', en: 'Receipt confirmation' },
  confirmationHelp: {
    zh: '联系人或受助户确认收到的金额与尚未确认、有异议的金额分开统计。',
    en: 'Amounts the liaison or household confirmed receiving, apart from those not yet confirmed or disputed.',
  },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  unconfirmed: { zh: '待确认', en: 'Unconfirmed' },
  disputed: { zh: '有异议', en: 'Disputed' },
  share: { zh: '占 {p}%', en: '{p}%' },

  // Counterpart.
  counterpartTitle: { zh: '其中：东西部协作 / 对口支援', en: 'Of which: east-west cooperation / counterpart support' },
  counterpartHelp: {
    zh: '由登记在其他省份的社会组织提供的帮扶，包含在上面的合计中，这里单独列出。',
    en: 'Aid given by organizations registered in another province: included in the totals above, shown apart here.',
  },
  counterpartNone: { zh: '期间内没有对口支援的帮扶记录', en: 'No counterpart support in this period' },
  purchaseChannels: { zh: '消费帮扶渠道', en: 'Purchase channels' },

  // Charts.
  trendTitle: { zh: '按月趋势', en: 'By month' },
  trendAmount: { zh: '款物合计（元）', en: 'Amount (yuan)' },
  trendBeneficiaries: { zh: '受益人次', en: 'Beneficiaries' },
  month: { zh: '月份', en: 'Month' },
  chartView: { zh: '图', en: 'Chart' },
  tableView: { zh: '表', en: 'Table' },
  materialsValueCol: { zh: '物资折价', en: 'Materials value' },
  trendHelp: { zh: '点击某月查看当月的帮扶记录', en: 'Click a month to see its records' },
  byField: { zh: '按重点领域', en: 'By key field' },
  byKind: { zh: '按帮扶方式', en: 'By kind of aid' },
  byForm: { zh: '按帮扶主体类型', en: 'By giver form' },
  byRegion: { zh: '按地区', en: 'By region' },
  byCounty: { zh: '按区县', en: 'By county' },
  byChild: { zh: '按下一级', en: 'One level down' },
  byRegionHelp: { zh: '点击柱条缩小到该地区', en: 'Click a bar to narrow to that region' },
  topOrganizations: { zh: '社会组织排行（前 50）', en: 'Top organizations (50)' },
  name: { zh: '名称', en: 'Name' },
  amount: { zh: '款物合计', en: 'Amount' },
  recordsCol: { zh: '记录', en: 'Records' },
  beneficiariesCol: { zh: '受益人次', en: 'Beneficiaries' },
  confirmedCol: { zh: '已确认金额', en: 'Confirmed' },
  narrow: { zh: '缩小到此地区', en: 'Narrow' },
  empty: { zh: '期间内没有帮扶记录', en: 'No aid records in this period' },

  // The region tree.
  treeTitle: { zh: '地区分布（按款物合计着色）', en: 'Regions by amount' },
  treeHelp: {
    zh: '颜色越深金额越大，灰色表示期间内没有帮扶。点击色块进入下一级。',
    en: 'Darker means more; grey means nothing in the period. Click a tile to go one level down.',
  },
  treeNone: { zh: '无帮扶', en: 'None' },
  treeLegendZero: { zh: '0（无帮扶）', en: '0 (none)' },
  treeDown: { zh: '进入下一级', en: 'Go down' },
  treeEmpty: { zh: '没有下一级地区', en: 'No regions below' },
  scopeRoot: { zh: '全国', en: 'China' },

  // Coverage and gaps.
  coverageTitle: { zh: '覆盖与空白', en: 'Coverage and gaps' },
  coverageIntro: {
    zh: '帮扶计划的重点地区和辖区内的重点人群，期间内得到了哪些帮扶，哪些还是空白。',
    en: 'Which key areas of a program and which key populations received aid in the period, and which received nothing.',
  },
  backToStatistics: { zh: '返回统计分析', en: 'Back to statistics' },
  chooseProgram: { zh: '请选择帮扶计划', en: 'Choose a program' },
  noProgram: { zh: '没有在您辖区内列出重点地区的执行中的帮扶计划', en: 'No active program lists key areas in your scope' },
  areasTotal: { zh: '重点地区', en: 'Key areas' },
  areasGaps: { zh: '未获帮扶', en: 'Received nothing' },
  areasUnpaired: { zh: '未结对', en: 'Not paired' },
  areasHelped: { zh: '已获帮扶', en: 'Received aid' },
  onlyGaps: { zh: '只看空白', en: 'Gaps only' },
  areasTitle: { zh: '重点地区帮扶情况', en: 'Key areas' },
  area: { zh: '重点地区', en: 'Key area' },
  kind: { zh: '类别', en: 'Kind' },
  pairings: { zh: '结对协议', en: 'Pairings' },
  gap: { zh: '未获帮扶', en: 'No aid' },
  areasEmpty: { zh: '没有重点地区', en: 'No key areas' },
  gapsEmpty: { zh: '期间内每个重点地区都得到了帮扶', en: 'Every key area received aid in the period' },
  areaMapTitle: { zh: '重点地区分布（按款物合计着色）', en: 'Key areas by amount' },
  areaMapHelp: {
    zh: '每块一个重点地区，颜色越深金额越大，灰色为期间内未获帮扶。点击色块查看该地区的帮扶记录。',
    en: 'One tile per key area; darker means more, grey means nothing in the period. Click a tile to see its records.',
  },
  areaMapMore: { zh: '只显示前 {n} 个重点地区，完整名单见下表', en: 'The first {n} key areas only; the table lists them all' },
  populationsTitle: { zh: '重点人群帮扶情况', en: 'Key populations' },
  populationsHelp: {
    zh: '辖区内登记的在册住户，按所属重点人群统计期间内是否得到过帮扶（一户可属于多个人群）。',
    en: 'Registered households in scope by key population, and whether they received aid in the period (a household may be in several).',
  },
  population: { zh: '重点人群', en: 'Key population' },
  populationHouseholds: { zh: '在册户数', en: 'Households' },
  populationHelped: { zh: '已获帮扶', en: 'Helped' },
  populationNotHelped: { zh: '未获帮扶', en: 'Not helped' },
  populationsEmpty: { zh: '辖区内没有登记重点人群住户', en: 'No households of key populations registered in scope' },
} satisfies Record<string, Labels>;

/** Fills {name} placeholders, as `t()` does for the shared messages. */
export function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
