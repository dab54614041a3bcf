// 收悉确认: the record's receipt history, newest first (a dispute may be followed by a confirmation once settled), and
// the liaison's form to confirm or dispute — a dispute needs its reason; either may be the household's own word,
// recorded by the liaison.
import { useState } from 'react';
import { App, Button, Card, Checkbox, Empty, Form, Input, Modal, Space, Tag, Timeline, Typography } from 'antd';
import { applyServerErrors } from '../../api/forms.ts';
import { useAidReceipt, type AidRecordDetail, type ReceiptBody } from '../../api/ledger.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';
import { ConfirmationTag } from './LedgerTags.tsx';
import { W } from './words.ts';

export function ReceiptHistory({ detail }: { detail: AidRecordDetail }) {
  const { l, dateTime } = useI18n();
  const r = detail.record;
  return (
    <Card
      title={l(W.receipts)}
      data-testid="aid-receipts"
      style={{ marginBottom: 16 }}
      extra={<ConfirmationTag confirmation={r.confirmation} standing={r.standing} />}
    >
      {r.standing === 'reversal' ? (
        <Typography.Text type="secondary">{l(W.noReceiptForReversal)}</Typography.Text>
      ) : detail.receipts.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={l(W.noReceipts)} />
      ) : (
        <Timeline
          items={detail.receipts.map((receipt) => ({
            key: receipt.id,
            color: receipt.status === 'confirmed' ? 'green' : 'red',
            content: (
              <div data-testid={`aid-receipt-${receipt.id}`} data-status={receipt.status}>
                <Space size={8} wrap>
                  <Typography.Text strong>
                    {receipt.status === 'confirmed' ? l(W.confirmed) : l(W.dispute)}
                  </Typography.Text>
                  {receipt.byHousehold && <Tag color="gold">{l(W.householdConfirmed)}</Tag>}
                </Space>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                  {dateTime(receipt.at)} · {receipt.by}
                </Typography.Text>
                {receipt.reason && (
                  <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                    {receipt.reason}
                  </Typography.Paragraph>
                )}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}

interface ReceiptValues {
  byHousehold?: boolean;
  reason?: string;
}

export function ReceiptModal({
  recordId,
  status,
  onClose,
}: {
  recordId: number;
  status: ReceiptBody['status'];
  onClose: () => void;
}) {
  const { l, t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReceiptValues>();
  const [problems, setProblems] = useState<string[]>([]);
  const receipt = useAidReceipt();
  const disputing = status === 'disputed';

  const onFinish = (values: ReceiptValues) => {
    setProblems([]);
    const reason = (values.reason ?? '').trim();
    receipt.mutate(
      {
        id: recordId,
        body: { status, byHousehold: values.byHousehold === true, reason: reason === '' ? null : reason },
      },
      {
        onSuccess: () => {
          message.success(l(W.receiptSaved));
          onClose();
        },
        onError: (err) => setProblems(applyServerErrors(form, err, ['byHousehold', 'reason'])),
      },
    );
  };

  return (
    <Modal
      open
      title={disputing ? l(W.disputeTitle) : l(W.confirmTitle)}
      onCancel={onClose}
      mask={{ closable: false }}
      width={520}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            data-testid="aid-receipt-submit"
            type="primary"
            danger={disputing}
            loading={receipt.isPending}
            onClick={() => form.submit()}
          >
            {disputing ? l(W.dispute) : l(W.confirm)}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{disputing ? l(W.disputeHelp) : l(W.confirmHelp)}</Typography.Paragraph>
      <FormProblems problems={problems} testId="aid-receipt-error" />
      <Form
        form={form}
        layout="vertical"
        requiredMark={disputing}
        onFinish={onFinish}
        initialValues={{ byHousehold: false }}
      >
        <Form.Item name="byHousehold" valuePropName="checked">
          <Checkbox data-testid="aid-receipt-by-household">{l(W.byHousehold)}</Checkbox>
        </Form.Item>
        <Form.Item
          name="reason"
          label={disputing ? l(W.disputeReason) : l(W.receiptNote)}
          rules={disputing ? [{ required: true, whitespace: true, message: l(W.disputeReasonRequired) }] : []}
        >
          <Input.TextArea
            data-testid="aid-receipt-reason"
            maxLength={500}
            showCount
            autoSize={{ minRows: 3, maxRows: 8 }}
            autoFocus
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
