// The key areas to act on: those nobody has paired (or only paired in part), by kind, paged with "加载更多".
import { useState } from 'react';
import { Card, Empty, Segmented, Select, Space } from 'antd';
import { useCoverageAreas, type CoverageArea, type CoverageQuery, type CoverageSummary } from '../../api/coverage.ts';
import { useI18n } from '../../i18n/index.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { useCoverageAreaColumns } from './useCoverageAreaColumns.tsx';
import { useKindName } from './useKindName.ts';
import { W } from './words.ts';

type Gap = 'unpaired' | 'partial';

export function CoverageGaps({ query, kinds }: { query: CoverageQuery; kinds: CoverageSummary['kinds'] }) {
  const { l } = useI18n();
  const kindName = useKindName();
  const [state, setState] = useState<Gap>('unpaired');
  const [kind, setKind] = useState<string | undefined>();
  const areas = useCoverageAreas({ ...query, state, ...(kind ? { kind } : {}) });
  const columns = useCoverageAreaColumns({ showPairings: state === 'partial' });
  const count = (g: Gap) => kinds.filter((k) => !kind || k.kind === kind).reduce((n, k) => n + k[g], 0);

  return (
    <Card
      title={l(W.gapsTitle)}
      data-testid="coverage-gaps"
      extra={
        <Space wrap>
          <Segmented<Gap>
            data-testid="coverage-gaps-state"
            value={state}
            onChange={setState}
            options={[
              { value: 'unpaired', label: <span data-testid="coverage-gaps-unpaired">{`${l(W.gapsUnpaired)} ${count('unpaired')}`}</span> },
              { value: 'partial', label: <span data-testid="coverage-gaps-partial">{`${l(W.gapsPartial)} ${count('partial')}`}</span> },
            ]}
          />
          <Select<string | undefined>
            data-testid="coverage-gaps-kind"
            allowClear
            value={kind}
            onChange={setKind}
            placeholder={l(W.allKinds)}
            style={{ width: 200 }}
            popupMatchSelectWidth={false}
            options={kinds.map((k) => ({ value: k.kind, label: kindName(k.kind) }))}
          />
        </Space>
      }
    >
      <KeysetTable<CoverageArea>
        rowKey="designationId"
        size="small"
        columns={columns}
        query={areas}
        testId="coverage-gaps"
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={l(W.gapsEmpty)} /> }}
      />
    </Card>
  );
}
