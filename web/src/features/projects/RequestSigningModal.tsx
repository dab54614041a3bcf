// 申请签约: the organization asks the area to sign, after being reminded that what is signed stays as signed.
import { useState } from 'react';
import { App } from 'antd';
import { errorFieldMessages, errorText } from '../../api/client.ts';
import { useProjectStep, type ProjectDetail } from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { StepModal } from './StepModal.tsx';
import { W } from './words.ts';

export function RequestSigningModal({ project, onClose }: { project: ProjectDetail; onClose: () => void }) {
  const { l } = useI18n();
  const { message } = App.useApp();
  const [problems, setProblems] = useState<string[]>([]);
  const request = useProjectStep('request-signing');
  return (
    <StepModal
      title={l(W.requestSigningAsk)}
      help={l(W.requestSigningHelp)}
      submitText={l(W.requestSigning)}
      testId="project-request-signing"
      pending={request.isPending}
      problems={problems}
      onSubmit={() => {
        setProblems([]);
        request.mutate(
          { id: project.id, body: {} },
          {
            onSuccess: () => {
              message.success(l(W.requestSigningDone));
              onClose();
            },
            onError: (err) => setProblems([errorText(err), ...errorFieldMessages(err)]),
          },
        );
      }}
      onClose={onClose}
    />
  );
}
