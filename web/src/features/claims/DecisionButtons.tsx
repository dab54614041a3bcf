// Confirm (对接成功) or decline with a reason: the liaison's or official's decision on a pending claim, inline in
// the lists and the need's claims panel.
import { useState } from 'react';
import { App, Button, Popconfirm, Space, type ButtonProps } from 'antd';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { errorText } from '../../api/client.ts';
import { useConfirmClaim, useDeclineClaim } from '../../api/claims.ts';
import { useI18n } from '../../i18n/index.tsx';
import { TextModal } from '../../shared/TextModal.tsx';
import { W } from './words.ts';

export function DecisionButtons({
  claimId,
  size = 'small',
  canConfirm = true,
  canDecline = true,
}: {
  claimId: number;
  size?: ButtonProps['size'];
  canConfirm?: boolean;
  canDecline?: boolean;
}) {
  const { l } = useI18n();
  const { message } = App.useApp();
  const confirm = useConfirmClaim();
  const decline = useDeclineClaim();
  const [declining, setDeclining] = useState(false);
  const okProps: ButtonProps & { 'data-testid': string } = {
    'data-testid': `claim-confirm-ok-${claimId}`,
    loading: confirm.isPending,
  };

  const onConfirm = () =>
    confirm.mutateAsync(claimId).then(
      () => void message.success(l(W.confirmed)),
      (err: unknown) => void message.error(errorText(err)),
    );

  return (
    <Space size={8} wrap>
      {canConfirm && (
        <Popconfirm
          title={l(W.confirmAsk)}
          description={<div style={{ maxWidth: 300 }}>{l(W.confirmHelp)}</div>}
          okText={l(W.confirm)}
          okButtonProps={okProps}
          onConfirm={onConfirm}
        >
          <Button
            data-testid={`claim-confirm-${claimId}`}
            type="primary"
            size={size}
            icon={<CheckOutlined />}
            loading={confirm.isPending}
          >
            {l(W.confirm)}
          </Button>
        </Popconfirm>
      )}
      {canDecline && (
        <Button
          data-testid={`claim-decline-${claimId}`}
          danger
          size={size}
          icon={<CloseOutlined />}
          onClick={() => setDeclining(true)}
        >
          {l(W.decline)}
        </Button>
      )}
      {declining && (
        <TextModal
          title={l(W.declineTitle)}
          field="reason"
          label={l(W.reason)}
          help={l(W.declineHelp)}
          requiredMessage={l(W.reasonRequired)}
          maxLength={500}
          submitText={l(W.decline)}
          danger
          testId="claim-decline"
          onSubmit={(reason) =>
            decline.mutateAsync({ id: claimId, reason }).then(() => void message.success(l(W.declined)))
          }
          onClose={() => setDeclining(false)}
        />
      )}
    </Space>
  );
}
