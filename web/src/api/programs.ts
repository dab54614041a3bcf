// Programs (工作方案) and the key areas they designate, with their contacts. Reading is public; officials whose scope
// contains a program's region edit it.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Contact,
  ContactInput,
  CreateDesignationBody,
  CreateProgramBody,
  Designation,
  DesignationPage,
  ListProgramsQuery,
  Program,
  ProgramPage,
  UpdateDesignationBody,
  UpdateProgramBody,
} from '../../../src/server/modules/programs/schemas.ts';
import { api } from './client.ts';

export type { Contact, ContactInput, CreateDesignationBody, CreateProgramBody, Designation, Program, UpdateDesignationBody, UpdateProgramBody };

export type ProgramKind = Program['kind'];
export type DesignationKind = Designation['kind'];

export const PROGRAM_KINDS = ['poverty_alleviation', 'rural_revitalization'] as const satisfies readonly ProgramKind[];

/** In the order the published lists use: counties, townships, villages, then the rural-revitalization counties. */
export const DESIGNATION_KINDS = [
  'key_county_national',
  'key_county_municipal',
  'deep_poverty_township',
  'designated_village',
  'national_key_support_county',
] as const satisfies readonly DesignationKind[];

// The lists above name every kind the server knows: a new kind on the server fails the type check here.
const _allProgramKinds: Exclude<ProgramKind, (typeof PROGRAM_KINDS)[number]> extends never ? true : never = true;
const _allDesignationKinds: Exclude<DesignationKind, (typeof DESIGNATION_KINDS)[number]> extends never ? true : never = true;

/** The code length of the regions each kind designates (6 county, 9 township, 12 village). */
export const DESIGNATION_LEVEL: Record<DesignationKind, number> = {
  key_county_national: 6,
  key_county_municipal: 6,
  deep_poverty_township: 9,
  designated_village: 12,
  national_key_support_county: 6,
};

export type ProgramFilters = Omit<ListProgramsQuery, 'cursor' | 'limit'>;

const PAGE_SIZE = 30;
/** The server's largest page: a program designates at most a few hundred areas, so a few requests load them all. */
const DESIGNATION_PAGE = 200;

export function usePrograms(filters: ProgramFilters) {
  return useInfiniteQuery({
    queryKey: ['programs', 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      api<ProgramPage>('/programs', { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useProgram(id: number | null) {
  return useQuery({
    queryKey: ['programs', 'one', id],
    queryFn: ({ signal }) => api<Program>(`/programs/${id ?? 0}`, { signal }),
    enabled: id !== null,
  });
}

function useInvalidatePrograms() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['programs'] });
}

export function useCreateProgram() {
  const invalidate = useInvalidatePrograms();
  return useMutation({
    mutationFn: (body: CreateProgramBody) => api<Program>('/programs', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useUpdateProgram() {
  const invalidate = useInvalidatePrograms();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateProgramBody }) => api<Program>(`/programs/${id}`, { method: 'PATCH', body }),
    onSuccess: invalidate,
  });
}

export function useRetireProgram() {
  const invalidate = useInvalidatePrograms();
  return useMutation({
    mutationFn: (id: number) => api<Program>(`/programs/${id}/retire`, { method: 'POST' }),
    onSuccess: invalidate,
  });
}

export const designationsKey = (programId: number) => ['designations', programId] as const;

/** Every designation of a program, following the keyset cursor to the end. */
async function fetchAllDesignations(programId: number, includeRetired: boolean, signal: AbortSignal): Promise<Designation[]> {
  const items: Designation[] = [];
  let cursor: string | undefined;
  // A bound on the pages, so that a server answering the same cursor again cannot keep the page busy forever.
  for (let page = 0; page < 100; page += 1) {
    const reply = await api<DesignationPage>(`/programs/${programId}/designations`, {
      query: { limit: DESIGNATION_PAGE, cursor, includeRetired: includeRetired || undefined },
      signal,
    });
    items.push(...reply.items);
    if (!reply.nextCursor) break;
    cursor = reply.nextCursor;
  }
  return items;
}

export function useAllDesignations(programId: number | null, includeRetired = false) {
  return useQuery({
    queryKey: [...designationsKey(programId ?? 0), { includeRetired }],
    queryFn: ({ signal }) => fetchAllDesignations(programId ?? 0, includeRetired, signal),
    enabled: programId !== null,
  });
}

function useInvalidateDesignations(programId: number) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: designationsKey(programId) });
}

export function useCreateDesignation(programId: number) {
  const invalidate = useInvalidateDesignations(programId);
  return useMutation({
    mutationFn: (body: CreateDesignationBody) =>
      api<Designation>(`/programs/${programId}/designations`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useUpdateDesignation(programId: number) {
  const invalidate = useInvalidateDesignations(programId);
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateDesignationBody }) =>
      api<Designation>(`/designations/${id}`, { method: 'PATCH', body }),
    onSuccess: invalidate,
  });
}

export function useRetireDesignation(programId: number) {
  const invalidate = useInvalidateDesignations(programId);
  return useMutation({
    mutationFn: (id: number) => api<Designation>(`/designations/${id}/retire`, { method: 'POST' }),
    onSuccess: invalidate,
  });
}
