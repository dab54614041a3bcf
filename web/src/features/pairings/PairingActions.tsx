// The steps the server allows on this pairing for the caller (`actions`): the lead organization edits, withdraws or,
// once confirmed, creates a project; the department confirms or returns with a reason; either side ends it with one.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Popconfirm, Space, type ButtonProps } from 'antd';
import { CheckOutlined, EditOutlined, PlusOutlined, RollbackOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { errorFieldMessages, errorText } from '../../api/client.ts';
import {
  useConfirmPairing,
  useEndPairing,
  useReturnPairing,
  useWithdrawPairing,
  type PairingDetail,
} from '../../api/pairings.ts';
import { useI18n } from '../../i18n/index.tsx';
import { TextModal } from '../../shared/TextModal.tsx';
import { W } from './words.ts';

type Asking = 'withdraw' | 'return' | 'end' | null;
type TestableButtonProps = ButtonProps & { 'data-testid': string };

export function PairingActions({ pairing }: { pairing: PairingDetail }) {
  const { l } = useI18n();
  const { message } = App.useApp();
  const withdraw = useWithdrawPairing(pairing.id);
  const confirm = useConfirmPairing(pairing.id);
  const giveBack = useReturnPairing(pairing.id);
  const end = useEndPairing(pairing.id);
  const [asking, setAsking] = useState<Asking>(null);
  const { actions } = pairing;

  const confirmOk: TestableButtonProps = { 'data-testid': 'pairing-confirm-ok', loading: confirm.isPending };

  const run = (step: Promise<unknown>, done: string) =>
    step.then(
      () => void message.success(done),
      // A refused confirmation says why field by field ("协议文件：请先由社会组织上传…"), not only that it was refused.
      (err: unknown) => {
        const fields = errorFieldMessages(err);
        void message.error(fields.length > 0 ? fields.join('；') : errorText(err));
      },
    );

  return (
    <Space wrap>
      {actions.confirm && (
        <Popconfirm
          title={l(W.confirmAsk)}
          description={<div style={{ maxWidth: 300 }}>{l(W.confirmHelp)}</div>}
          okText={l(W.confirm)}
          cancelText={l(W.cancel)}
          okButtonProps={confirmOk}
          onConfirm={() => run(confirm.mutateAsync(), l(W.confirmed))}
        >
          <Button data-testid="pairing-confirm" type="primary" icon={<CheckOutlined />} loading={confirm.isPending}>
            {l(W.confirm)}
          </Button>
        </Popconfirm>
      )}
      {actions.return && (
        <Button data-testid="pairing-return" danger icon={<RollbackOutlined />} onClick={() => setAsking('return')}>
          {l(W.return)}
        </Button>
      )}
      {actions.createProject && (
        <Link to={`/projects/new?pairingId=${pairing.id}`}>
          <Button data-testid="pairing-create-project" type="primary" icon={<PlusOutlined />}>
            {l(W.createProject)}
          </Button>
        </Link>
      )}
      {actions.edit && (
        <Link to={`/pairings/${pairing.id}/edit`}>
          <Button data-testid="pairing-edit" icon={<EditOutlined />}>
            {l(W.edit)}
          </Button>
        </Link>
      )}
      {actions.withdraw && (
        <Button data-testid="pairing-withdraw" danger icon={<UndoOutlined />} onClick={() => setAsking('withdraw')}>
          {l(W.withdraw)}
        </Button>
      )}
      {actions.end && (
        <Button data-testid="pairing-end" danger icon={<StopOutlined />} onClick={() => setAsking('end')}>
          {l(W.end)}
        </Button>
      )}
      {asking === 'withdraw' && (
        <TextModal
          title={l(W.withdrawAsk)}
          field="reason"
          label={l(W.reasonOptional)}
          help={l(W.withdrawHelp)}
          maxLength={500}
          submitText={l(W.withdraw)}
          danger
          testId="pairing-withdraw"
          onSubmit={(reason) => withdraw.mutateAsync(reason || undefined).then(() => void message.success(l(W.withdrawn)))}
          onClose={() => setAsking(null)}
        />
      )}
      {asking === 'return' && (
        <TextModal
          title={l(W.returnTitle)}
          field="reason"
          label={l(W.reason)}
          help={l(W.returnHelp)}
          requiredMessage={l(W.reasonRequired)}
          maxLength={500}
          submitText={l(W.return)}
          danger
          testId="pairing-return"
          onSubmit={(reason) => giveBack.mutateAsync(reason).then(() => void message.success(l(W.returned)))}
          onClose={() => setAsking(null)}
        />
      )}
      {asking === 'end' && (
        <TextModal
          title={l(W.endTitle)}
          field="reason"
          label={l(W.reason)}
          help={l(W.endHelp)}
          requiredMessage={l(W.reasonRequired)}
          maxLength={500}
          submitText={l(W.end)}
          danger
          testId="pairing-end"
          onSubmit={(reason) => end.mutateAsync(reason).then(() => void message.success(l(W.ended)))}
          onClose={() => setAsking(null)}
        />
      )}
    </Space>
  );
}
