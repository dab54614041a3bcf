// A step the organization reports as done on a day (记录落地, 项目完成): the day (not before `earliest`, not in the
// future), a note on what happened, and the project's files of one kind that show it, picked or uploaded right here.
import { DatePicker, Form, Input } from 'antd';
import { chinaToday } from '../../../../src/common/glossary.ts';
import type { ProjectDetail, ProjectFile, ProjectFileKind } from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FileChoice } from './FileChoice.tsx';
import { StepModal } from './StepModal.tsx';
import { dateItemProps } from './dates.ts';
import { useStepSubmit, type StepHandlers } from './useStepSubmit.ts';
import { W } from './words.ts';

interface Values {
  note?: string;
  fileIds?: number[];
  [dateField: string]: string | number[] | undefined;
}

export interface DatedStep {
  on: string;
  note: string;
  fileIds: number[];
}

export interface DatedStepModalProps {
  project: ProjectDetail;
  /** The step's test id: the date, note and submit carry it with -date, -note and -submit. */
  testId: string;
  /** The server's name of the day (landedOn, completedOn); the form item has the same name so its errors land there. */
  dateField: string;
  earliest: string;
  words: {
    title: string;
    submit: string;
    done: string;
    dateLabel: string;
    noteLabel: string;
    notePlaceholder?: string;
    filesLabel: string;
    filesHelp: string;
    /** Given when at least one file is required: the message shown when none is ticked. */
    filesRequired?: string;
  };
  noteMaxLength: number;
  fileKind: ProjectFileKind;
  filesTestId: string;
  /** The files ticked when the form opens, out of the project's files of this kind. */
  initialFileIds: (files: ProjectFile[]) => number[];
  pending: boolean;
  send: (step: DatedStep, handlers: StepHandlers) => void;
  onClose: () => void;
}

export function DatedStepModal(props: DatedStepModalProps) {
  const { project, testId, dateField, earliest, words, fileKind, pending, send, onClose } = props;
  const { l } = useI18n();
  const [form] = Form.useForm<Values>();
  const { problems, submit } = useStepSubmit(form, [dateField, 'note', 'fileIds'], words.done, onClose);
  const today = chinaToday();
  const files = project.files.filter((f) => f.kind === fileKind);

  const onSubmit = () =>
    void submit((values, handlers) => {
      const on = values[dateField];
      send({ on: typeof on === 'string' ? on : today, note: (values.note ?? '').trim(), fileIds: values.fileIds ?? [] }, handlers);
    });

  return (
    <StepModal
      title={words.title}
      submitText={words.submit}
      testId={testId}
      pending={pending}
      problems={problems}
      onSubmit={onSubmit}
      onClose={onClose}
      width={620}
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ [dateField]: today, fileIds: props.initialFileIds(files) }}>
        <Form.Item name={dateField} label={words.dateLabel} rules={[{ required: true, message: l(W.chooseDate) }]} {...dateItemProps}>
          <DatePicker
            data-testid={`${testId}-date`}
            disabledDate={(d) => d.format('YYYY-MM-DD') > today || d.format('YYYY-MM-DD') < earliest}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item name="note" label={words.noteLabel} rules={[{ required: true, whitespace: true, message: l(W.required) }]}>
          <Input.TextArea
            data-testid={`${testId}-note`}
            maxLength={props.noteMaxLength}
            showCount
            autoSize={{ minRows: 3, maxRows: 8 }}
            placeholder={words.notePlaceholder}
          />
        </Form.Item>
        <Form.Item
          name="fileIds"
          label={words.filesLabel}
          extra={words.filesHelp}
          required={words.filesRequired !== undefined}
          rules={words.filesRequired === undefined ? [] : [{ type: 'array', min: 1, message: words.filesRequired }]}
        >
          <FileChoice projectId={project.id} kind={fileKind} files={files} testId={props.filesTestId} />
        </Form.Item>
      </Form>
    </StepModal>
  );
}
