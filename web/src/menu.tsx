// The side menu as data: each item's key, words, path and the roles that see it. Later modules add items here.
import type { ReactNode } from 'react';
import {
  AimOutlined, AuditOutlined, FileSearchOutlined, HomeOutlined, ScheduleOutlined, TagsOutlined, TeamOutlined, UserAddOutlined,
} from '@ant-design/icons';
import { IdcardOutlined } from '@ant-design/icons';
import { BankOutlined, ClusterOutlined } from '@ant-design/icons';
import { BellOutlined, FormOutlined, HomeFilled, InteractionOutlined, SearchOutlined } from '@ant-design/icons';
import { AccountBookOutlined, BarChartOutlined } from '@ant-design/icons';
import { CalendarOutlined, CarryOutOutlined, DeploymentUnitOutlined, FlagOutlined, PartitionOutlined, ProjectOutlined } from '@ant-design/icons';
import { ROLES, type Role } from '../../src/common/glossary.ts';
import type { Labels } from './i18n/index.tsx';

export type MenuKey =
  | 'home' | 'programs' | 'accounts' | 'invitations' | 'audit' | 'jobs' | 'reference' | 'docs' | 'organization' | 'organizations'
  | 'caring-profile' | 'households' | 'needs-manage' | 'needs' | 'claims' | 'notifications'
  | 'pairings' | 'coverage' | 'projects' | 'checklist' | 'fairs' | 'work-plans' | 'ledger' | 'statistics';

export interface MenuItemConfig {
  key: MenuKey;
  label: Labels;
  /** In-app path, or an external page opened in a new tab. */
  path: string;
  external?: boolean;
  roles: readonly Role[];
  icon: ReactNode;
}

const OFFICIALS: readonly Role[] = ['platform_admin', 'department_official'];
const ORGANIZATIONS: readonly Role[] = ['organization_admin', 'organization_member'];

export const MENU: readonly MenuItemConfig[] = [
  { key: 'home', label: { zh: '工作台', en: 'Workbench' }, path: '/', roles: ROLES, icon: <HomeOutlined /> },
  { key: 'caring-profile', label: { zh: '我的资料', en: 'My profile' }, path: '/me/caring', roles: ['caring_individual'], icon: <IdcardOutlined /> },
  { key: 'needs', label: { zh: '找需求', en: 'Find needs' }, path: '/needs', roles: ['organization_admin', 'organization_member', 'caring_individual'], icon: <SearchOutlined /> },
  { key: 'needs-manage', label: { zh: '需求发布与管理', en: 'Needs' }, path: '/needs/manage', roles: [...OFFICIALS, 'liaison'], icon: <FormOutlined /> },
  { key: 'claims', label: { zh: '认领与对接', en: 'Claims' }, path: '/claims', roles: ROLES, icon: <InteractionOutlined /> },
  { key: 'pairings', label: { zh: '结对帮扶', en: 'Pairings' }, path: '/pairings', roles: [...OFFICIALS, 'liaison', ...ORGANIZATIONS], icon: <PartitionOutlined /> },
  { key: 'projects', label: { zh: '帮扶项目', en: 'Projects' }, path: '/projects', roles: [...OFFICIALS, 'liaison', ...ORGANIZATIONS], icon: <ProjectOutlined /> },
  { key: 'ledger', label: { zh: '帮扶台账', en: 'Aid ledger' }, path: '/ledger', roles: [...OFFICIALS, 'liaison', ...ORGANIZATIONS, 'caring_individual'], icon: <AccountBookOutlined /> },
  { key: 'checklist', label: { zh: '项目落地清单', en: 'Landing checklist' }, path: '/checklist', roles: OFFICIALS, icon: <CarryOutOutlined /> },
  { key: 'coverage', label: { zh: '结对覆盖', en: 'Pairing coverage' }, path: '/coverage', roles: OFFICIALS, icon: <DeploymentUnitOutlined /> },
  { key: 'statistics', label: { zh: '统计分析', en: 'Statistics' }, path: '/statistics', roles: [...OFFICIALS, 'liaison', ...ORGANIZATIONS], icon: <BarChartOutlined /> },
  { key: 'fairs', label: { zh: '对接会与乡村行', en: 'Fairs and rural tours' }, path: '/fairs', roles: [...OFFICIALS, 'liaison', ...ORGANIZATIONS], icon: <FlagOutlined /> },
  { key: 'work-plans', label: { zh: '年度工作计划', en: 'Annual work plans' }, path: '/work-plans', roles: [...OFFICIALS, ...ORGANIZATIONS], icon: <CalendarOutlined /> },
  { key: 'households', label: { zh: '住户', en: 'Households' }, path: '/households', roles: [...OFFICIALS, 'liaison'], icon: <HomeFilled /> },
  { key: 'programs', label: { zh: '帮扶计划与重点地区', en: 'Programs and key areas' }, path: '/programs', roles: OFFICIALS, icon: <AimOutlined /> },
  { key: 'organization', label: { zh: '本组织', en: 'Our organization' }, path: '/organization', roles: ['organization_admin', 'organization_member'], icon: <BankOutlined /> },
  { key: 'organizations', label: { zh: '社会组织', en: 'Organizations' }, path: '/organizations', roles: OFFICIALS, icon: <ClusterOutlined /> },
  { key: 'accounts', label: { zh: '账号管理', en: 'Accounts' }, path: '/accounts', roles: OFFICIALS, icon: <TeamOutlined /> },
  { key: 'invitations', label: { zh: '邀请', en: 'Invitations' }, path: '/invitations', roles: OFFICIALS, icon: <UserAddOutlined /> },
  { key: 'audit', label: { zh: '审计日志', en: 'Audit log' }, path: '/audit', roles: OFFICIALS, icon: <AuditOutlined /> },
  { key: 'notifications', label: { zh: '通知', en: 'Notifications' }, path: '/notifications', roles: ROLES, icon: <BellOutlined /> },
  { key: 'jobs', label: { zh: '我的任务', en: 'My jobs' }, path: '/jobs', roles: ROLES, icon: <ScheduleOutlined /> },
  { key: 'reference', label: { zh: '重点领域与重点人群', en: 'Key fields and populations' }, path: '/reference', roles: ['platform_admin'], icon: <TagsOutlined /> },
  { key: 'docs', label: { zh: '接口文档', en: 'API docs' }, path: '/docs', external: true, roles: ['platform_admin'], icon: <FileSearchOutlined /> },
];

