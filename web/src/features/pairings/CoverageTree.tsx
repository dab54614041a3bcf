// The counties of the program's key areas, each coloured (and labelled) by how it stands as a whole, opening to its
// key areas with the pairings that cover them. A county's areas are asked for only when it is opened.
import { Card, Collapse, Empty, Space, Tag, Typography } from 'antd';
import { useCoverageAreas, useCoverageCounties, type CoverageArea, type CoverageQuery } from '../../api/coverage.ts';
import { errorText } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { countyState } from './coverage.ts';
import { CoverageStateTag } from './PairingTags.tsx';
import { useCoverageAreaColumns } from './useCoverageAreaColumns.tsx';
import { COVERAGE_COLORS, fill, W } from './words.ts';

function CountyAreas({ query, county }: { query: CoverageQuery; county: string }) {
  const { l } = useI18n();
  const areas = useCoverageAreas({ ...query, county });
  const columns = useCoverageAreaColumns();
  return (
    <KeysetTable<CoverageArea>
      rowKey="designationId"
      size="small"
      columns={columns}
      query={areas}
      testId={`coverage-county-${county}-areas`}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={l(W.areasEmpty)} /> }}
    />
  );
}

export function CoverageTree({ query }: { query: CoverageQuery }) {
  const { l } = useI18n();
  const counties = useCoverageCounties(query);
  const items = counties.data ?? [];

  return (
    <Card title={l(W.treeTitle)} data-testid="coverage-tree" loading={counties.isPending}>
      {counties.isError && <Typography.Text type="danger">{errorText(counties.error)}</Typography.Text>}
      {!counties.isError && items.length === 0 && <Empty description={l(W.treeEmpty)} />}
      {items.length > 0 && (
        <Collapse
          size="small"
          items={items.map((c) => {
            const state = countyState(c);
            return {
              key: c.county.code,
              style: { borderInlineStart: `4px solid ${COVERAGE_COLORS[state]}` },
              label: (
                <Space size={[8, 4]} wrap data-testid={`coverage-county-${c.county.code}`} data-state={state}>
                  <Typography.Text strong>{c.county.name}</Typography.Text>
                  <CoverageStateTag state={state} testId={`coverage-county-state-${c.county.code}`} />
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {fill(l(W.countyCounts), { total: c.total, paired: c.paired, partial: c.partial, unpaired: c.unpaired })}
                  </Typography.Text>
                  {c.counterpart > 0 && (
                    <Tag color="purple" data-testid={`coverage-county-counterpart-${c.county.code}`}>
                      {fill(l(W.countyCounterpart), { n: c.counterpart })}
                    </Tag>
                  )}
                </Space>
              ),
              children: <CountyAreas query={query} county={c.county.code} />,
            };
          })}
        />
      )}
    </Card>
  );
}
