// Which step of a project's life may follow which, and from which side. The transitions, the detail's `actions`
// flags and the web app's buttons all read this table, so they cannot disagree.
import type { ProjectStatus } from '../../../common/projects.ts';

/** The organization's side (its admin and members), or the area's (officials and liaisons of a place in scope). */
export type ProjectSide = 'organization' | 'area';

export type ProjectStep =
  | 'edit'
  | 'requestSigning'
  | 'sign'
  | 'returnSigning'
  | 'land'
  | 'progress'
  | 'complete'
  | 'close'
  | 'cancel'
  | 'followUp'
  | 'upload';

interface StepRule {
  side: ProjectSide;
  from: readonly ProjectStatus[];
  /** The status after the step; absent when the step leaves the status as it is (or, for progress, see below). */
  to?: ProjectStatus;
  /** Officials only (liaisons may not): closing a completed project. */
  officialsOnly?: boolean;
}

export const PROJECT_STEPS: Record<ProjectStep, StepRule> = {
  edit: { side: 'organization', from: ['planned', 'signed', 'landed', 'in_progress'] },
  requestSigning: { side: 'organization', from: ['planned'], to: 'signing' },
  sign: { side: 'area', from: ['signing'], to: 'signed' },
  returnSigning: { side: 'area', from: ['signing'], to: 'planned' },
  land: { side: 'organization', from: ['signed'], to: 'landed' },
  // A progress note moves a landed project to in progress; later notes leave it there.
  progress: { side: 'organization', from: ['landed', 'in_progress'], to: 'in_progress' },
  complete: { side: 'organization', from: ['landed', 'in_progress'], to: 'completed' },
  close: { side: 'area', from: ['completed'], to: 'closed', officialsOnly: true },
  cancel: { side: 'organization', from: ['planned', 'signing', 'signed', 'landed', 'in_progress'], to: 'cancelled' },
  followUp: { side: 'area', from: ['signing', 'signed', 'landed', 'in_progress', 'completed'] },
  upload: { side: 'organization', from: ['planned', 'signing', 'signed', 'landed', 'in_progress', 'completed'] },
};

/** While planned everything may change; once signed, only what the area did not sign for. */
export const FIELDS_EDITABLE_AFTER_SIGNING = ['summary', 'responsible', 'targetPersons', 'targetHouseholds', 'keyPopulationCodes'] as const;

export function stepAllowed(step: ProjectStep, status: ProjectStatus, side: ProjectSide | null, isOfficial: boolean): boolean {
  const rule = PROJECT_STEPS[step];
  if (side !== rule.side) return false;
  if (rule.officialsOnly && !isOfficial) return false;
  return rule.from.includes(status);
}
