// The words of the work plan pages, Chinese and English side by side (shown with `l()` from useI18n).
import type { WorkPlanStatus } from '../../api/workPlans.ts';
import type { Labels } from '../../i18n/index.tsx';

export const WORK_PLAN_STATUS_LABELS: Record<WorkPlanStatus, Labels> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交', en: 'Submitted' },
};

export const WORK_PLAN_STATUS_COLORS: Record<WorkPlanStatus, string> = {
  draft: 'default',
  submitted: 'success',
};

export const W = {
  // The list page.
  title: { zh: '年度工作计划', en: 'Annual work plans' },
  introOrganization: {
    zh: '每年编制本组织的年度工作计划：计划投入的人员、资金和物资；当年计划启动的项目和有效的结对协议会自动汇总进来。提交后登记管理机关和辖区部门可以查看。',
    en: 'Each year, file your organization’s plan: the people, funds and materials you plan to commit; the projects planned to start that year and the pairings current in it are gathered automatically. Once submitted, the departments in charge can read it.',
  },
  introOfficial: {
    zh: '辖区内社会组织已提交的年度工作计划（在本辖区登记或服务本辖区的组织）。草稿在提交前只有组织自己能看到。',
    en: 'The submitted annual plans of organizations in your scope (registered in or serving it). Drafts stay with the organization until submitted.',
  },
  writeYear: { zh: '编制 {year} 年计划', en: 'Plan {year}' },
  empty: { zh: '暂无年度工作计划', en: 'No work plans' },
  emptyOwn: { zh: '还没有编制年度工作计划', en: 'No work plan yet' },
  year: { zh: '年度', en: 'Year' },
  yearValue: { zh: '{year} 年', en: '{year}' },
  allYears: { zh: '全部年度', en: 'All years' },
  organization: { zh: '社会组织', en: 'Organization' },
  organizationFilter: { zh: '组织', en: 'Organization' },
  organizationSearch: { zh: '输入名称或信用代码查找', en: 'Type a name or credit code' },
  allOrganizations: { zh: '全部组织', en: 'All organizations' },
  status: { zh: '状态', en: 'Status' },
  people: { zh: '计划投入人员', en: 'People planned' },
  peopleValue: { zh: '{n} 人', en: '{n}' },
  amount: { zh: '计划投入资金', en: 'Funds planned' },
  projects: { zh: '当年项目', en: 'Projects of the year' },
  projectsValue: { zh: '{n} 个，预算 {money}', en: '{n}, budget {money}' },
  pairings: { zh: '当年结对', en: 'Pairings of the year' },
  pairingsValue: { zh: '{n} 个', en: '{n}' },
  submittedAt: { zh: '提交时间', en: 'Submitted' },
  updatedAt: { zh: '最后修改', en: 'Last changed' },
  actions: { zh: '操作', en: 'Actions' },
  view: { zh: '查看', en: 'View' },
  edit: { zh: '修改', en: 'Edit' },

  // The form.
  formTitle: { zh: '{year} 年度工作计划', en: 'Work plan {year}' },
  backToList: { zh: '返回年度工作计划', en: 'Back to work plans' },
  newPlan: { zh: '新编制：保存草稿后可以继续修改，提交后部门可见且不能再修改。', en: 'New plan: save a draft and keep editing; once submitted, departments can read it and it can no longer change.' },
  draftPlan: { zh: '草稿（{time} 保存）：提交前只有本组织能看到。', en: 'Draft (saved {time}): only your organization sees it until submitted.' },
  submittedTitle: { zh: '{year} 年度工作计划已提交，不能再修改', en: 'The {year} plan is submitted and can no longer change' },
  openPlan: { zh: '查看计划', en: 'Open the plan' },
  yearNotPlannable: { zh: '只能编制今年、明年或去年的计划', en: 'Only last year, this year or next year can be planned' },
  summary: { zh: '年度工作计划', en: 'The plan' },
  summaryHelp: {
    zh: '目标、重点地区、重点领域和主要举措，例如“在巫溪县、城口县开展助学和产业帮扶，资助 200 名学生”',
    en: 'Goals, key areas, key fields and main measures, e.g. “education and industry aid in Wuxi and Chengkou, 200 students sponsored”',
  },
  summaryRequired: { zh: '请填写年度工作计划', en: 'Please describe the plan' },
  peopleLabel: { zh: '计划投入人员（人）', en: 'People planned' },
  peopleRequired: { zh: '请填写计划投入的人数（没有填 0）', en: 'Enter the number of people (0 if none)' },
  amountLabel: { zh: '计划投入资金', en: 'Funds planned' },
  amountHelp: { zh: '按元填写，最多两位小数；没有填 0', en: 'In yuan, at most two decimals; 0 if none' },
  materialsLabel: { zh: '计划投入物资', en: 'Materials planned' },
  materialsHelp: { zh: '物资名称、数量和估值（选填）', en: 'Items, quantities and estimated value (optional)' },
  saveDraft: { zh: '保存草稿', en: 'Save draft' },
  saved: { zh: '草稿已保存', en: 'Draft saved' },
  submit: { zh: '提交', en: 'Submit' },
  submitTitle: { zh: '提交 {year} 年度工作计划？', en: 'Submit the {year} plan?' },
  submitHelp: {
    zh: '提交后登记管理机关和辖区部门可以查看，本计划不能再修改。表单中未保存的修改会先保存再提交。',
    en: 'Once submitted, the departments in charge can read it and it can no longer change. Unsaved changes in the form are saved first.',
  },
  submitted: { zh: '年度工作计划已提交', en: 'Work plan submitted' },
  cancel: { zh: '取消', en: 'Cancel' },
  yearFigures: { zh: '当年已有的项目和结对', en: 'Projects and pairings of the year' },
  yearFiguresHelp: {
    zh: '计划在当年启动的项目（不含已取消的）和当年有效的结对协议（待确认或已确认），从项目和结对中自动汇总。',
    en: 'Projects planned to start in the year (not cancelled) and pairings current in it (pending or confirmed), gathered from your projects and pairings.',
  },

  // The detail page.
  notFound: { zh: '年度工作计划不存在，或不在您的范围内', en: 'No such work plan, or not yours to see' },
  detailTitle: { zh: '{organization} {year} 年度工作计划', en: '{organization}: work plan {year}' },
  planCard: { zh: '计划内容', en: 'The plan' },
  noMaterials: { zh: '未填写', en: 'None given' },
  projectsCard: { zh: '当年计划启动的项目', en: 'Projects planned to start in the year' },
  pairingsCard: { zh: '当年有效的结对协议', en: 'Pairings current in the year' },
  projectName: { zh: '项目名称', en: 'Project' },
  plannedStart: { zh: '计划开始', en: 'Planned start' },
  places: { zh: '实施地区', en: 'Places' },
  budget: { zh: '预算', en: 'Budget' },
  pairingTitle: { zh: '结对协议', en: 'Pairing' },
  period: { zh: '期限', en: 'Period' },
  pairingAmount: { zh: '承诺资金', en: 'Funds committed' },
  pairingPeople: { zh: '承诺人员', en: 'People committed' },
  noProjects: { zh: '当年没有计划启动的项目', en: 'No projects planned to start this year' },
  noPairings: { zh: '当年没有有效的结对协议', en: 'No pairings current this year' },
  projectCount: { zh: '项目数', en: 'Projects' },
  projectBudget: { zh: '项目预算合计', en: 'Project budgets' },
  pairingCount: { zh: '结对协议数', en: 'Pairings' },
} satisfies Record<string, Labels>;

/** Fills {name} placeholders, as `t()` does for the shared messages. */
export function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
