// The region tree by amount: the places one level down as equal tiles coloured by their amount (grey: nothing), a
// tile clicked going one level further, a breadcrumb back up; beside it the same places as a table with the amounts
// written out and a bar each, so that nothing is said by colour alone.
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Breadcrumb, Button, Card, Col, Empty, Row, Space, Table, Typography } from 'antd';
import { errorText } from '../../api/client.ts';
import { useRegionTree, type RegionTreeChild } from '../../api/statistics.ts';
import { useI18n } from '../../i18n/index.tsx';
import { shortRegionName } from '../fairs/figures.ts';
import { Amount } from './Amount.tsx';
import { ClickableChart } from './ClickableChart.tsx';
import { treemapOption } from './charts.ts';
import { amountColor, legendStops, ZERO_COLOR } from './colors.ts';
import { ledgerLink, type ResolvedFilters } from './filters.ts';
import { compactYuan, countText } from './money.ts';
import { W } from './words.ts';

interface Level {
  /** null: the caller's scope as the server resolves it. */
  code: string | null;
  name: string | null;
}

function Legend({ maxFen }: { maxFen: number }) {
  const { l, lang } = useI18n();
  const stops = legendStops(maxFen).slice(1);
  return (
    <Space size={[12, 4]} wrap style={{ fontSize: 12 }} data-testid="statistics-tree-legend">
      <Space size={4}>
        <span style={{ display: 'inline-block', width: 14, height: 14, background: ZERO_COLOR, borderRadius: 2 }} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {l(W.treeLegendZero)}
        </Typography.Text>
      </Space>
      {stops.map((s) => (
        <Space size={4} key={s.fen}>
          <span style={{ display: 'inline-block', width: 14, height: 14, background: s.color, borderRadius: 2 }} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            ≤ {compactYuan(s.fen, lang)}
          </Typography.Text>
        </Space>
      ))}
    </Space>
  );
}

export function RegionAmountTree({ filters, onNarrow }: { filters: ResolvedFilters; onNarrow: (code: string) => void }) {
  const { l, lang } = useI18n();
  // The page remounts this when its region filter changes: the walk starts again from there.
  const [path, setPath] = useState<Level[]>([{ code: filters.region ?? null, name: null }]);
  const current = path.at(-1) ?? { code: null, name: null };
  const query = useMemo(() => {
    const { region: _region, ...rest } = filters;
    return current.code ? { ...rest, region: current.code } : rest;
  }, [filters, current.code]);
  const tree = useRegionTree(query);
  const children = useMemo(() => [...(tree.data?.children ?? [])].sort((a, b) => b.totalFen - a.totalFen || a.code.localeCompare(b.code)), [tree.data]);
  const maxFen = children.reduce((m, c) => Math.max(m, c.totalFen), 0);
  const names = useMemo(
    () => ({ amount: l(W.amount), records: l(W.recordsCol), beneficiaries: l(W.beneficiariesCol), none: l(W.treeNone) }),
    [l],
  );
  const tiles = useMemo(() => children.map((c) => ({ ...c, name: shortRegionName(c.name) })), [children]);
  const option = useMemo(() => treemapOption(tiles, names, lang), [tiles, names, lang]);
  const rootName = tree.data && path.length === 1 ? tree.data.region.name : null;

  const goDown = (child: RegionTreeChild) => {
    if (!child.hasChildren) return;
    setPath((p) => [...p, { code: child.code, name: shortRegionName(child.name) }]);
  };

  return (
    <Card size="small" title={l(W.treeTitle)} style={{ marginBottom: 16 }} data-testid="statistics-tree">
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {l(W.treeHelp)}
        </Typography.Text>
        <Breadcrumb
          data-testid="statistics-tree-path"
          items={path.map((level, i) => {
            const name = (i === 0 ? (rootName ?? level.name) : level.name) ?? (level.code ?? l(W.scopeRoot));
            const last = i === path.length - 1;
            return {
              key: level.code ?? 'root',
              title: last ? (
                <span data-testid="statistics-tree-current">{shortRegionName(name)}</span>
              ) : (
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0, height: 'auto' }}
                  onClick={() => setPath((p) => p.slice(0, i + 1))}
                  data-testid={`statistics-tree-up-${i}`}
                >
                  {shortRegionName(name)}
                </Button>
              ),
            };
          })}
        />
        {tree.isError && <Alert type="error" showIcon title={errorText(tree.error)} />}
        {!tree.isError && !tree.isPending && children.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={l(W.treeEmpty)} />}
        {children.length > 0 && (
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <ClickableChart
                data-testid="statistics-treemap"
                label={l(W.treeTitle)}
                option={option}
                height={Math.max(260, Math.min(520, Math.ceil(children.length / 6) * 70))}
                onClick={({ data }) => {
                  const code = (data as { code?: unknown } | undefined)?.code;
                  const child = children.find((c) => c.code === code);
                  if (child) goDown(child);
                }}
              />
              <Legend maxFen={maxFen} />
            </Col>
            <Col xs={24} lg={12}>
              <Table<RegionTreeChild>
                data-testid="statistics-tree-table"
                size="small"
                rowKey="code"
                dataSource={children}
                pagination={{ pageSize: 12, hideOnSinglePage: true, size: 'small' }}
                scroll={{ x: 'max-content' }}
                columns={[
                  {
                    title: l(W.name),
                    key: 'name',
                    render: (_, c) =>
                      c.hasChildren ? (
                        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => goDown(c)} title={l(W.treeDown)} data-testid={`statistics-tree-down-${c.code}`}>
                          {shortRegionName(c.name)}
                        </Button>
                      ) : (
                        shortRegionName(c.name)
                      ),
                  },
                  {
                    title: l(W.amount),
                    key: 'amount',
                    render: (_, c) => (
                      <Space size={8}>
                        <span
                          aria-hidden
                          style={{
                            display: 'inline-block',
                            width: 80,
                            height: 10,
                            background: '#f5f5f5',
                            borderRadius: 2,
                            overflow: 'hidden',
                            verticalAlign: 'middle',
                          }}
                        >
                          <span
                            style={{
                              display: 'block',
                              height: '100%',
                              width: c.totalFen > 0 && maxFen > 0 ? `${Math.max(3, Math.round((c.totalFen * 100) / maxFen))}%` : '0%',
                              background: amountColor(c.totalFen, maxFen),
                            }}
                          />
                        </span>
                        {c.totalFen > 0 ? (
                          <Amount fen={c.totalFen} testId={`statistics-tree-amount-${c.code}`} />
                        ) : (
                          <Typography.Text type="secondary" data-testid={`statistics-tree-amount-${c.code}`} data-fen={c.totalFen}>
                            {l(W.treeNone)}
                          </Typography.Text>
                        )}
                      </Space>
                    ),
                  },
                  { title: l(W.recordsCol), key: 'records', align: 'right', render: (_, c) => countText(c.records) },
                  { title: l(W.beneficiariesCol), key: 'beneficiaries', align: 'right', render: (_, c) => countText(c.beneficiaries) },
                  {
                    title: '',
                    key: 'actions',
                    render: (_, c) => (
                      <Space size={0}>
                        <Link to={ledgerLink(filters, { region: c.code })} data-testid={`statistics-tree-records-${c.code}`}>
                          {l(W.openRecords)}
                        </Link>
                        <Button type="link" size="small" onClick={() => onNarrow(c.code)}>
                          {l(W.narrow)}
                        </Button>
                      </Space>
                    ),
                  },
                ]}
              />
            </Col>
          </Row>
        )}
      </Space>
    </Card>
  );
}
