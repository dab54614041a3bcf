// 对接信息, for the claimant once the liaison confirmed: where to deliver, whom to call, and the household's masked
// view — never more: the household's identity stays with the liaison.
import { Alert, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { EnvironmentOutlined, PhoneOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { ClaimDelivery } from '../../api/claims.ts';
import { useReferenceList } from '../../api/reference.ts';
import { useI18n } from '../../i18n/index.tsx';
import { HOUSEHOLD_CATEGORY_LABELS } from '../needs/labels.ts';
import { fill, W } from './words.ts';

/** The situations' names from the key populations list (the same codes), in the interface's language. */
function useSituationName(): (code: string) => string {
  const { lang } = useI18n();
  const list = useReferenceList('key-populations');
  const names = new Map((list.data ?? []).map((p) => [p.code, lang === 'zh' ? p.nameZh : p.nameEn]));
  return (code) => names.get(code) ?? code;
}

export function DeliveryCard({ delivery }: { delivery: ClaimDelivery }) {
  const { l } = useI18n();
  const situation = useSituationName();
  const h = delivery.household;
  return (
    <Card
      data-testid="claim-delivery"
      title={
        <Space>
          <EnvironmentOutlined />
          {l(W.deliveryTitle)}
        </Space>
      }
    >
      <Descriptions
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'village', label: l(W.deliveryVillage), children: <span data-testid="delivery-village">{delivery.village.name}</span> },
          {
            key: 'contact',
            label: l(W.deliveryContact),
            children: (
              <Space data-testid="delivery-contact">
                <span>{delivery.contact.name}</span>
                <Typography.Text copyable={{ text: delivery.contact.phone }}>
                  <PhoneOutlined /> {delivery.contact.phone}
                </Typography.Text>
              </Space>
            ),
          },
        ]}
      />
      {h && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {l(W.household)}
          </Typography.Title>
          <Descriptions
            data-testid="delivery-household"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'name', label: l(W.householdHead), children: <span data-testid="delivery-household-name">{h.maskedName}</span> },
              { key: 'category', label: l(W.householdCategory), children: l(HOUSEHOLD_CATEGORY_LABELS[h.category], h.category) },
              {
                key: 'situations',
                label: l(W.householdSituations),
                children:
                  h.situations.length > 0 ? (
                    <Space size={4} wrap>
                      {h.situations.map((s) => (
                        <Tag key={s}>{situation(s)}</Tag>
                      ))}
                    </Space>
                  ) : (
                    '—'
                  ),
              },
              { key: 'members', label: l(W.householdMembers), children: fill(l(W.membersCount), { n: h.membersCount }) },
            ]}
          />
        </>
      )}
      {h && (
        <Alert
          type="info"
          showIcon
          icon={<SafetyCertificateOutlined />}
          title={l(W.householdNote)}
          data-testid="delivery-privacy"
          style={{ marginTop: 8 }}
        />
      )}
    </Card>
  );
}
