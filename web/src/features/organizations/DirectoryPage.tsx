// 社会组织名录 (public): the approved organizations, searched by name and filtered by form, field, grade, service
// region and charity status; cards loaded a page at a time.
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Col, Empty, Form, Input, Row, Spin } from 'antd';
import { FormOutlined } from '@ant-design/icons';
import { useSession } from '../../api/auth.ts';
import { errorText } from '../../api/client.ts';
import { useDirectory } from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';
import { LoadMore } from '../../shared/LoadMore.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { PublicLayout } from '../../shell/PublicLayout.tsx';
import { DirectoryCard } from './DirectoryCard.tsx';
import { FilterItems } from './FilterItems.tsx';
import { toDirectoryFilters, type DirectoryFilterValues } from './filters.ts';

export function DirectoryPage() {
  const { t } = useI18n();
  const session = useSession();
  const [form] = Form.useForm<DirectoryFilterValues>();
  const [values, setValues] = useState<DirectoryFilterValues>({});
  const filters = useMemo(() => toDirectoryFilters(values), [values]);
  const list = useDirectory(filters);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <PublicLayout>
      <PageHeader
        title={t('directory.title')}
        description={t('directory.intro')}
        extra={
          !session.data && (
            <Link to="/register/organization" data-testid="directory-register">
              <Button type="primary" icon={<FormOutlined />}>
                {t('directory.register')}
              </Button>
            </Link>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form<DirectoryFilterValues>
          form={form}
          layout="inline"
          style={{ rowGap: 12 }}
          onFinish={setValues}
          onValuesChange={(changed: Partial<DirectoryFilterValues>, all) => {
            if (!('q' in changed)) setValues(all);
          }}
        >
          <Form.Item name="q">
            <Input.Search
              data-testid="directory-q"
              allowClear
              placeholder={t('directory.q')}
              maxLength={50}
              style={{ width: 260 }}
              onSearch={() => form.submit()}
            />
          </Form.Item>
          <FilterItems testIdPrefix="directory" regionLabel={t('directory.region')} />
          <Form.Item>
            <Button
              onClick={() => {
                form.resetFields();
                setValues({});
              }}
            >
              {t('common.reset')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {list.isError && <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} />}
      <Spin spinning={list.isFetching && !list.isFetchingNextPage}>
        <div data-testid="directory-list">
          {rows.length === 0 && !list.isPending ? (
            <Card>
              <Empty description={t('directory.empty')} />
            </Card>
          ) : (
            <Row gutter={[16, 16]}>
              {rows.map((org) => (
                <Col key={org.id} xs={24} md={12} xl={8}>
                  <DirectoryCard org={org} />
                </Col>
              ))}
            </Row>
          )}
        </div>
      </Spin>
      <LoadMore
        testId="directory-load-more"
        shown={rows.length}
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoad={() => void list.fetchNextPage()}
      />
    </PublicLayout>
  );
}
