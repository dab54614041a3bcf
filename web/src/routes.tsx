// The routes and the app shell: header (platform, person, role, scope, language, password, sign-out) and the side
// menu of the signed-in role. Public pages: /login, /invite and the key areas (/key-areas).
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { createBrowserRouter, Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { App, Button, Divider, Grid, Layout, Menu, Result, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { ROLE_LABELS } from '../../src/common/glossary.ts';
import { useLogout, useSession } from './api/auth.ts';
import { errorText } from './api/client.ts';
import { useI18n } from './i18n/index.tsx';
import { MENU, menuFor, menuItem, type MenuKey } from './menu.tsx';
import { BrandMark, BrandTitle } from './shell/Brand.tsx';
import { LangSwitch } from './shell/LangSwitch.tsx';
import { NotificationBell } from './features/notifications/NotificationBell.tsx';
import { scopeText } from './shell/scope.ts';
import { LoginPage } from './features/auth/LoginPage.tsx';
import { InvitePage } from './features/auth/InvitePage.tsx';
import { ChangePasswordPage } from './features/auth/ChangePasswordPage.tsx';
import { HomePage } from './features/home/HomePage.tsx';

// The officials' pages (tables, date pickers, cascaders) load when first opened: the login page and the workbench
// stay light on slow county and township networks.
const AccountsPage = lazy(() => import('./features/accounts/AccountsPage.tsx').then((m) => ({ default: m.AccountsPage })));
const InvitationsPage = lazy(() => import('./features/accounts/InvitationsPage.tsx').then((m) => ({ default: m.InvitationsPage })));
const AuditPage = lazy(() => import('./features/audit/AuditPage.tsx').then((m) => ({ default: m.AuditPage })));
const JobsPage = lazy(() => import('./features/jobs/JobsPage.tsx').then((m) => ({ default: m.JobsPage })));
const ReferencePage = lazy(() => import('./features/reference/ReferencePage.tsx').then((m) => ({ default: m.ReferencePage })));
const ProgramsPage = lazy(() => import('./features/programs/ProgramsPage.tsx').then((m) => ({ default: m.ProgramsPage })));
const ProgramDetailPage = lazy(() => import('./features/programs/ProgramDetailPage.tsx').then((m) => ({ default: m.ProgramDetailPage })));
const KeyAreaImportPage = lazy(() => import('./features/key-areas/KeyAreaImportPage.tsx').then((m) => ({ default: m.KeyAreaImportPage })));
const KeyAreasPage = lazy(() => import('./features/key-areas/KeyAreasPage.tsx').then((m) => ({ default: m.KeyAreasPage })));
const KeyAreaProgramPage = lazy(() => import('./features/key-areas/KeyAreaProgramPage.tsx').then((m) => ({ default: m.KeyAreaProgramPage })));
const RegisterOrganizationPage = lazy(() => import('./features/organizations/RegisterOrganizationPage.tsx').then((m) => ({ default: m.RegisterOrganizationPage })));
const OwnOrganizationPage = lazy(() => import('./features/organizations/OwnOrganizationPage.tsx').then((m) => ({ default: m.OwnOrganizationPage })));
const OrganizationsPage = lazy(() => import('./features/organizations/OrganizationsPage.tsx').then((m) => ({ default: m.OrganizationsPage })));
const OrganizationDetailPage = lazy(() => import('./features/organizations/OrganizationDetailPage.tsx').then((m) => ({ default: m.OrganizationDetailPage })));
const DirectoryPage = lazy(() => import('./features/organizations/DirectoryPage.tsx').then((m) => ({ default: m.DirectoryPage })));
const DirectoryDetailPage = lazy(() => import('./features/organizations/DirectoryDetailPage.tsx').then((m) => ({ default: m.DirectoryDetailPage })));
const RegistryImportPage = lazy(() => import('./features/organizations/registry/RegistryImportPage.tsx').then((m) => ({ default: m.RegistryImportPage })));
const ClaimPage = lazy(() => import('./features/organizations/registry/ClaimPage.tsx').then((m) => ({ default: m.ClaimPage })));
const RegisterCaringPage = lazy(() => import('./features/caring/RegisterCaringPage.tsx').then((m) => ({ default: m.RegisterCaringPage })));
const HouseholdsPage = lazy(() => import('./features/households/HouseholdsPage.tsx').then((m) => ({ default: m.HouseholdsPage })));
const HouseholdDetailPage = lazy(() => import('./features/households/HouseholdDetailPage.tsx').then((m) => ({ default: m.HouseholdDetailPage })));
const ManageNeedsPage = lazy(() => import('./features/needs/manage/ManageNeedsPage.tsx').then((m) => ({ default: m.ManageNeedsPage })));
const NeedFormPage = lazy(() => import('./features/needs/manage/NeedFormPage.tsx').then((m) => ({ default: m.NeedFormPage })));
const NeedImportPage = lazy(() => import('./features/needs/import/NeedImportPage.tsx').then((m) => ({ default: m.NeedImportPage })));
const FindNeedsPage = lazy(() => import('./features/needs/FindNeedsPage.tsx').then((m) => ({ default: m.FindNeedsPage })));
const NeedDetailPage = lazy(() => import('./features/needs/NeedDetailPage.tsx').then((m) => ({ default: m.NeedDetailPage })));
const PublicNeedsPage = lazy(() => import('./features/needs/public/PublicNeedsPage.tsx').then((m) => ({ default: m.PublicNeedsPage })));
const PublicNeedDetailPage = lazy(() => import('./features/needs/public/PublicNeedDetailPage.tsx').then((m) => ({ default: m.PublicNeedDetailPage })));
const ClaimsPage = lazy(() => import('./features/claims/ClaimsPage.tsx').then((m) => ({ default: m.ClaimsPage })));
const ClaimDetailPage = lazy(() => import('./features/claims/ClaimDetailPage.tsx').then((m) => ({ default: m.ClaimDetailPage })));
const NotificationsPage = lazy(() => import('./features/notifications/NotificationsPage.tsx').then((m) => ({ default: m.NotificationsPage })));
const CaringProfilePage = lazy(() => import('./features/caring/CaringProfilePage.tsx').then((m) => ({ default: m.CaringProfilePage })));
const PairingsPage = lazy(() => import('./features/pairings/PairingsPage.tsx').then((m) => ({ default: m.PairingsPage })));
const PairingFormPage = lazy(() => import('./features/pairings/PairingFormPage.tsx').then((m) => ({ default: m.PairingFormPage })));
const PairingDetailPage = lazy(() => import('./features/pairings/PairingDetailPage.tsx').then((m) => ({ default: m.PairingDetailPage })));
const CoveragePage = lazy(() => import('./features/pairings/CoveragePage.tsx').then((m) => ({ default: m.CoveragePage })));
const ProjectsPage = lazy(() => import('./features/projects/ProjectsPage.tsx').then((m) => ({ default: m.ProjectsPage })));
const ProjectFormPage = lazy(() => import('./features/projects/ProjectFormPage.tsx').then((m) => ({ default: m.ProjectFormPage })));
const ProjectDetailPage = lazy(() => import('./features/projects/ProjectDetailPage.tsx').then((m) => ({ default: m.ProjectDetailPage })));
const ChecklistPage = lazy(() => import('./features/projects/ChecklistPage.tsx').then((m) => ({ default: m.ChecklistPage })));
const FairsPage = lazy(() => import('./features/fairs/FairsPage.tsx').then((m) => ({ default: m.FairsPage })));
const FairFormPage = lazy(() => import('./features/fairs/FairFormPage.tsx').then((m) => ({ default: m.FairFormPage })));
const FairDetailPage = lazy(() => import('./features/fairs/FairDetailPage.tsx').then((m) => ({ default: m.FairDetailPage })));
const FairDashboardPage = lazy(() => import('./features/fairs/FairDashboardPage.tsx').then((m) => ({ default: m.FairDashboardPage })));
const WorkPlansPage = lazy(() => import('./features/work-plans/WorkPlansPage.tsx').then((m) => ({ default: m.WorkPlansPage })));
const WorkPlanDetailPage = lazy(() => import('./features/work-plans/WorkPlanDetailPage.tsx').then((m) => ({ default: m.WorkPlanDetailPage })));
const WorkPlanFormPage = lazy(() => import('./features/work-plans/WorkPlanFormPage.tsx').then((m) => ({ default: m.WorkPlanFormPage })));
const LedgerPage = lazy(() => import('./features/ledger/LedgerPage.tsx').then((m) => ({ default: m.LedgerPage })));
const AidRecordFormPage = lazy(() => import('./features/ledger/AidRecordFormPage.tsx').then((m) => ({ default: m.AidRecordFormPage })));
const AidRecordDetailPage = lazy(() => import('./features/ledger/AidRecordDetailPage.tsx').then((m) => ({ default: m.AidRecordDetailPage })));
const LedgerImportPage = lazy(() => import('./features/ledger/LedgerImportPage.tsx').then((m) => ({ default: m.LedgerImportPage })));
const DuplicationsPage = lazy(() => import('./features/ledger/DuplicationsPage.tsx').then((m) => ({ default: m.DuplicationsPage })));
const StatisticsPage = lazy(() => import('./features/statistics/StatisticsPage.tsx').then((m) => ({ default: m.StatisticsPage })));
const StatisticsCoveragePage = lazy(() => import('./features/statistics/StatisticsCoveragePage.tsx').then((m) => ({ default: m.StatisticsCoveragePage })));

const { Header, Sider, Content, Footer } = Layout;

const HEADER_BG = '#0b3b7a';

function PageSpin() {
  const { t } = useI18n();
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin description={t('common.loading')} />
    </div>
  );
}

function FullPageSpin() {
  const { t } = useI18n();
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" description={t('common.loading')} />
    </div>
  );
}

