// 项目完成: the organization reports the project done — the day (not before landing, not in the future), what was done,
// and the completion reports (optional; picked or uploaded right here).
import { useProjectStep, type ProjectDetail } from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { DatedStepModal } from './DatedStepModal.tsx';
import { W } from './words.ts';

export function CompleteModal({ project, onClose }: { project: ProjectDetail; onClose: () => void }) {
  const { l } = useI18n();
  const complete = useProjectStep('complete');
  return (
    <DatedStepModal
      project={project}
      testId="project-complete"
      dateField="completedOn"
      earliest={project.landedOn ?? ''}
      words={{
        title: l(W.completeTitle),
        submit: l(W.complete),
        done: l(W.completeDone),
        dateLabel: l(W.completedOnLabel),
        noteLabel: l(W.completeNote),
        filesLabel: l(W.completionFiles),
        filesHelp: l(W.completionHelp),
      }}
      noteMaxLength={2000}
      fileKind="completion"
      filesTestId="project-complete-files"
      initialFileIds={(reports) => reports.map((f) => f.id)}
      pending={complete.isPending}
      send={(step, handlers) =>
        complete.mutate({ id: project.id, body: { completedOn: step.on, note: step.note, fileIds: step.fileIds } }, handlers)
      }
      onClose={onClose}
    />
  );
}