export function menuFor(role: Role): MenuItemConfig[] {
  return MENU.filter((item) => item.roles.includes(role));
}

export function menuItem(key: MenuKey): MenuItemConfig {
  const item = MENU.find((m) => m.key === key);
  if (!item) throw new Error(`no menu item ${key}`);
  return item;
}

/** What each role does on the platform, for the workbench; `ready: false` items come in later releases. */
export const ROLE_CAPABILITIES: Record<Role, { text: Labels; ready: boolean }[]> = {
  platform_admin: [
    { text: { zh: '邀请部门工作人员、乡镇 / 村联系人和平台管理员', en: 'Invite department officials, liaisons and administrators' }, ready: true },
    { text: { zh: '管理辖区内的账号：查询、停用、启用', en: 'Manage accounts in your scope: search, disable, enable' }, ready: true },
    { text: { zh: '查阅审计日志并导出 Excel', en: 'Search the audit log and export it to Excel' }, ready: true },
    { text: { zh: '维护工作方案与重点帮扶区域（三聚焦）', en: 'Maintain programs and key areas' }, ready: true },
    { text: { zh: '审核社会组织的注册和关键信息变更，查询并导出社会组织名录', en: 'Review organizations’ registrations and key data changes; search and export them' }, ready: true },
    { text: { zh: '查看全平台帮扶台账与统计', en: 'See the ledger and statistics of the whole platform' }, ready: true },
  ],
  department_official: [
    { text: { zh: '邀请辖区内的部门工作人员和乡镇 / 村联系人', en: 'Invite officials and liaisons in your region' }, ready: true },
    { text: { zh: '管理辖区内的账号，查阅审计日志并导出', en: 'Manage accounts in your region; search and export the audit log' }, ready: true },
    { text: { zh: '发布重点帮扶区域（重点区县、深度贫困乡镇、定点攻坚村）', en: 'Publish key areas (key counties, deep-poverty townships, designated villages)' }, ready: true },
    { text: { zh: '审核登记在辖区的社会组织（注册与名称、信用代码、组织形式的变更），查询并导出', en: 'Review organizations registered in your region (registrations and key data changes); search and export them' }, ready: true },
    { text: { zh: '查看辖区的住户与需求，下架不当需求，设定认领无进展的失效期限', en: 'See households and needs in your region, take down improper needs, set when idle claims lapse' }, ready: true },
    { text: { zh: '确认结对帮扶协议，查看重点地区的结对覆盖和空白，导出 Excel', en: 'Confirm pairings; see which key areas are paired and which are not; export to Excel' }, ready: true },
    { text: { zh: '签约帮扶项目，清单式跟踪落地情况（逾期提醒、跟踪记录），举办对接会和乡村行', en: 'Sign projects and track their landing on a checklist (overdue alerts, follow-up notes); run matching fairs and rural tours' }, ready: true },
    { text: { zh: '审核社会组织的信息公开', en: 'Review organizations’ disclosures' }, ready: false },
    { text: { zh: '查看辖区帮扶台账与统计', en: 'See the ledger and statistics of your region' }, ready: true },
  ],
  liaison: [
    { text: { zh: '登记本乡镇 / 村的住户，发布村和住户的帮扶需求（可用表格批量导入）', en: 'Register households; publish the needs of villages and households (or import a sheet)' }, ready: true },
    { text: { zh: '确认或婉拒社会组织和爱心人士的认领（对接成功）', en: 'Confirm or decline the claims of organizations and caring individuals' }, ready: true },
    { text: { zh: '对帮扶记录作收悉确认或提出异议', en: 'Confirm receipt of aid, or dispute a record' }, ready: true },
    { text: { zh: '记录对边缘户、监测户的走访回访', en: 'Record visits to edge and monitored households' }, ready: false },
    { text: { zh: '查看本人发起的后台任务', en: 'Follow the background jobs you started' }, ready: true },
  ],
  organization_admin: [
    { text: { zh: '注册本组织并维护资料：业务领域、服务地区、能提供的帮扶；查看审核进度', en: 'Register your organization and keep its profile: fields, service regions, offers; follow its review' }, ready: true },
    { text: { zh: '查找重点区域的帮扶需求（含为本组织推荐的需求）并认领', en: 'Find needs in key areas (with suggestions for you) and claim them' }, ready: true },
    { text: { zh: '签订结对帮扶协议，管理帮扶项目直至落地，编报年度工作计划，报名对接会和乡村行', en: 'Sign pairings, follow projects until they land, file annual work plans, join matching fairs and rural tours' }, ready: true },
    { text: { zh: '记录帮扶台账（资金、物资、人次）', en: 'Record aid in the ledger (funds, materials, person-times)' }, ready: true },
    { text: { zh: '按时信息公开', en: 'Publish progress disclosures on time' }, ready: false },
    { text: { zh: '管理本组织成员账号', en: 'Manage your organization’s members' }, ready: true },
  ],
  organization_member: [
    { text: { zh: '查看本组织的资料、审核记录和成员', en: 'See your organization’s profile, review history and members' }, ready: true },
    { text: { zh: '查找帮扶需求，为本组织认领并跟进对接', en: 'Find needs, claim them for your organization and follow them up' }, ready: true },
    { text: { zh: '为本组织起草结对协议和帮扶项目，记录项目落地和进展', en: 'Draft pairings and projects for your organization; record landing and progress' }, ready: true },
    { text: { zh: '记录本组织的帮扶活动与台账', en: 'Record your organization’s activities and aid' }, ready: true },
  ],
  caring_individual: [
    { text: { zh: '维护本人资料：姓名、手机号、所在地区和关注的帮扶领域', en: 'Keep your profile: name, mobile, region and fields of help' }, ready: true },
    { text: { zh: '认领一户住户的需求，经联系人确认后点对点帮扶', en: 'Take on one household’s need and, once the liaison confirms, help it directly' }, ready: true },
    { text: { zh: '记录本人的帮扶并接受收悉确认', en: 'Record your aid and have it confirmed' }, ready: true },
  ],
};
