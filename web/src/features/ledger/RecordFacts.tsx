// Everything one aid record says: giver, place, household (masked), time, kind and field, amount, materials, channel,
// people, funding, links to its project, pairing and need, and the items of a donation of materials.
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Card, Descriptions, Space, Table, Typography } from 'antd';
import { FUNDING_SOURCE_LABELS, type FundingSource } from '../../../../src/common/projects.ts';
import { GIVER_FORM_LABELS, PURCHASE_CHANNEL_LABELS, type AidItem, type AidRecordDetail } from '../../api/ledger.ts';
import { useProgramChoices } from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useReferenceNames } from '../needs/useReferenceNames.ts';
import { Amount, CounterpartTag, KindTag } from './LedgerTags.tsx';
import { activityTypeName } from './recordForm.ts';
import { periodText } from './useLedgerColumns.tsx';
import { W, colonOf, fill } from './words.ts';

function fundingName(source: string | null, l: (labels: { zh: string; en: string }) => string): string {
  if (!source) return '—';
  const labels = (FUNDING_SOURCE_LABELS as Record<string, { zh: string; en: string } | undefined>)[
    source as FundingSource
  ];
  return labels ? l(labels) : source;
}

export function RecordFacts({ detail }: { detail: AidRecordDetail }) {
  const { l, lang, dateTime } = useI18n();
  const c = colonOf(lang);
  const sep = lang === 'zh' ? '，' : ', ';
  const fieldName = useReferenceNames('key-fields');
  const programs = useProgramChoices();
  const r = detail.record;
  const program =
    r.programId !== null ? ((programs.data ?? []).find((p) => p.id === r.programId)?.name ?? `#${r.programId}`) : null;

  const links: ReactNode[] = [];
  if (r.projectId !== null)
    links.push(
      <Link
        key="project"
        to={`/projects/${r.projectId}`}
      >{`${l(W.project)}${c}${r.projectName ?? `#${r.projectId}`}`}</Link>,
    );
  if (r.pairingId !== null)
    links.push(<Link key="pairing" to={`/pairings/${r.pairingId}`}>{`${l(W.pairing)} #${r.pairingId}`}</Link>);
  if (r.needId !== null) links.push(<Link key="need" to={`/needs/${r.needId}`}>{`${l(W.need)} #${r.needId}`}</Link>);

  const people = [
    fill(l(W.staffShort), { n: r.staffCount }),
    fill(l(W.volunteersShort), { n: r.volunteerCount }),
    fill(l(W.enterprisesShort), { n: r.enterpriseCount }),
  ].join(sep);

  return (
    <Card title={l(W.facts)} data-testid="aid-facts" style={{ marginBottom: 16 }}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label={l(W.giver)}>
          <Space size={8} wrap>
            <span data-testid="aid-giver">{r.giver.name}</span>
            <Typography.Text type="secondary">{l(GIVER_FORM_LABELS[r.giver.form])}</Typography.Text>
            {r.counterpart && <CounterpartTag />}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={l(W.place)}>
          <span data-testid="aid-place">{r.regionName}</span>
        </Descriptions.Item>
        <Descriptions.Item label={l(W.household)}>
          <span data-testid="aid-household">{r.household?.label ?? '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={l(W.periodLabel)}>{periodText(r.occurredOn, r.periodEnd)}</Descriptions.Item>
        <Descriptions.Item label={l(W.kind)}>
          <Space size={8} wrap>
            <KindTag kind={r.kind} />
            {r.activityType && <span>{activityTypeName(r.activityType, lang)}</span>}
            {r.purchaseChannel && <span>{l(PURCHASE_CHANNEL_LABELS[r.purchaseChannel])}</span>}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={l(W.keyField)}>{fieldName(r.keyFieldCode)}</Descriptions.Item>
        <Descriptions.Item label={l(W.amount)}>
          <Amount fen={r.amountFen} strong />
        </Descriptions.Item>
        {r.kind === 'materials' && (
          <Descriptions.Item label={l(W.materialQuantity)}>{r.materialQuantity}</Descriptions.Item>
        )}
        <Descriptions.Item label={l(W.participants)}>{people}</Descriptions.Item>
        <Descriptions.Item label={l(W.beneficiaries)}>
          {`${fill(l(W.personTimes), { n: r.beneficiaryCount })}${sep}${fill(l(W.households), { n: r.beneficiaryHouseholds })}`}
        </Descriptions.Item>
        <Descriptions.Item label={l(W.fundingSource)}>{fundingName(r.fundingSource, l)}</Descriptions.Item>
        <Descriptions.Item label={l(W.program)}>{program ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={l(W.externalRef)}>{r.externalRef ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={l(W.createdAt)}>{dateTime(r.createdAt)}</Descriptions.Item>
        {links.length > 0 && (
          <Descriptions.Item label={l(W.linkedTo)} span={2}>
            <Space size={16} wrap>
              {links}
            </Space>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={l(W.summary)} span={2}>
          {r.summary}
        </Descriptions.Item>
        {detail.description && (
          <Descriptions.Item label={l(W.description)} span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {detail.description}
            </Typography.Paragraph>
          </Descriptions.Item>
        )}
      </Descriptions>
      {detail.items.length > 0 && (
        <Table<AidItem>
          data-testid="aid-items-table"
          style={{ marginTop: 16 }}
          size="small"
          rowKey={(_, i) => String(i)}
          pagination={false}
          dataSource={detail.items}
          title={() => `${l(W.items)} · ${fill(l(W.itemsCount), { n: detail.items.length })}`}
          columns={[
            { title: l(W.itemName), dataIndex: 'name', key: 'name' },
            { title: l(W.itemQuantity), dataIndex: 'quantity', key: 'quantity', align: 'right' },
            { title: l(W.itemUnit), dataIndex: 'unit', key: 'unit' },
            { title: l(W.itemValue), key: 'value', align: 'right', render: (_, i) => <Amount fen={i.valueFen} /> },
          ]}
        />
      )}
    </Card>
  );
}
