// 项目进程: the life of a project as a steps bar (计划 → 待签约 → 签约 → 落地 → 实施 → 完成 → 结项), with the dates
// the project reached each step where it has them; a cancelled project shows in red where it stopped.
import { Steps } from 'antd';
import type { ProjectDetail } from '../../api/projects.ts';
import { useI18n, type Labels } from '../../i18n/index.tsx';
import { LIFE, lifePosition, type LifeStatus } from './life.ts';
import { W } from './words.ts';

const TITLES: Record<LifeStatus, Labels> = {
  planned: W.lifePlanned,
  signing: W.lifeSigning,
  signed: W.lifeSigned,
  landed: W.lifeLanded,
  in_progress: W.lifeInProgress,
  completed: W.lifeCompleted,
  closed: W.lifeClosed,
};

function dateOf(project: ProjectDetail, step: LifeStatus): string | null {
  switch (step) {
    case 'signed':
      return project.signedOn;
    case 'landed':
      return project.landedOn;
    case 'completed':
      return project.completedOn;
    case 'planned':
    case 'signing':
    case 'in_progress':
    case 'closed':
      return null;
  }
}

export function ProjectLife({ project }: { project: ProjectDetail }) {
  const { l } = useI18n();
  const position = lifePosition(project.status, project.events);
  return (
    <Steps
      data-testid="project-life"
      data-current={LIFE[position.current]}
      size="small"
      current={position.current}
      status={position.status}
      items={LIFE.map((step) => ({ title: l(TITLES[step]), content: dateOf(project, step) ?? undefined }))}
    />
  );
}
