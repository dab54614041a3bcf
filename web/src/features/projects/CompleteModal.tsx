// 项目完成: the organization reports the project done — the day (not before landing, not in the future), what was done,
// and the completion reports (optional; picked or uploaded right here).
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
  completedOn?: string;
  note?: string;
  fileIds?: number[];
}


export function CompleteModal({ project, onClose }: { project: ProjectDetail; onClose: () => void }) {
  const { l } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<string[]>([]);
  const complete = useProjectStep('complete');
  const today = chinaToday();
  const earliest = project.landedOn ?? '';
  const reports = project.files.filter((f) => f.kind === 'completion');

  const submit = async () => {
    setProblems([]);
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    complete.mutate(
      { id: project.id, body: { completedOn: values.completedOn ?? today, note: (values.note ?? '').trim(), fileIds: values.fileIds ?? [] } },
      {
        onSuccess: () => {
          message.success(l(W.completeDone));
          onClose();
        },
        onError: (err) => setProblems(applyServerErrors(form, err, ['completedOn', 'note', 'fileIds'])),
      },
    );
  };

  return (
    <StepModal
      title={l(W.completeTitle)}
      submitText={l(W.complete)}
      testId="project-complete"
      pending={complete.isPending}
      problems={problems}
      onSubmit={() => void submit()}
      onClose={onClose}
      width={620}
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ completedOn: today, fileIds: reports.map((f) => f.id) }}>
        <Form.Item name="completedOn" label={l(W.completedOnLabel)} rules={[{ required: true, message: l(W.chooseDate) }]} {...dateItemProps}>
          <DatePicker
            data-testid="project-complete-date"
            disabledDate={(d) => d.format('YYYY-MM-DD') > today || d.format('YYYY-MM-DD') < earliest}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item name="note" label={l(W.completeNote)} rules={[{ required: true, whitespace: true, message: l(W.required) }]}>
          <Input.TextArea data-testid="project-complete-note" maxLength={2000} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <Form.Item name="fileIds" label={l(W.completionFiles)} extra={l(W.completionHelp)}>
          <FileChoice projectId={project.id} kind="completion" files={reports} testId="project-complete-files" />
        </Form.Item>
      </Form>
    </StepModal>
  );
}
