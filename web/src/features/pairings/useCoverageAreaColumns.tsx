// The columns of a list of key areas and their coverage: the area, its kind, its state (in words and colour), and the
// pairings that cover it, each a link with the organization and — when the pairing is of a place inside it — which.
import { Link } from 'react-router-dom';
import { Space, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { CoverageArea } from '../../api/coverage.ts';
import { useI18n } from '../../i18n/index.tsx';
import { CounterpartTag, CoverageStateTag } from './PairingTags.tsx';
import { ownName } from './PlaceList.tsx';
import { useKindName } from './useKindName.ts';
import { fill, W } from './words.ts';

export function useCoverageAreaColumns({ showPairings = true }: { showPairings?: boolean } = {}): TableColumnsType<CoverageArea> {
  const { l } = useI18n();
  const kindName = useKindName();
  return [
    {
      title: l(W.keyArea),
      key: 'region',
      render: (_, a) => (
        <Tooltip title={a.region.code}>
          <span data-testid={`coverage-area-${a.region.code}`}>{a.region.name}</span>
        </Tooltip>
      ),
    },
    { title: l(W.kind), key: 'kind', render: (_, a) => <Tag style={{ marginInlineEnd: 0 }}>{kindName(a.kind)}</Tag> },
    {
      title: l(W.coverage),
      key: 'state',
      render: (_, a) => (
        <Space size={4} wrap>
          <CoverageStateTag state={a.state} testId={`coverage-area-state-${a.region.code}`} />
          {a.isCounterpart && <CounterpartTag />}
        </Space>
      ),
    },
    ...(showPairings
      ? [
          {
            title: l(W.coveringPairings),
            key: 'pairings',
            render: (_: unknown, a: CoverageArea) =>
              a.pairings.length === 0 ? (
                <Typography.Text type="secondary">{l(W.noCovering)}</Typography.Text>
              ) : (
                <Space orientation="vertical" size={2}>
                  {a.pairings.map((p) => (
                    <span key={`${p.id}-${p.place.code}`}>
                      <Link to={`/pairings/${p.id}`} data-testid={`coverage-pairing-${a.region.code}-${p.id}`}>
                        {p.organization.name}
                      </Link>
                      {p.place.code !== a.region.code && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {fill(l(W.viaPlace), { place: ownName(p.place.name) })}
                        </Typography.Text>
                      )}
                      {p.isCounterpart && (
                        <Tag color="purple" style={{ marginInlineStart: 4 }}>
                          {l(W.counterpart)}
                        </Tag>
                      )}
                    </span>
                  ))}
                </Space>
              ),
          },
        ]
      : []),
  ];
}
