// Projects (帮扶项目) and their landing (清单式管理): the organization's and the area's lists, one project with what
// the caller may do, the form's create and edit, files, every step of a project's life, the officials' checklist with
// its export, and the landing grace period a department sets. Also the few choices the project pages offer (fairs,
// programs, organizations), read here so that the pages do not wait on other features' hooks.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BudgetLine,
  ChecklistExportBody,
  ChecklistItem,
  ChecklistPage,
  ChecklistQuery,
  CompleteProjectBody,
  CreateProjectBody,
  LandingSettings,
  LandProjectBody,
  ListProjectsQuery,
  ProjectDetail,
  ProjectEvent,
  ProjectFile,
  ProjectPage,
  ProjectStepReply,
  ProjectSummary,
  ResponsiblePerson,
  SignProjectBody,
  UpdateProjectBody,
} from '../../../src/server/modules/projects/schemas.ts';
import type { FairPage, FairSummary } from '../../../src/server/modules/fairs/schemas.ts';
import type { PairingDetail } from '../../../src/server/modules/pairings/schemas.ts';
import type { Program, ProgramPage } from '../../../src/server/modules/programs/schemas.ts';
import type { OrganizationListItem } from '../../../src/server/modules/organizations/schemas.ts';
import type { ProjectFileKind } from '../../../src/common/projects.ts';
import { api } from './client.ts';

export type {
  BudgetLine,
  ChecklistItem,
  CompleteProjectBody,
  CreateProjectBody,
  FairSummary,
  LandingSettings,
  LandProjectBody,
  PairingDetail,
  Program,
  ProjectDetail,
  ProjectEvent,
  ProjectFile,
  ProjectSummary,
  ResponsiblePerson,
  SignProjectBody,
  UpdateProjectBody,
};
export type ProjectActions = ProjectDetail['actions'];
export type ProjectFilters = Omit<ListProjectsQuery, 'cursor' | 'limit'>;
export type ChecklistFilters = Omit<ChecklistQuery, 'cursor' | 'limit'>;
export type ChecklistState = NonNullable<ChecklistQuery['state']>;
export type ChecklistTotals = ChecklistPage['totals'];

/** The checklist's states, as the server names them (schemas.ts holds them beside typebox, which the web must not load). */
export const CHECKLIST_STATES = ['all', 'not_landed', 'overdue', 'landed'] as const satisfies readonly ChecklistState[];
const _allChecklistStates: Exclude<ChecklistState, (typeof CHECKLIST_STATES)[number]> extends never ? true : never = true;

export {
  FUNDING_SOURCES,
  PROJECT_FILE_KINDS,
  PROJECT_STATUSES,
  type FundingSource,
  type ProjectFileKind,
  type ProjectStatus,
} from '../../../src/common/projects.ts';

/** The server's limits on a project's files. */
export const MAX_PROJECT_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_PROJECT_FILES = 30;

const PAGE_SIZE = 30;
/** Choices in a select: the server's largest page, enough for the fairs, programs of an area. */
const CHOICES = 200;

export const projectKey = (id: number) => ['projects', 'one', id] as const;
const landingSettingsKey = (region: string | null) => ['landing-settings', region ?? ''] as const;

export function useProjects(filters: ProjectFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['projects', 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      api<ProjectPage>('/projects', { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useProject(id: number | null, options: { forForm?: boolean } = {}) {
  return useQuery({
    queryKey: projectKey(id ?? 0),
    queryFn: ({ signal }) => api<ProjectDetail>(`/projects/${id ?? 0}`, { signal }),
    enabled: id !== null,
    retry: false,
    // The form holds what the person typed: a refetch on focus must not look like someone else's change.
    refetchOnWindowFocus: !options.forForm,
  });
}

/**
 * Everything a project's change may move: the project, the lists and the checklist ('projects'), a fair's dashboard
 * and a pairing's list of projects; completing a project from a claim fulfils the claim and maybe the need.
 */
function useRefresh() {
  const client = useQueryClient();
  return (options: { claims?: boolean } = {}) => {
    void client.invalidateQueries({ queryKey: ['projects'] });
    void client.invalidateQueries({ queryKey: ['fairs'] });
    void client.invalidateQueries({ queryKey: ['pairings'] });
    if (options.claims) {
      void client.invalidateQueries({ queryKey: ['claims'] });
      void client.invalidateQueries({ queryKey: ['needs'] });
    }
  };
}

export function useCreateProject() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateProjectBody) => api<{ id: number }>('/projects', { method: 'POST', body }),
    onSuccess: () => refresh(),
  });
}

export function useUpdateProject(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: UpdateProjectBody) => api<{ id: number }>(`/projects/${id}`, { method: 'PATCH', body }),
    onSuccess: () => refresh(),
  });
}

/**
 * Which file an upload added: the server answers with the whole project, so it is the one that was not there before;
 * the same content uploaded again adds none, and then it is the project's file of that name.
 */
