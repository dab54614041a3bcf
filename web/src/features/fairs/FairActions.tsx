// The steps the server allows on this fair for the caller (`actions`): officials who run it edit, close or cancel it
// (with an optional reason) and open its dashboard; organizations sign up (with a note) or withdraw.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Popconfirm, Space, type ButtonProps } from 'antd';
import { BarChartOutlined, CloseCircleOutlined, EditOutlined, LogoutOutlined, StopOutlined, UserAddOutlined } from '@ant-design/icons';
import { errorText } from '../../api/client.ts';
import { useCancelFair, useCloseFair, useSignUp, useWithdrawSignup, type FairDetail } from '../../api/fairs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { TextModal } from '../../shared/TextModal.tsx';
import { W } from './words.ts';

type Asking = 'signUp' | 'cancel' | null;

/** A test id on a confirm box's OK button (its props are typed without data attributes). */
const testId = (id: string) => ({ 'data-testid': id }) as ButtonProps;

export function FairActions({ fair }: { fair: FairDetail }) {
  const { l } = useI18n();
  const { message, modal } = App.useApp();
  const [asking, setAsking] = useState<Asking>(null);
  const close = useCloseFair(fair.id);
  const cancel = useCancelFair(fair.id);
  const signUp = useSignUp(fair.id);
  const withdraw = useWithdrawSignup(fair.id);
  const { actions } = fair;

  const askClose = () =>
    modal.confirm({
      title: l(W.closeAsk),
      content: l(W.closeHelp),
      okText: l(W.close),
      okButtonProps: testId('fair-close-submit'),
      onOk: () =>
        close
          .mutateAsync()
          .then(() => void message.success(l(W.closed)))
          .catch((err: unknown) => void message.error(errorText(err))),
    });

  return (
    <Space wrap>
      {actions.signUp && (
        <Button type="primary" data-testid="fair-signup" icon={<UserAddOutlined />} onClick={() => setAsking('signUp')}>
          {l(W.signUp)}
        </Button>
      )}
      {actions.withdrawSignup && (
        <Popconfirm
          title={l(W.withdrawAsk)}
          description={l(W.withdrawHelp)}
          okText={l(W.withdraw)}
          okButtonProps={{ danger: true, loading: withdraw.isPending, ...testId('fair-withdraw-submit') }}
          onConfirm={() =>
            withdraw
              .mutateAsync()
              .then(() => void message.success(l(W.withdrawn)))
              .catch((err: unknown) => void message.error(errorText(err)))
          }
        >
          <Button data-testid="fair-withdraw" icon={<LogoutOutlined />}>
            {l(W.withdraw)}
          </Button>
        </Popconfirm>
      )}
      {actions.dashboard && (
        <Link to={`/fairs/${fair.id}/dashboard`}>
          <Button data-testid="fair-dashboard" icon={<BarChartOutlined />}>
            {l(W.dashboard)}
          </Button>
        </Link>
      )}
      {actions.edit && (
        <Link to={`/fairs/${fair.id}/edit`}>
          <Button data-testid="fair-edit" icon={<EditOutlined />}>
            {l(W.edit)}
          </Button>
        </Link>
      )}
      {actions.close && (
        <Button data-testid="fair-close" icon={<CloseCircleOutlined />} onClick={askClose}>
          {l(W.close)}
        </Button>
      )}
      {actions.cancel && (
        <Button data-testid="fair-cancel" danger icon={<StopOutlined />} onClick={() => setAsking('cancel')}>
          {l(W.cancel)}
        </Button>
      )}
      {asking === 'signUp' && (
        <TextModal
          title={l(W.signUpTitle)}
          field="note"
          label={l(W.signUpNote)}
          help={l(W.signUpHelp)}
          maxLength={500}
          submitText={l(W.signUp)}
          testId="fair-signup"
          onSubmit={(note) => signUp.mutateAsync(note).then(() => void message.success(l(W.signedUpDone)))}
          onClose={() => setAsking(null)}
        />
      )}
      {asking === 'cancel' && (
        <TextModal
          title={l(W.cancel)}
          field="reason"
          label={l(W.cancelReason)}
          help={l(W.cancelHelp)}
          maxLength={500}
          submitText={l(W.cancel)}
          danger
          testId="fair-cancel"
          onSubmit={(reason) => cancel.mutateAsync(reason).then(() => void message.success(l(W.cancelled)))}
          onClose={() => setAsking(null)}
        />
      )}
    </Space>
  );
}
