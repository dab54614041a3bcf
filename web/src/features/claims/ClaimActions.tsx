// The steps the server allows on this claim for the caller (`actions`): the claimant withdraws (until confirmed) or
// records progress; the liaison or official confirms or declines.
import { useState } from 'react';
import { App, Button, Space } from 'antd';
import { EditOutlined, RollbackOutlined } from '@ant-design/icons';
import { useClaimProgress, useWithdrawClaim, type Claim } from '../../api/claims.ts';
import { useI18n } from '../../i18n/index.tsx';
import { TextModal } from '../../shared/TextModal.tsx';
import { DecisionButtons } from './DecisionButtons.tsx';
import { W } from './words.ts';

type Asking = 'withdraw' | 'progress' | null;

export function ClaimActions({ claim }: { claim: Claim }) {
  const { l } = useI18n();
  const { message } = App.useApp();
  const withdraw = useWithdrawClaim();
  const progress = useClaimProgress();
  const [asking, setAsking] = useState<Asking>(null);
  const { actions } = claim;
  if (!actions.withdraw && !actions.confirm && !actions.decline && !actions.progress) return null;

  return (
    <Space wrap>
      {(actions.confirm || actions.decline) && (
        <DecisionButtons claimId={claim.id} size="middle" canConfirm={actions.confirm} canDecline={actions.decline} />
      )}
      {actions.progress && (
        <Button data-testid="claim-progress" icon={<EditOutlined />} onClick={() => setAsking('progress')}>
          {l(W.progress)}
        </Button>
      )}
      {actions.withdraw && (
        <Button data-testid="claim-withdraw" danger icon={<RollbackOutlined />} onClick={() => setAsking('withdraw')}>
          {l(W.withdraw)}
        </Button>
      )}
      {asking === 'withdraw' && (
        <TextModal
          title={l(W.withdrawTitle)}
          field="reason"
          label={l(W.reason)}
          help={l(W.withdrawHelp)}
          maxLength={500}
          submitText={l(W.withdraw)}
          danger
          testId="claim-withdraw"
          onSubmit={(reason) =>
            withdraw.mutateAsync({ id: claim.id, reason: reason || undefined }).then(() => void message.success(l(W.withdrawn)))
          }
          onClose={() => setAsking(null)}
        />
      )}
      {asking === 'progress' && (
        <TextModal
          title={l(W.progressTitle)}
          field="note"
          label={l(W.progressNote)}
          help={l(W.progressHelp)}
          requiredMessage={l(W.progressRequired)}
          maxLength={1000}
          submitText={l(W.progress)}
          testId="claim-progress"
          onSubmit={(note) => progress.mutateAsync({ id: claim.id, note }).then(() => void message.success(l(W.progressSaved)))}
          onClose={() => setAsking(null)}
        />
      )}
    </Space>
  );
}
