// The key areas (active programs' designations) inside the fair's regions, each marked paired or not, so that an
// organization sees where a pairing is still missing.
import { Empty, Tag, type TableColumnsType } from 'antd';
import { DESIGNATION_KINDS, type DesignationKind } from '../../api/programs.ts';
import { useFairKeyAreas, type FairKeyArea } from '../../api/fairs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { DesignationKindTag } from '../programs/DesignationKindTag.tsx';
import { W } from './words.ts';

const isDesignationKind = (kind: string): kind is DesignationKind => (DESIGNATION_KINDS as readonly string[]).includes(kind);

export function FairKeyAreas({ fairId }: { fairId: number }) {
  const { l } = useI18n();
  const list = useFairKeyAreas(fairId, true);
  const columns: TableColumnsType<FairKeyArea> = [
    { title: l(W.keyArea), key: 'region', render: (_, a) => a.region.name },
    {
      title: l(W.keyAreaKind),
      key: 'kind',
      render: (_, a) => (isDesignationKind(a.kind) ? <DesignationKindTag kind={a.kind} /> : <Tag>{a.kind}</Tag>),
    },
    { title: l(W.program), key: 'program', render: (_, a) => a.program.name },
    {
      title: l(W.pairing),
      key: 'paired',
      render: (_, a) => (
        <Tag color={a.paired ? 'success' : 'error'} data-testid={`fair-key-area-paired-${a.designationId}`}>
          {a.paired ? l(W.paired) : l(W.unpaired)}
        </Tag>
      ),
    },
  ];
  return (
    <KeysetTable<FairKeyArea>
      rowKey="designationId"
      columns={columns}
      query={list}
      testId="fair-key-areas"
      size="small"
      locale={{ emptyText: <Empty description={l(W.noKeyAreas)} /> }}
    />
  );
}
