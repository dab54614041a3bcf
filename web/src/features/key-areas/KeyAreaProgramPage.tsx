// 重点帮扶地区 of one program (public): how many of each kind, the places as a tree, and a table per kind with the
// contacts (office phones in full; personal mobiles as the server shows them, masked for the public).
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Card, Col, Empty, Input, Row, Spin, Statistic, Table, Tabs, Tag, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { errorText } from '../../api/client.ts';
import { DESIGNATION_KINDS, useAllDesignations, useProgram, type Designation, type DesignationKind } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { idParam } from '../../shared/params.ts';
import { PublicLayout } from '../../shell/PublicLayout.tsx';
import { ContactList } from '../programs/ContactList.tsx';
import { ProgramFacts } from '../programs/ProgramFacts.tsx';
import { isLoaded, ObjectFallback } from '../../shared/ObjectFallback.tsx';
import { KeyAreaTree } from './KeyAreaTree.tsx';

function KindTable({ rows }: { rows: Designation[] }) {
  const { t } = useI18n();
  const columns: TableColumnsType<Designation> = [
    { title: t('designations.region'), key: 'region', render: (_, d) => d.regionPath ?? d.regionCode },
    { title: t('designations.note'), dataIndex: 'note', key: 'note', render: (v: string | null) => v ?? t('common.none') },
    { title: t('designations.contacts'), key: 'contacts', render: (_, d) => <ContactList contacts={d.contacts} /> },
  ];
  return (
    <Table<Designation>
      rowKey="id"
      size="small"
      scroll={{ x: 'max-content' }}
      columns={columns}
      dataSource={rows}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
    />
  );
}

function ProgramKeyAreas() {
  const { t } = useI18n();
  const id = idParam(useParams().id);
  const program = useProgram(id);
  const designations = useAllDesignations(id);
  const [q, setQ] = useState('');

  const all = useMemo(() => designations.data ?? [], [designations.data]);
  const needle = q.trim();
  const shown = useMemo(() => (needle === '' ? all : all.filter((d) => (d.regionPath ?? d.regionCode).includes(needle))), [all, needle]);
  const byKind = useMemo(() => {
    const map = new Map<DesignationKind, Designation[]>();
    for (const d of shown) map.set(d.kind, [...(map.get(d.kind) ?? []), d]);
    return map;
  }, [shown]);
  const kinds = DESIGNATION_KINDS.filter((k) => all.some((d) => d.kind === k));

  if (!isLoaded(program)) {
    return (
      <ObjectFallback
        query={program}
        missing={id === null}
        notFound={t('programs.notFound')}
        back={<Link to="/key-areas">{t('keyAreas.backToList')}</Link>}
      />
    );
  }
  const p = program.data;

  return (
    <>
      <PageHeader
        title={p.name}
        description={
          <Link to="/key-areas">
            <ArrowLeftOutlined /> {t('keyAreas.title')}
          </Link>
        }
        extra={p.status === 'retired' ? <Tag>{t('programs.retired')}</Tag> : undefined}
      />
      <Card style={{ marginBottom: 16 }}>
        <ProgramFacts program={p} />
      </Card>
      {designations.isError && <Alert type="error" showIcon title={errorText(designations.error)} style={{ marginBottom: 16 }} />}
      {designations.isPending ? (
        <Spin style={{ display: 'block', padding: 48 }} />
      ) : all.length === 0 ? (
        <Card>
          <Empty description={t('keyAreas.none')} />
        </Card>
      ) : (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {kinds.map((k) => (
              <Col key={k} xs={12} md={8} lg={Math.max(4, Math.floor(24 / kinds.length))}>
                <Card size="small">
                  <div data-testid={`count-${k}`}>
                    <Statistic title={t(`designationKind.${k}`)} value={all.filter((d) => d.kind === k).length} />
                  </div>
                </Card>
              </Col>
            ))}
          </Row>
          <Input.Search
            data-testid="key-area-filter"
            allowClear
            placeholder={t('keyAreas.filter')}
            style={{ maxWidth: 320, marginBottom: 16 }}
            onSearch={setQ}
            onChange={(e) => e.target.value === '' && setQ('')}
          />
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={9}>
              <Card size="small" title={t('keyAreas.byPlace')}>
                <KeyAreaTree designations={shown} expandAll={needle !== ''} />
              </Card>
            </Col>
            <Col xs={24} lg={15}>
              <Card size="small">
                <Tabs
                  data-testid="key-area-tabs"
                  items={kinds.map((k) => ({
                    key: k,
                    label: (
                      <span data-testid={`key-area-tab-${k}`}>
                        {t(`designationKind.${k}`)} ({byKind.get(k)?.length ?? 0})
                      </span>
                    ),
                    children: <KindTable rows={byKind.get(k) ?? []} />,
                  }))}
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </>
  );
}

export function KeyAreaProgramPage() {
  return (
    <PublicLayout>
      <ProgramKeyAreas />
    </PublicLayout>
  );
}
