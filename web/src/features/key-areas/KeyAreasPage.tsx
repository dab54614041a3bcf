// 重点帮扶地区 (public): the active programs, each leading to the key areas it designates.
import { Link } from 'react-router-dom';
import { Card, Typography, type TableColumnsType } from 'antd';
import { usePrograms, type Program, type ProgramKind } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { PublicLayout } from '../../shell/PublicLayout.tsx';
import { ProgramKindTag } from '../programs/DesignationKindTag.tsx';
import { programYears } from '../programs/years.ts';

const ACTIVE = { status: 'active' } as const;

export function KeyAreasPage() {
  const { t } = useI18n();
  const list = usePrograms(ACTIVE);
  const columns: TableColumnsType<Program> = [
    {
      title: t('programs.name'),
      key: 'name',
      render: (_, p) => (
        <>
          <Link to={`/key-areas/${p.id}`} data-testid={`key-area-program-${p.slug}`}>
            {p.name}
          </Link>
          {p.description && (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0, fontSize: 12, maxWidth: 520 }}>
              {p.description}
            </Typography.Paragraph>
          )}
        </>
      ),
    },
    { title: t('programs.kind'), dataIndex: 'kind', key: 'kind', render: (k: ProgramKind) => <ProgramKindTag kind={k} /> },
    { title: t('programs.region'), key: 'region', render: (_, p) => p.regionName ?? p.regionCode },
    { title: t('programs.department'), dataIndex: 'departmentName', key: 'department' },
    { title: t('programs.years'), key: 'years', render: (_, p) => programYears(p, t) },
  ];
  return (
    <PublicLayout>
      <PageHeader title={t('keyAreas.title')} description={t('keyAreas.intro')} />
      <Card>
        <KeysetTable<Program> rowKey="id" columns={columns} query={list} testId="key-area-programs" />
      </Card>
    </PublicLayout>
  );
}
