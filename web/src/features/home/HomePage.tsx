// The workbench: who you are here, your scope, and what your role does on the platform (and what comes later).
import { Card, Col, Descriptions, List, Row, Space, Tag, Typography } from 'antd';
import { CheckCircleTwoTone, ClockCircleOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { DEPARTMENT_KIND_LABELS, ROLE_LABELS } from '../../../../src/common/glossary.ts';
import { useSession } from '../../api/auth.ts';
import { useI18n } from '../../i18n/index.tsx';
import { menuFor, ROLE_CAPABILITIES } from '../../menu.tsx';
import { scopeText } from '../../shell/scope.ts';

export function HomePage() {
  const { data: account } = useSession();
  const { t, l } = useI18n();
  if (!account) return null;
  const capabilities = ROLE_CAPABILITIES[account.role];
  const shortcuts = menuFor(account.role).filter((m) => m.key !== 'home' && !m.external);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card data-testid="welcome-card">
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('home.welcome', { name: account.displayName })}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('home.mission')}</Typography.Paragraph>
        <Descriptions
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'role', label: t('home.role'), children: <Tag color="blue" data-testid="welcome-role">{l(ROLE_LABELS[account.role])}</Tag> },
            ...(account.departmentKind
              ? [{ key: 'kind', label: t('home.department'), children: l(DEPARTMENT_KIND_LABELS[account.departmentKind]) }]
              : []),
            {
              key: 'scope',
              label: account.organizationName ? t('home.organization') : t('home.scope'),
              children: <span data-testid="welcome-scope">{scopeText(account, t)}</span>,
            },
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card title={t('home.canDo')} extra={<Typography.Text type="secondary">{t('home.comingNote')}</Typography.Text>}>
            <List
              data-testid="capabilities"
              dataSource={capabilities}
              renderItem={(item) => (
                <List.Item
                  extra={
                    item.ready ? (
                      <Tag color="success">{t('common.available')}</Tag>
                    ) : (
                      <Tag icon={<ClockCircleOutlined />} color="default">
                        {t('common.comingSoon')}
                      </Tag>
                    )
                  }
                >
                  <Space>
                    {item.ready ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : <ClockCircleOutlined style={{ color: '#bfbfbf' }} />}
                    <Typography.Text type={item.ready ? undefined : 'secondary'}>{l(item.text)}</Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={l({ zh: '快捷入口', en: 'Shortcuts' })}>
            <Space wrap>
              {shortcuts.map((m) => (
                <Link key={m.key} to={m.path}>
                  <Tag icon={m.icon} color="processing" style={{ padding: '4px 10px', fontSize: 14 }}>
                    {l(m.label)}
                  </Tag>
                </Link>
              ))}
            </Space>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
