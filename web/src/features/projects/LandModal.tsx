// 记录落地: the organization says the project actually started — the day (not before signing, not in the future), how,
// and the evidence (photos or documents of kind evidence, picked or uploaded right here; at least one).
import { useProjectStep, type ProjectDetail } from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { DatedStepModal } from './DatedStepModal.tsx';
import { W } from './words.ts';

export function LandModal({ project, onClose }: { project: ProjectDetail; onClose: () => void }) {
  const { l } = useI18n();
  const land = useProjectStep('land');
  return (
    <DatedStepModal
      project={project}
      testId="project-land"
      dateField="landedOn"
      earliest={project.signedOn ?? ''}
      words={{
        title: l(W.landTitle),
        submit: l(W.land),
        done: l(W.landDone),
        dateLabel: l(W.landedOnLabel),
        noteLabel: l(W.landNote),
        notePlaceholder: l(W.landNotePlaceholder),
        filesLabel: l(W.evidence),
        filesHelp: l(W.evidenceHelp),
        filesRequired: l(W.evidenceRequired),
      }}
      noteMaxLength={1000}
      fileKind="evidence"
      filesTestId="project-land-evidence"
      // The one piece of evidence there is is surely the one; among several the person picks.
      initialFileIds={(evidence) => (evidence.length === 1 && evidence[0] ? [evidence[0].id] : [])}
      pending={land.isPending}
      send={(step, handlers) => land.mutate({ id: project.id, body: { landedOn: step.on, note: step.note, fileIds: step.fileIds } }, handlers)}
      onClose={onClose}
    />
  );
}
