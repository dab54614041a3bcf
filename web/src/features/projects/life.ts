// Where a project stands in its life (计划 → 待签约 → 签约 → 落地 → 实施 → 完成 → 结项) for the steps bar, and whom
// an official or liaison signs for by default (their department or village committee).
import type { DepartmentKind, Role } from '../../../../src/common/glossary.ts';
import type { ProjectEventAction, ProjectStatus } from '../../../../src/common/projects.ts';

export const LIFE = ['planned', 'signing', 'signed', 'landed', 'in_progress', 'completed', 'closed'] as const;
export type LifeStatus = (typeof LIFE)[number];

export interface LifePosition {
  /** The step the project is at (or was at when cancelled). */
  current: number;
  status: 'process' | 'finish' | 'error';
}

function indexOf(status: string | null | undefined): number {
  const i = (LIFE as readonly string[]).indexOf(status ?? '');
  return i < 0 ? 0 : i;
}

/**
 * The steps bar's position: a closed project has finished every step; a cancelled one shows the step it was at when
 * cancelled (the cancellation event's from-status) in red.
 */
export function lifePosition(
  status: ProjectStatus,
  events: readonly { action: ProjectEventAction; fromStatus: string | null }[],
): LifePosition {
  if (status === 'cancelled') {
    const cancel = [...events].reverse().find((e) => e.action === 'cancelled');
    return { current: indexOf(cancel?.fromStatus), status: 'error' };
  }
  if (status === 'closed') return { current: LIFE.length - 1, status: 'finish' };
  return { current: indexOf(status), status: 'process' };
}

interface Signer {
  role: Role;
  departmentKind: DepartmentKind | null;
  scopeRegionCode: string | null;
  /** The scope's full path, "重庆市 / 巫溪县 / 红池坝镇 / 中岗村". */
  scopeRegionName: string | null;
}

const DEPARTMENT_SUFFIX: Record<DepartmentKind, string> = {
  rural_revitalization: '乡村振兴局',
  civil_affairs: '民政局',
};

/**
 * "巫溪县乡村振兴局" for a county official, "中岗村村民委员会" for a village liaison, "红池坝镇人民政府" for a
 * township's; empty when nothing sensible can be said (a national admin), for the person to write.
 */
export function defaultSignedWith(signer: Signer): string {
  const place = signer.scopeRegionName?.split('/').map((s) => s.trim()).filter(Boolean).at(-1) ?? '';
  const level = signer.scopeRegionCode?.length ?? 0;
  if (!place) return '';
  if (signer.role === 'department_official' || signer.role === 'platform_admin') {
    return signer.departmentKind ? `${place}${DEPARTMENT_SUFFIX[signer.departmentKind]}` : place;
  }
  if (signer.role === 'liaison') {
    if (level === 12) return place.endsWith('社区') ? `${place}居民委员会` : `${place}村民委员会`;
    if (level === 9) return place.endsWith('街道') ? `${place}办事处` : `${place}人民政府`;
    return place;
  }
  return '';
}
