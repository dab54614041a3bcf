// The items of a donation of materials: name, quantity, unit and valuation in 元, one row each; the record's amount is
// their sum, shown under the rows as they are typed.
import { Alert, Button, Form, Input, InputNumber, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { MAX_AID_ITEMS } from '../../api/ledger.ts';
import { useI18n } from '../../i18n/index.tsx';
import { MAX_QUANTITY, parseYuan, yuanText } from '../needs/format.ts';
import { itemsTotal, type AidItemValues } from './recordForm.ts';
import { W, fill } from './words.ts';

/** The line under the items: pieces and their valuation in all. */
export function ItemsTotalLine({ items }: { items: readonly (AidItemValues | undefined)[] | undefined }) {
  const { l } = useI18n();
  const total = itemsTotal(items);
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <Typography.Text strong data-testid="aid-items-total" data-fen={total.fen}>
        {fill(l(W.itemsTotal), { quantity: total.quantity, yuan: yuanText(total.fen) })}
      </Typography.Text>
      {total.unreadable > 0 && (
        <Alert type="warning" showIcon title={fill(l(W.itemsUnreadable), { n: total.unreadable })} />
      )}
    </Space>
  );
}

export function ItemsEditor() {
  const { l } = useI18n();
  const required = l(W.required);
  return (
    <Form.List
      name="items"
      rules={[
        {
          validator: async (_, items: unknown[] | undefined) => {
            if (!items || items.length === 0) throw new Error(l(W.itemsRequired));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <div data-testid="aid-items">
          {fields.map((field, index) => (
            <Space
              key={field.key}
              align="start"
              wrap
              style={{ display: 'flex', marginBottom: 4 }}
              data-testid={`aid-item-${index}`}
            >
              <Form.Item
                name={[field.name, 'name']}
                rules={[{ required: true, whitespace: true, message: required }]}
                style={{ marginBottom: 8 }}
              >
                <Input
                  data-testid={`aid-item-name-${index}`}
                  placeholder={l(W.itemName)}
                  maxLength={60}
                  style={{ width: 200 }}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'quantity']}
                rules={[{ required: true, type: 'integer', min: 1, message: l(W.itemQuantity) }]}
                style={{ marginBottom: 8 }}
              >
                <InputNumber
                  data-testid={`aid-item-quantity-${index}`}
                  placeholder={l(W.itemQuantity)}
                  min={1}
                  max={100_000_000}
                  precision={0}
                  style={{ width: 110 }}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'unit']}
                rules={[{ required: true, whitespace: true, message: required }]}
                style={{ marginBottom: 8 }}
              >
                <Input
                  data-testid={`aid-item-unit-${index}`}
                  placeholder={l(W.itemUnit)}
                  maxLength={10}
                  style={{ width: 80 }}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'valueYuan']}
                rules={[
                  { required: true, whitespace: true, message: required },
                  {
                    validator: async (_, text: string | undefined) => {
                      if (!text?.trim()) return;
                      const fen = parseYuan(text);
                      if (fen === null) throw new Error(l(W.amountFormat));
                      if (fen > MAX_QUANTITY) throw new Error(l(W.amountTooLarge));
                    },
                  },
                ]}
                style={{ marginBottom: 8 }}
              >
                <Input
                  data-testid={`aid-item-value-${index}`}
                  placeholder={l(W.itemValue)}
                  inputMode="decimal"
                  suffix="元"
                  style={{ width: 160 }}
                />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={l(W.removeItem)}
                data-testid={`aid-item-remove-${index}`}
                disabled={fields.length === 1}
                onClick={() => remove(field.name)}
              />
            </Space>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            data-testid="aid-item-add"
            disabled={fields.length >= MAX_AID_ITEMS}
            onClick={() => add({})}
            style={{ marginTop: 4 }}
          >
            {l(W.addItem)}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