export function uploadedFileId(files: readonly Pick<ProjectFile, 'id' | 'name'>[], before: ReadonlySet<number>, name: string): number | null {
  const added = files.filter((f) => !before.has(f.id));
  if (added.length === 1) return added[0]!.id;
  const named = files.filter((f) => f.name === name);
  return named.length > 0 ? named[named.length - 1]!.id : null;
}

export function useUploadProjectFile(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, kind }: { file: File; kind: ProjectFileKind }): Promise<{ fileId: number | null }> => {
      const before = new Set((client.getQueryData<ProjectDetail>(projectKey(id))?.files ?? []).map((f) => f.id));
      const form = new FormData();
      // The kind before the file: the server reads the parts in order and needs the kind when the file arrives.
      form.append('kind', kind);
      form.append('file', file, file.name);
      const detail = await api<ProjectDetail>(`/projects/${id}/files`, { method: 'POST', body: form });
      return { fileId: uploadedFileId(detail.files, before, file.name) };
    },
    onSuccess: () => client.invalidateQueries({ queryKey: projectKey(id) }),
  });
}

export function useDeleteProjectFile(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (fileId: number) => api<unknown>(`/projects/${id}/files/${fileId}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: projectKey(id) }),
  });
}

/** The steps of a project's life and what each sends (states.ts says who may take which, and when). */
export interface ProjectStepBodies {
  'request-signing': Record<string, never>;
  sign: SignProjectBody;
  'return-signing': { reason: string };
  land: LandProjectBody;
  progress: { note: string };
  complete: CompleteProjectBody;
  close: { note: string };
  cancel: { reason: string };
  'follow-ups': { note: string };
}
export type ProjectStepPath = keyof ProjectStepBodies;

/** One step of the project `id`; every page showing the project reads it again after. */
export function useProjectStep<P extends ProjectStepPath>(path: P) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: ProjectStepBodies[P] }) =>
      api<ProjectStepReply>(`/projects/${id}/${path}`, { method: 'POST', body }),
    onSuccess: () => refresh({ claims: path === 'complete' }),
  });
}

export function useChecklist(filters: ChecklistFilters) {
  return useInfiniteQuery({
    queryKey: ['projects', 'checklist', filters],
    queryFn: ({ pageParam, signal }) =>
      api<ChecklistPage>('/projects/checklist', { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useStartChecklistExport() {
  const client = useQueryClient();
  return useMutation({
    // The export holds what the checklist shows: its state and filters, every page.
    mutationFn: (filters: ChecklistExportBody) =>
      api<{ jobId: string }>('/projects/checklist/export', { method: 'POST', body: filters }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['jobs', 'list'] }),
  });
}

/** The landing grace period of `region` (the official's own scope when null). */
export function useLandingSettings(region: string | null, enabled = true) {
  return useQuery({
    queryKey: landingSettingsKey(region),
    queryFn: ({ signal }) => api<LandingSettings>('/landing-settings', { query: { region }, signal }),
    enabled,
    retry: false,
  });
}

export function useUpdateLandingSettings(region: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { graceDays: number }) =>
      api<LandingSettings>('/landing-settings', { method: 'PUT', query: { region }, body }),
    onSuccess: (settings) => {
      client.setQueryData(landingSettingsKey(region), settings);
      // Regions below may inherit the new value, and signed projects get new landing dues.
      void client.invalidateQueries({ queryKey: ['landing-settings'], predicate: (q) => q.queryKey[1] !== (region ?? '') });
      void client.invalidateQueries({ queryKey: ['projects'] });
    },
  });
}

// ---- Choices and prefills ----

/** Fairs to tag a project with: an organization's signed-up ones (`mine`), or those an official or liaison sees. */
export function useFairChoices(mine: boolean) {
  return useQuery({
    queryKey: ['fairs', 'list', { mine, limit: CHOICES }],
    queryFn: ({ signal }) => api<FairPage>('/fairs', { query: { mine: mine || undefined, limit: CHOICES }, signal }),
    select: (page) => page.items,
    staleTime: 60_000,
  });
}

export function useProgramChoices() {
  return useQuery({
    queryKey: ['programs', 'list', { status: 'active', limit: CHOICES }],
    queryFn: ({ signal }) => api<ProgramPage>('/programs', { query: { status: 'active', limit: CHOICES }, signal }),
    select: (page) => page.items,
    staleTime: 5 * 60_000,
  });
}

/** Organizations whose name or credit code holds `q` (officials only), for the checklist's filter. */
export function useOrganizationChoices(q: string) {
  return useQuery({
    queryKey: ['organizations', 'list', { q, status: 'approved', limit: 20 }],
    queryFn: ({ signal }) =>
      api<{ items: OrganizationListItem[] }>('/organizations', { query: { q, status: 'approved', limit: 20 }, signal }),
    select: (page) => page.items,
    enabled: q.length > 0,
    staleTime: 60_000,
  });
}

/** The pairing a new project comes from (its places, fields, program and fair prefill the form). */
export function usePairingForProject(id: number | null) {
  return useQuery({
    queryKey: ['pairings', 'one', id ?? 0],
    queryFn: ({ signal }) => api<PairingDetail>(`/pairings/${id ?? 0}`, { signal }),
    enabled: id !== null,
    retry: false,
  });
}
