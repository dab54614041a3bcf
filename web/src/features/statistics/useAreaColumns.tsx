// The columns of the key areas table: the area (opening its records), its kind, the pairings covering it, the
// records, amount and beneficiaries of the period, and "未获帮扶" in red for an area that received nothing.
import { Link } from 'react-router-dom';
import { Tag, Tooltip, type TableColumnsType } from 'antd';
import type { AreaCoverageRow } from '../../api/statistics.ts';
import { useI18n } from '../../i18n/index.tsx';
import { shortRegionName } from '../fairs/figures.ts';
import { useKindName } from '../pairings/useKindName.ts';
import { Amount } from './Amount.tsx';
import { areaLink } from './coverage.ts';
import type { ResolvedFilters } from './filters.ts';
import { countText } from './money.ts';
import { W } from './words.ts';

export function useAreaColumns(period: Pick<ResolvedFilters, 'from' | 'to'>): TableColumnsType<AreaCoverageRow> {
  const { l } = useI18n();
  const kindName = useKindName();
  return [
    {
      title: l(W.area),
      key: 'area',
      render: (_, a) => (
        <Tooltip title={`${a.regionName}（${a.regionCode}）`}>
          <Link to={areaLink(period, a.regionCode)} data-testid={`coverage-area-${a.regionCode}`}>
            {shortRegionName(a.regionName)}
          </Link>
        </Tooltip>
      ),
    },
    { title: l(W.kind), key: 'kind', render: (_, a) => <Tag style={{ marginInlineEnd: 0 }}>{kindName(a.designationKind)}</Tag> },
    {
      title: l(W.pairings),
      key: 'pairings',
      align: 'right',
      render: (_, a) =>
        a.pairings > 0 ? countText(a.pairings) : <Tag color="orange" style={{ marginInlineEnd: 0 }}>{l(W.areasUnpaired)}</Tag>,
    },
    { title: l(W.recordsCol), key: 'records', align: 'right', render: (_, a) => countText(a.records) },
    { title: l(W.amount), key: 'amount', align: 'right', render: (_, a) => <Amount fen={a.totalFen} /> },
    { title: l(W.beneficiariesCol), key: 'beneficiaries', align: 'right', render: (_, a) => countText(a.beneficiaries) },
    {
      title: '',
      key: 'gap',
      render: (_, a) =>
        a.gap ? (
          <Tag color="error" data-testid={`coverage-gap-${a.regionCode}`} style={{ marginInlineEnd: 0 }}>
            {l(W.gap)}
          </Tag>
        ) : null,
    },
  ];
}
