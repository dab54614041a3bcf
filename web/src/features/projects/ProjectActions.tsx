// The steps the server allows on this project for the caller (`actions`, from states.ts): the organization asks to
// sign, records landing, progress and completion, or cancels; the area signs or returns, follows up, and officials
// close. Each step reads the project again after (the hooks refresh every project query).
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { App, Button, Space } from 'antd';
import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  CommentOutlined,
  EditOutlined,
  FlagOutlined,
  RocketOutlined,
  RollbackOutlined,
  SafetyCertificateOutlined,
  SendOutlined,
  SignatureOutlined,
} from '@ant-design/icons';
import { useProjectStep, type ProjectDetail } from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { TextModal } from '../../shared/TextModal.tsx';
import { CompleteModal } from './CompleteModal.tsx';
import { LandModal } from './LandModal.tsx';
import { RequestSigningModal } from './RequestSigningModal.tsx';
import { SignModal } from './SignModal.tsx';
import { W } from './words.ts';

type Asking = 'requestSigning' | 'sign' | 'returnSigning' | 'land' | 'progress' | 'complete' | 'close' | 'cancel' | 'followUp' | null;

export function ProjectActions({ project }: { project: ProjectDetail }) {
  const { l } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [asking, setAsking] = useState<Asking>(null);
  const returnSigning = useProjectStep('return-signing');
  const progress = useProjectStep('progress');
  const close = useProjectStep('close');
  const cancel = useProjectStep('cancel');
  const followUp = useProjectStep('follow-ups');
  const { actions } = project;
  const id = project.id;
  const done = () => setAsking(null);

  return (
    <Space wrap data-testid="project-actions">
      {actions.edit && (
        <Button data-testid="project-edit" icon={<EditOutlined />} onClick={() => void navigate(`/projects/${id}/edit`)}>
          {l(W.edit)}
        </Button>
      )}
      {actions.requestSigning && (
        <Button data-testid="project-request-signing" type="primary" icon={<SendOutlined />} onClick={() => setAsking('requestSigning')}>
          {l(W.requestSigning)}
        </Button>
      )}
      {actions.sign && (
        <Button data-testid="project-sign" type="primary" icon={<SignatureOutlined />} onClick={() => setAsking('sign')}>
          {l(W.sign)}
        </Button>
      )}
      {actions.returnSigning && (
        <Button data-testid="project-return-signing" icon={<RollbackOutlined />} onClick={() => setAsking('returnSigning')}>
          {l(W.returnSigning)}
        </Button>
      )}
      {actions.land && (
        <Button data-testid="project-land" type="primary" icon={<RocketOutlined />} onClick={() => setAsking('land')}>
          {l(W.land)}
        </Button>
      )}
      {actions.progress && (
        <Button data-testid="project-progress" icon={<FlagOutlined />} onClick={() => setAsking('progress')}>
          {l(W.progress)}
        </Button>
      )}
      {actions.complete && (
        <Button data-testid="project-complete" icon={<CheckCircleOutlined />} onClick={() => setAsking('complete')}>
          {l(W.complete)}
        </Button>
      )}
      {actions.close && (
        <Button data-testid="project-close" type="primary" icon={<SafetyCertificateOutlined />} onClick={() => setAsking('close')}>
          {l(W.close)}
        </Button>
      )}
      {actions.followUp && (
        <Button data-testid="project-follow-up" icon={<CommentOutlined />} onClick={() => setAsking('followUp')}>
          {l(W.followUp)}
        </Button>
      )}
      {actions.cancel && (
        <Button data-testid="project-cancel" danger icon={<CloseCircleOutlined />} onClick={() => setAsking('cancel')}>
          {l(W.cancelProject)}
        </Button>
      )}

      {asking === 'requestSigning' && <RequestSigningModal project={project} onClose={done} />}
      {asking === 'sign' && <SignModal project={project} onClose={done} />}
      {asking === 'land' && <LandModal project={project} onClose={done} />}
      {asking === 'complete' && <CompleteModal project={project} onClose={done} />}
      {asking === 'returnSigning' && (
        <TextModal
          title={l(W.returnTitle)}
          field="reason"
          label={l(W.reason)}
          help={l(W.returnHelp)}
          requiredMessage={l(W.reasonRequired)}
          maxLength={500}
          submitText={l(W.returnSigning)}
          danger
          testId="project-return-signing"
          onSubmit={(reason) => returnSigning.mutateAsync({ id, body: { reason } }).then(() => void message.success(l(W.returned)))}
          onClose={done}
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
          testId="project-progress"
          onSubmit={(note) => progress.mutateAsync({ id, body: { note } }).then(() => void message.success(l(W.progressDone)))}
          onClose={done}
        />
      )}
      {asking === 'close' && (
        <TextModal
          title={l(W.closeTitle)}
          field="note"
          label={l(W.closeNote)}
          help={l(W.closeHelp)}
          requiredMessage={l(W.noteRequired)}
          maxLength={1000}
          submitText={l(W.close)}
          testId="project-close"
          onSubmit={(note) => close.mutateAsync({ id, body: { note } }).then(() => void message.success(l(W.closeDone)))}
          onClose={done}
        />
      )}
      {asking === 'followUp' && (
        <TextModal
          title={l(W.followUp)}
          field="note"
          label={l(W.followUpNote)}
          help={l(W.followUpHelp)}
          requiredMessage={l(W.noteRequired)}
          maxLength={1000}
          submitText={l(W.submit)}
          testId="project-follow-up"
          onSubmit={(note) => followUp.mutateAsync({ id, body: { note } }).then(() => void message.success(l(W.followUpDone)))}
          onClose={done}
        />
      )}
      {asking === 'cancel' && (
        <TextModal
          title={l(W.cancelProject)}
          field="reason"
          label={l(W.reason)}
          help={l(W.cancelHelp)}
          requiredMessage={l(W.reasonRequired)}
          maxLength={500}
          submitText={l(W.cancelProject)}
          danger
          testId="project-cancel"
          onSubmit={(reason) => cancel.mutateAsync({ id, body: { reason } }).then(() => void message.success(l(W.cancelDone)))}
          onClose={done}
        />
      )}
    </Space>
  );
}
