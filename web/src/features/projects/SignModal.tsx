// 确认签约: the official or liaison signs for the area — the date (not in the future, not before the project was
// created), whom the organization signed with (their department or village committee by default) and a note.
import { DatePicker, Form, Input } from 'antd';
import { chinaToday } from '../../../../src/common/glossary.ts';
import { useSession } from '../../api/auth.ts';
import { useProjectStep, type ProjectDetail } from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { defaultSignedWith } from './life.ts';
import { StepModal } from './StepModal.tsx';
import { dateItemProps } from './dates.ts';
import { useStepSubmit } from './useStepSubmit.ts';
import { W } from './words.ts';

interface Values {
  signedOn?: string;
  signedWith?: string;
  note?: string;
}


export function SignModal({ project, onClose }: { project: ProjectDetail; onClose: () => void }) {
  const { l } = useI18n();
  const { data: me } = useSession();
  const [form] = Form.useForm<Values>();
  const sign = useProjectStep('sign');
  const { problems, submit } = useStepSubmit(form, ['signedOn', 'signedWith', 'note'], l(W.signDone), onClose);
  const today = chinaToday();
  const created = project.createdAt.slice(0, 10);

  const onSubmit = () =>
    void submit((values, handlers) => {
      const note = values.note?.trim();
      sign.mutate(
        { id: project.id, body: { signedOn: values.signedOn ?? today, signedWith: (values.signedWith ?? '').trim(), ...(note ? { note } : {}) } },
        handlers,
      );
    });

  return (
    <StepModal
      title={l(W.sign)}
      help={l(W.signHelp)}
      submitText={l(W.sign)}
      testId="project-sign"
      pending={sign.isPending}
      problems={problems}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ signedOn: today, signedWith: me ? defaultSignedWith(me) : '' }}
      >
        <Form.Item name="signedOn" label={l(W.signedOn)} rules={[{ required: true, message: l(W.chooseDate) }]} {...dateItemProps}>
          <DatePicker
            data-testid="project-sign-date"
            disabledDate={(d) => d.format('YYYY-MM-DD') > today || d.format('YYYY-MM-DD') < created}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item name="signedWith" label={l(W.signedWith)} rules={[{ required: true, whitespace: true, message: l(W.required) }]}>
          <Input data-testid="project-sign-with" maxLength={80} placeholder="如 巫溪县乡村振兴局、中岗村村民委员会" />
        </Form.Item>
        <Form.Item name="note" label={l(W.noteOptional)}>
          <Input.TextArea data-testid="project-sign-note" maxLength={1000} showCount autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </StepModal>
  );
}