/** Shows its children only to a signed-in account; anyone else goes to the login page and comes back after. */
function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const { t } = useI18n();
  if (session.isPending) return <FullPageSpin />;
  if (session.isError) {
    return (
      <Result
        status="error"
        title={errorText(session.error)}
        extra={<Button onClick={() => void session.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!session.data) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return <>{children}</>;
}

/** A page of the menu item `menu`, shown only to that item's roles. */
function RoleGate({ menu, children }: { menu: MenuKey; children: ReactNode }) {
  const { data: account } = useSession();
  const { t } = useI18n();
  if (!account || !menuItem(menu).roles.includes(account.role)) {
    return (
      <Result
        status="403"
        title="403"
        subTitle={t('common.forbidden')}
        extra={
          <Link to="/">
            <Button type="primary">{t('common.backHome')}</Button>
          </Link>
        }
      />
    );
  }
  return <>{children}</>;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('common.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}

function selectedKey(pathname: string): string {
  const match = MENU
    .filter((i) => !i.external && (i.path === '/' ? pathname === '/' : pathname === i.path || pathname.startsWith(`${i.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match?.key ?? '';
}

function AppShell() {
  const { data: account } = useSession();
  const { t, l } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const { message } = App.useApp();
  const [collapsed, setCollapsed] = useState(false);
  const screens = Grid.useBreakpoint();
  if (!account) return null;
  const wide = screens.xl !== false;

  const items = menuFor(account.role).map((item) => ({
    key: item.key,
    icon: item.icon,
    label: item.external ? (
      <a href={item.path} target="_blank" rel="noopener noreferrer" data-testid={`menu-${item.key}`}>
        {l(item.label)}
      </a>
    ) : (
      <Link to={item.path} data-testid={`menu-${item.key}`}>
        {l(item.label)}
      </Link>
    ),
  }));

  const onLogout = () => {
    logout.mutate(undefined, {
      onSuccess: () => void navigate('/login', { replace: true }),
      onError: (err) => {
        message.error(errorText(err));
        void navigate('/login', { replace: true });
      },
    });
  };

  const mustChange = account.mustChangePassword;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          background: HEADER_BG, display: 'flex', alignItems: 'center', gap: 16, paddingInline: 20, height: 60,
          boxShadow: '0 2px 8px rgba(0,0,0,0.15)', position: 'sticky', top: 0, zIndex: 10,
        }}
      >
        <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 12, minWidth: 0 }}>
          <BrandMark />
          <BrandTitle short={!wide} />
        </Link>
        <div style={{ flex: 1 }} />
        <Space size={12} align="center" style={{ color: '#fff' }} separator={<Divider orientation="vertical" style={{ borderColor: 'rgba(255,255,255,0.3)' }} />}>
          <Space size={8} align="center">
            <UserOutlined />
            <span
              data-testid="current-user"
              style={{ fontWeight: 500, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: 220, display: 'inline-block', verticalAlign: 'middle' }}
            >
              {account.displayName}
            </span>
            <Tag data-testid="current-role" color="gold" style={{ marginInlineEnd: 0 }}>
              {l(ROLE_LABELS[account.role])}
            </Tag>
            <Tooltip title={t('home.scope')}>
              <span
                data-testid="current-scope"
                style={{
                  color: 'rgba(255,255,255,0.8)', fontSize: 13, display: 'inline-block', maxWidth: wide ? 320 : 140,
                  overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', verticalAlign: 'middle',
                }}
              >
                {scopeText(account, t)}
              </span>
            </Tooltip>
          </Space>
          <NotificationBell />
          <LangSwitch dark />
          <Button
            data-testid="change-password"
            type="text"
            size="small"
            icon={<KeyOutlined />}
            style={{ color: 'rgba(255,255,255,0.9)' }}
            onClick={() => void navigate('/password')}
          >
            {t('header.changePassword')}
          </Button>
          <Button
            data-testid="logout"
            type="text"
            size="small"
            icon={<LogoutOutlined />}
            loading={logout.isPending}
            style={{ color: 'rgba(255,255,255,0.9)' }}
            onClick={onLogout}
          >
            {t('header.logout')}
          </Button>
        </Space>
      </Header>
      <Layout>
        <Sider
          width={208}
          theme="light"
          breakpoint="lg"
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          style={{ borderInlineEnd: '1px solid #e5e7eb' }}
        >
          <Menu
            data-testid="side-menu"
            mode="inline"
            selectedKeys={[selectedKey(location.pathname)]}
            items={items}
            style={{ borderInlineEnd: 0, paddingTop: 8 }}
          />
        </Sider>
        <Layout style={{ background: '#f3f5f8' }}>
          <Content style={{ padding: 24, minWidth: 0 }}>
            {mustChange ? (
              <ChangePasswordPage forced />
            ) : (
              <Suspense fallback={<PageSpin />}>
                <Outlet />
              </Suspense>
            )}
          </Content>
          <Footer style={{ textAlign: 'center', color: '#8c8c8c', fontSize: 12, background: 'transparent', paddingBlock: 12 }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('app.footer')}
            </Typography.Text>
          </Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}

/** A lazily loaded page outside the app shell (the public pages). */
function Standalone({ children }: { children: ReactNode }) {
  return <Suspense fallback={<FullPageSpin />}>{children}</Suspense>;
}

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/invite', element: <InvitePage /> },
  { path: '/key-areas', element: <Standalone><KeyAreasPage /></Standalone> },
  { path: '/key-areas/:id', element: <Standalone><KeyAreaProgramPage /></Standalone> },
  { path: '/directory', element: <Standalone><DirectoryPage /></Standalone> },
  { path: '/directory/:id', element: <Standalone><DirectoryDetailPage /></Standalone> },
  { path: '/register/organization', element: <Standalone><RegisterOrganizationPage /></Standalone> },
  { path: '/claim', element: <Standalone><ClaimPage /></Standalone> },
  { path: '/register/caring', element: <Standalone><RegisterCaringPage /></Standalone> },
  { path: '/public/needs', element: <Standalone><PublicNeedsPage /></Standalone> },
  { path: '/public/needs/:id', element: <Standalone><PublicNeedDetailPage /></Standalone> },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppShell />
      </RequireSession>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'programs', element: <RoleGate menu="programs"><ProgramsPage /></RoleGate> },
      { path: 'programs/:id', element: <RoleGate menu="programs"><ProgramDetailPage /></RoleGate> },
      { path: 'programs/:id/import', element: <RoleGate menu="programs"><KeyAreaImportPage /></RoleGate> },
      { path: 'organization', element: <RoleGate menu="organization"><OwnOrganizationPage /></RoleGate> },
      { path: 'organizations', element: <RoleGate menu="organizations"><OrganizationsPage /></RoleGate> },
      { path: 'organizations/:id', element: <RoleGate menu="organizations"><OrganizationDetailPage /></RoleGate> },
      { path: 'organizations/import', element: <RoleGate menu="organizations"><RegistryImportPage /></RoleGate> },
      { path: 'accounts', element: <RoleGate menu="accounts"><AccountsPage /></RoleGate> },
      { path: 'invitations', element: <RoleGate menu="invitations"><InvitationsPage /></RoleGate> },
      { path: 'audit', element: <RoleGate menu="audit"><AuditPage /></RoleGate> },
      { path: 'jobs', element: <RoleGate menu="jobs"><JobsPage /></RoleGate> },
      { path: 'reference', element: <RoleGate menu="reference"><ReferencePage /></RoleGate> },
      { path: 'households', element: <RoleGate menu="households"><HouseholdsPage /></RoleGate> },
      { path: 'households/:id', element: <RoleGate menu="households"><HouseholdDetailPage /></RoleGate> },
      { path: 'needs/manage', element: <RoleGate menu="needs-manage"><ManageNeedsPage /></RoleGate> },
      { path: 'needs/new', element: <RoleGate menu="needs-manage"><NeedFormPage /></RoleGate> },
      { path: 'needs/import', element: <RoleGate menu="needs-manage"><NeedImportPage /></RoleGate> },
      { path: 'needs/:id/edit', element: <RoleGate menu="needs-manage"><NeedFormPage /></RoleGate> },
      { path: 'needs', element: <RoleGate menu="needs"><FindNeedsPage /></RoleGate> },
      // Every signed-in role opens a need (liaisons their own, organizations what they found, officials in scope).
      { path: 'needs/:id', element: <NeedDetailPage /> },
      { path: 'claims', element: <RoleGate menu="claims"><ClaimsPage /></RoleGate> },
      { path: 'claims/:id', element: <RoleGate menu="claims"><ClaimDetailPage /></RoleGate> },
      { path: 'pairings', element: <RoleGate menu="pairings"><PairingsPage /></RoleGate> },
      { path: 'pairings/new', element: <RoleGate menu="pairings"><PairingFormPage /></RoleGate> },
      { path: 'pairings/:id', element: <RoleGate menu="pairings"><PairingDetailPage /></RoleGate> },
      { path: 'pairings/:id/edit', element: <RoleGate menu="pairings"><PairingFormPage /></RoleGate> },
      { path: 'coverage', element: <RoleGate menu="coverage"><CoveragePage /></RoleGate> },
      { path: 'projects', element: <RoleGate menu="projects"><ProjectsPage /></RoleGate> },
      { path: 'projects/new', element: <RoleGate menu="projects"><ProjectFormPage /></RoleGate> },
      { path: 'projects/:id', element: <RoleGate menu="projects"><ProjectDetailPage /></RoleGate> },
      { path: 'projects/:id/edit', element: <RoleGate menu="projects"><ProjectFormPage /></RoleGate> },
      { path: 'checklist', element: <RoleGate menu="checklist"><ChecklistPage /></RoleGate> },
      { path: 'ledger', element: <RoleGate menu="ledger"><LedgerPage /></RoleGate> },
      { path: 'ledger/new', element: <RoleGate menu="ledger"><AidRecordFormPage /></RoleGate> },
      { path: 'ledger/import', element: <RoleGate menu="ledger"><LedgerImportPage /></RoleGate> },
      { path: 'ledger/duplications', element: <RoleGate menu="ledger"><DuplicationsPage /></RoleGate> },
      { path: 'ledger/:id', element: <RoleGate menu="ledger"><AidRecordDetailPage /></RoleGate> },
      { path: 'statistics', element: <RoleGate menu="statistics"><StatisticsPage /></RoleGate> },
      { path: 'statistics/coverage', element: <RoleGate menu="statistics"><StatisticsCoveragePage /></RoleGate> },
      { path: 'fairs', element: <RoleGate menu="fairs"><FairsPage /></RoleGate> },
      { path: 'fairs/new', element: <RoleGate menu="fairs"><FairFormPage /></RoleGate> },
      { path: 'fairs/:id', element: <RoleGate menu="fairs"><FairDetailPage /></RoleGate> },
      { path: 'fairs/:id/edit', element: <RoleGate menu="fairs"><FairFormPage /></RoleGate> },
      { path: 'fairs/:id/dashboard', element: <RoleGate menu="fairs"><FairDashboardPage /></RoleGate> },
      { path: 'work-plans', element: <RoleGate menu="work-plans"><WorkPlansPage /></RoleGate> },
      { path: 'work-plans/year/:year', element: <RoleGate menu="work-plans"><WorkPlanFormPage /></RoleGate> },
      { path: 'work-plans/:id', element: <RoleGate menu="work-plans"><WorkPlanDetailPage /></RoleGate> },
      { path: 'notifications', element: <RoleGate menu="notifications"><NotificationsPage /></RoleGate> },
      { path: 'me/caring', element: <RoleGate menu="caring-profile"><CaringProfilePage /></RoleGate> },
      { path: 'password', element: <ChangePasswordPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
