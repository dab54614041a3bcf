// For reviewers: organizations that look like this one (near-identical name in the same region and the like), so
// that the same organization is not approved twice.
import { Alert, List, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { SimilarOrganization } from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';
import { StatusTag } from './OrganizationTags.tsx';

export function SimilarWarning({ similar }: { similar: SimilarOrganization[] }) {
  const { t } = useI18n();
  if (similar.length === 0) return null;
  return (
    <Alert
      data-testid="org-similar"
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('orgReview.similarTitle')}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 4 }}>{t('orgReview.similarHelp')}</Typography.Paragraph>
          <List
            size="small"
            dataSource={similar}
            renderItem={(s) => (
              <List.Item data-testid={`org-similar-${s.id}`} style={{ paddingInline: 0 }}>
                <span>
                  <Link to={`/organizations/${s.id}`}>{s.name}</Link>
                  <Typography.Text code style={{ marginInline: 8 }}>
                    {s.creditCode}
                  </Typography.Text>
                  <StatusTag status={s.status} />
                  <Typography.Text type="secondary">{s.why}</Typography.Text>
                </span>
              </List.Item>
            )}
          />
        </>
      }
    />
  );
}
