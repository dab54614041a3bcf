// What a pairing commits to: program, lead and member organizations, places, period, fields, money, people, the fair
// it was signed at, and the commitments in the organization's words.
import { Link } from 'react-router-dom';
import { Descriptions, Space, Tag, Typography } from 'antd';
import type { PairingDetail } from '../../api/pairings.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatYuan } from '../needs/format.ts';
import { useReferenceNames } from '../needs/useReferenceNames.ts';
import { PlaceList } from './PlaceList.tsx';
import { fill, W } from './words.ts';

export function PairingFacts({ pairing }: { pairing: PairingDetail }) {
  const { l, lang, dateTime } = useI18n();
  const fieldName = useReferenceNames('key-fields');
  return (
    <Descriptions
      data-testid="pairing-facts"
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'program', label: l(W.program), children: <span data-testid="pairing-program">{pairing.program.name}</span> },
        {
          key: 'organization',
          label: l(W.organization),
          children: <span data-testid="pairing-organization">{pairing.organization.name}</span>,
        },
        ...(pairing.members.length > 0
          ? [
              {
                key: 'members',
                label: l(W.members),
                span: 'filled' as const,
                children: (
                  <Space size={[4, 4]} wrap data-testid="pairing-members">
                    {pairing.members.map((m) => (
                      <Tag key={m.id} style={{ marginInlineEnd: 0 }}>
                        {m.name}
                      </Tag>
                    ))}
                  </Space>
                ),
              },
            ]
          : []),
        {
          key: 'places',
          label: l(W.places),
          span: 'filled' as const,
          children: <PlaceList places={pairing.places} full testId="pairing-places" />,
        },
        {
          key: 'period',
          label: l(W.period),
          children: (
            <span data-testid="pairing-period">
              {pairing.startDate} {l(W.to)} {pairing.endDate}
            </span>
          ),
        },
        {
          key: 'fields',
          label: l(W.fields),
          children: (
            <Space size={[4, 4]} wrap data-testid="pairing-fields">
              {pairing.fieldCodes.map((c) => (
                <Tag key={c} color="geekblue" style={{ marginInlineEnd: 0 }}>
                  {fieldName(c)}
                </Tag>
              ))}
            </Space>
          ),
        },
        {
          key: 'amount',
          label: l(W.amount),
          children: <span data-testid="pairing-amount">{formatYuan(pairing.amountFen, lang)}</span>,
        },
        {
          key: 'people',
          label: l(W.people),
          children: <span data-testid="pairing-people">{fill(l(W.peopleCount), { n: pairing.people })}</span>,
        },
        ...(pairing.fair
          ? [
              {
                key: 'fair',
                label: l(W.fair),
                children: (
                  <Link to={`/fairs/${pairing.fair.id}`} data-testid="pairing-fair">
                    {pairing.fair.name}
                  </Link>
                ),
              },
            ]
          : []),
        { key: 'createdAt', label: l(W.createdAt), children: dateTime(pairing.createdAt) },
        ...(pairing.confirmedAt ? [{ key: 'confirmedAt', label: l(W.confirmedAt), children: dateTime(pairing.confirmedAt) }] : []),
        ...(pairing.endedAt ? [{ key: 'endedAt', label: l(W.endedAt), children: dateTime(pairing.endedAt) }] : []),
        {
          key: 'commitments',
          label: l(W.commitments),
          span: 'filled' as const,
          children: (
            <Typography.Paragraph data-testid="pairing-commitments" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              {pairing.commitments}
            </Typography.Paragraph>
          ),
        },
      ]}
    />
  );
}
