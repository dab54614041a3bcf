// 记录落地: the organization says the project actually started — the day (not before signing, not in the future), how,
// and the evidence (photos or documents of kind evidence, picked or uploaded right here; at least one).
import { useState } from 'react';
import { App, DatePicker, Form, Input } from 'antd';
import { chinaToday } from '../../../../src/common/glossary.ts';
import { applyServerErrors } from '../../api/forms.ts';
import { useProjectStep, type ProjectDetail } from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FileChoice } from './FileChoice.tsx';
import { StepModal } from './StepModal.tsx';
import { dateItemProps } from './dates.ts';
import { W } from './words.ts';

interface Values {
  landedOn?: string;
  note?: string;
  fileIds?: number[];
}


export function LandModal({ project, onClose }: { project: ProjectDetail; onClose: () => void }) {
  const { l } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<string[]>([]);
  const land = useProjectStep('land');
  const today = chinaToday();
  const earliest = project.signedOn ?? '';
  const evidence = project.files.filter((f) => f.kind === 'evidence');

  const submit = async () => {
    setProblems([]);
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    land.mutate(
      { id: project.id, body: { landedOn: values.landedOn ?? today, note: (values.note ?? '').trim(), fileIds: values.fileIds ?? [] } },
      {
        onSuccess: () => {
          message.success(l(W.landDone));
          onClose();
        },
        onError: (err) => setProblems(applyServerErrors(form, err, ['landedOn', 'note', 'fileIds'])),
      },
    );
  };

  return (
    <StepModal
      title={l(W.landTitle)}
      submitText={l(W.land)}
      testId="project-land"
      pending={land.isPending}
      problems={problems}
      onSubmit={() => void submit()}
      onClose={onClose}
      width={620}
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ landedOn: today, fileIds: evidence.length === 1 && evidence[0] ? [evidence[0].id] : [] }}>
        <Form.Item name="landedOn" label={l(W.landedOnLabel)} rules={[{ required: true, message: l(W.chooseDate) }]} {...dateItemProps}>
          <DatePicker
            data-testid="project-land-date"
            disabledDate={(d) => d.format('YYYY-MM-DD') > today || d.format('YYYY-MM-DD') < earliest}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item name="note" label={l(W.landNote)} rules={[{ required: true, whitespace: true, message: l(W.required) }]}>
          <Input.TextArea
            data-testid="project-land-note"
            maxLength={1000}
            showCount
            autoSize={{ minRows: 3, maxRows: 8 }}
            placeholder={l(W.landNotePlaceholder)}
          />
        </Form.Item>
        <Form.Item
          name="fileIds"
          label={l(W.evidence)}
          extra={l(W.evidenceHelp)}
          required
          rules={[{ type: 'array', min: 1, message: l(W.evidenceRequired) }]}
        >
          <FileChoice projectId={project.id} kind="evidence" files={evidence} testId="project-land-evidence" />
        </Form.Item>
      </Form>
    </StepModal>
  );
}
