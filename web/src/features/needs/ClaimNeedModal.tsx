// Claiming a need. An organization takes all or part of what remains (money typed in 元 and sent as exact fen, or a
// count of units), says how and when it will help, and may give a planned date. A caring individual takes a
// household need whole: no quantity, and a word on what point-to-point help means. The server has the last word on
// what remains (others may claim at the same moment): its refusal is shown as it says it.
import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { chinaToday } from '../../../../src/common/glossary.ts';
import { applyServerErrors } from '../../api/forms.ts';
import { useClaimNeed, type Claim, type CreateClaimBody, type NeedDetail } from '../../api/needs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';
import { formatQuantity, parseYuan, progressOf, unitOf, yuanInput } from './format.ts';

const FIELDS = ['quantity', 'note', 'plannedDate'] as const;

interface Values {
  /** 元 as typed (money) or a count of units. */
  quantity?: string | number | null;
  note: string;
  plannedDate?: Dayjs | null;
}

export function ClaimNeedModal({
  need, caring, onClaimed, onClose,
}: { need: NeedDetail; caring: boolean; onClaimed: (claim: Claim) => void; onClose: () => void }) {
  const { l, t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const claim = useClaimNeed(need.id);
  const [problems, setProblems] = useState<string[]>([]);
  const { remaining } = progressOf(need);
  const money = need.kind === 'money';
  const remainingText = formatQuantity(need.kind, remaining, need.unit, lang);
  const today = chinaToday();

  /** The quantity in the server's terms (fen for money), or null when the box does not hold one. */
  const quantityOf = (value: Values['quantity']): number | null => {
    if (value === undefined || value === null || value === '') return null;
    if (money) return typeof value === 'string' ? parseYuan(value) : null;
    return typeof value === 'number' && Number.isInteger(value) ? value : null;
  };

  const quantityRule = {
    validator: (_: unknown, value: Values['quantity']) => {
      if (value === undefined || value === null || value === '') {
        return Promise.reject(new Error(l({ zh: '请填写认领数量', en: 'How much do you take on?' })));
      }
      const q = quantityOf(value);
      if (q === null) {
        return Promise.reject(
          new Error(money ? l({ zh: '请输入金额（元），最多两位小数', en: 'An amount in yuan, at most two decimals' }) : l({ zh: '请输入整数', en: 'A whole number' })),
        );
      }
      if (q < 1) return Promise.reject(new Error(l({ zh: '认领数量须大于 0', en: 'More than 0, please' })));
      if (q > remaining) {
        return Promise.reject(new Error(l({ zh: `不能超过尚未认领的 ${remainingText}`, en: `At most the ${remainingText} still open` })));
      }
      return Promise.resolve();
    },
  };

  const onFinish = (values: Values) => {
    setProblems([]);
    const quantity = caring ? null : quantityOf(values.quantity);
    const body: CreateClaimBody = {
      note: values.note.trim(),
      ...(quantity !== null ? { quantity } : {}),
      ...(values.plannedDate ? { plannedDate: values.plannedDate.format('YYYY-MM-DD') } : {}),
    };
    claim.mutate(body, {
      onSuccess: onClaimed,
      onError: (err) => setProblems(applyServerErrors(form, err, FIELDS)),
    });
  };

  return (
    <Modal
      open
      title={l({ zh: `认领：${need.title}`, en: `Claim: ${need.title}` })}
      onCancel={onClose}
      mask={{ closable: false }}
      width={600}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button data-testid="claim-submit" type="primary" loading={claim.isPending} onClick={() => form.submit()}>
            {l({ zh: '确认认领', en: 'Claim' })}
          </Button>
        </Space>
      }
    >
      <FormProblems problems={problems} testId="claim-error" />
      {caring ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={l({ zh: '点对点帮扶', en: 'Point-to-point help' })}
          description={l({
            zh: `您将认领这项住户需求的全部（${remainingText}），与这一户结对帮扶。联系人确认后结对生效，一项住户需求只由一位爱心人士帮扶。住户的信息由联系人保管，不会透露给您；送达和联系都经由联系人安排。`,
            en: `You take on all of this household need (${remainingText}) and pair with the household. The pair holds once the liaison confirms; each household need has one helper. The household’s details stay with the liaison; delivery and contact go through the liaison.`,
          })}
        />
      ) : (
        <Typography.Paragraph type="secondary">
          {l({
            zh: `可认领全部或部分，尚未认领：${remainingText}。联系人确认（对接成功）后，您将看到送达地点和联系人。`,
            en: `Take all or part of it; still open: ${remainingText}. Once the liaison confirms, you see where to deliver and whom to call.`,
          })}
        </Typography.Paragraph>
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark
        onFinish={onFinish}
        initialValues={{ quantity: caring ? null : money ? yuanInput(remaining) : remaining, note: '' }}
      >
        {!caring && (
          <Form.Item
            name="quantity"
            label={money ? l({ zh: '认领金额（元）', en: 'Amount (yuan)' }) : l({ zh: '认领数量', en: 'Quantity' })}
            rules={[quantityRule]}
            extra={l({ zh: `最多 ${remainingText}`, en: `At most ${remainingText}` })}
          >
            {money ? (
              <Input data-testid="claim-quantity" inputMode="decimal" suffix="元" style={{ width: 220 }} />
            ) : (
              <InputNumber<number>
                data-testid="claim-quantity"
                min={1}
                precision={0}
                style={{ width: 220 }}
                suffix={unitOf(need.kind, need.unit, lang)}
              />
            )}
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={l({ zh: '帮扶方式与时间', en: 'How and when you will help' })}
          rules={[{ required: true, whitespace: true, message: l({ zh: '请说明如何帮扶、何时到位', en: 'Say how and when you will help' }) }]}
        >
          <Input.TextArea
            data-testid="claim-note"
            maxLength={1000}
            showCount
            autoSize={{ minRows: 3, maxRows: 8 }}
            placeholder={l({ zh: '如：12 月上旬采购并送到村委会，由本会志愿者负责安装', en: 'e.g. bought and delivered to the village committee in early December' })}
          />
        </Form.Item>
        <Form.Item name="plannedDate" label={l({ zh: '计划到位日期', en: 'Planned date' })}>
          <DatePicker data-testid="claim-planned-date" disabledDate={(d) => d.format('YYYY-MM-DD') < today} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
