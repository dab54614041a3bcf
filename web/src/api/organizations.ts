// Organizations (社会组织): self-registration, the organization's own page (edit, resubmit, logo, members), the
// officials' list, review and export, and the public directory.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type {
  DirectoryPage as DirectoryPageSchema,
  DirectoryQuery,
  ExportOrganizationsBody,
  ListOrganizationsQuery,
  Member as MemberSchema,
  MemberInvitation as MemberInvitationSchema,
  MemberList as MemberListSchema,
  Offer,
  Organization,
  OrganizationListItem,
  OrganizationPage as OrganizationPageSchema,
  PublicOrganization,
  RegisterOrganizationBody,
  UpdateOrganizationBody,
} from '../../../src/server/modules/organizations/schemas.ts';
import type { OrganizationForm } from '../../../src/common/glossary.ts';
import { api } from './client.ts';

export type { Offer, Organization, OrganizationForm, OrganizationListItem, PublicOrganization, RegisterOrganizationBody, UpdateOrganizationBody };
export type Member = Static<typeof MemberSchema>;
export type MemberInvitation = Static<typeof MemberInvitationSchema>;
type MemberList = Static<typeof MemberListSchema>;
type OrganizationPage = Static<typeof OrganizationPageSchema>;
type DirectoryPage = Static<typeof DirectoryPageSchema>;
export type OrganizationStatus = Organization['status'];
export type RegistrationLevel = Organization['registrationLevel'];
export type Grade = NonNullable<Organization['grade']>;
export type OfferKind = Offer['kind'];
export type ReviewEvent = Organization['history'][number];
export type ReviewAction = ReviewEvent['action'];
export type PendingChange = NonNullable<Organization['pendingChange']>;
export type SimilarOrganization = Organization['similar'][number];
export type OrganizationSort = NonNullable<ListOrganizationsQuery['sort']>;

export const ORGANIZATION_STATUSES = ['pending', 'returned', 'approved'] as const satisfies readonly OrganizationStatus[];
export const REGISTRATION_LEVELS = ['national', 'provincial', 'municipal', 'county'] as const satisfies readonly RegistrationLevel[];
export const GRADES = ['5A', '4A', '3A', '2A', '1A'] as const satisfies readonly Grade[];
export const OFFER_KINDS = ['money', 'materials', 'skills', 'people'] as const satisfies readonly OfferKind[];
export const ORGANIZATION_SORTS = ['newest', 'name', 'submitted'] as const satisfies readonly OrganizationSort[];
export const REVIEW_ACTIONS = [
  'submit', 'resubmit', 'approve', 'return', 'change_submit', 'change_approve', 'change_return', 'import',
] as const satisfies readonly ReviewAction[];

// The lists above name every value the server knows: a new one on the server fails the type check here.
const _allStatuses: Exclude<OrganizationStatus, (typeof ORGANIZATION_STATUSES)[number]> extends never ? true : never = true;
const _allLevels: Exclude<RegistrationLevel, (typeof REGISTRATION_LEVELS)[number]> extends never ? true : never = true;
const _allGrades: Exclude<Grade, (typeof GRADES)[number]> extends never ? true : never = true;
const _allOffers: Exclude<OfferKind, (typeof OFFER_KINDS)[number]> extends never ? true : never = true;
const _allSorts: Exclude<OrganizationSort, (typeof ORGANIZATION_SORTS)[number]> extends never ? true : never = true;
const _allActions: Exclude<ReviewAction, (typeof REVIEW_ACTIONS)[number]> extends never ? true : never = true;

/** The server's limit on a logo. */
export const MAX_LOGO_BYTES = 1024 * 1024;

export type OrganizationFilters = Omit<ListOrganizationsQuery, 'cursor' | 'limit'>;
export type DirectoryFilters = Omit<DirectoryQuery, 'cursor' | 'limit'>;

const PAGE_SIZE = 30;
const DIRECTORY_PAGE = 24;

const orgKey = (id: number) => ['organizations', 'one', id] as const;
const membersKey = (id: number) => ['organizations', 'members', id] as const;

export function useRegisterOrganization() {
  return useMutation({
    mutationFn: (body: RegisterOrganizationBody) => api<Organization>('/organizations/register', { method: 'POST', body }),
  });
}

export function useOrganization(id: number | null) {
  return useQuery({
    queryKey: orgKey(id ?? 0),
    queryFn: ({ signal }) => api<Organization>(`/organizations/${id ?? 0}`, { signal }),
    enabled: id !== null,
  });
}

/** Keeps the organization the server answered, and refreshes the lists and the directory it may change. */
function useRemember() {
  const client = useQueryClient();
  return (org: Organization) => {
    client.setQueryData(orgKey(org.id), org);
    void client.invalidateQueries({ queryKey: ['organizations', 'list'] });
    void client.invalidateQueries({ queryKey: ['directory'] });
  };
}

export function useUpdateOrganization(id: number) {
  const remember = useRemember();
  return useMutation({
    mutationFn: (body: UpdateOrganizationBody) => api<Organization>(`/organizations/${id}`, { method: 'PATCH', body }),
    onSuccess: remember,
  });
}

export function useResubmitOrganization(id: number) {
  const remember = useRemember();
  return useMutation({
    mutationFn: () => api<Organization>(`/organizations/${id}/resubmit`, { method: 'POST' }),
    onSuccess: remember,
  });
}

export function useApproveOrganization(id: number) {
  const remember = useRemember();
  return useMutation({
    mutationFn: () => api<Organization>(`/organizations/${id}/approve`, { method: 'POST' }),
    onSuccess: remember,
  });
}

export function useReturnOrganization(id: number) {
  const remember = useRemember();
  return useMutation({
    mutationFn: (reason: string) => api<Organization>(`/organizations/${id}/return`, { method: 'POST', body: { reason } }),
    onSuccess: remember,
  });
}

export function useUploadLogo(id: number) {
  const remember = useRemember();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api<Organization>(`/organizations/${id}/logo`, { method: 'POST', body: form });
    },
    onSuccess: remember,
  });
}

export function useOrganizations(filters: OrganizationFilters) {
  return useInfiniteQuery({
    queryKey: ['organizations', 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      api<OrganizationPage>('/organizations', { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** How many organizations in scope await review (the first page is enough to say "30+"). */
export function usePendingCount() {
  return useQuery({
    queryKey: ['organizations', 'list', 'pending-count'],
    queryFn: ({ signal }) => api<OrganizationPage>('/organizations', { query: { status: 'pending', limit: 100 }, signal }),
    select: (page) => ({ count: page.items.length, more: page.nextCursor !== null }),
  });
}

export function useStartOrganizationExport() {
  const client = useQueryClient();
  return useMutation({
    // The export holds what the list shows: its filters and order, every page.
    mutationFn: (filters: ExportOrganizationsBody) => api<{ jobId: string }>('/organizations/export', { method: 'POST', body: filters }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['jobs', 'list'] }),
  });
}

export function useMembers(id: number | null) {
  return useQuery({
    queryKey: membersKey(id ?? 0),
    queryFn: ({ signal }) => api<MemberList>(`/organizations/${id ?? 0}/members`, { signal }),
    select: (list) => list.items,
    enabled: id !== null,
  });
}

export function useInviteMember(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (displayName: string) =>
      api<MemberInvitation>(`/organizations/${id}/members/invitations`, { method: 'POST', body: { displayName } }),
    onSuccess: () => client.invalidateQueries({ queryKey: membersKey(id) }),
  });
}

export function useRemoveMember(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (accountId: number) => api<unknown>(`/organizations/${id}/members/${accountId}/remove`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: membersKey(id) }),
  });
}

export function useDirectory(filters: DirectoryFilters) {
  return useInfiniteQuery({
    queryKey: ['directory', 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      api<DirectoryPage>('/public/organizations', { query: { ...filters, limit: DIRECTORY_PAGE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function usePublicOrganization(id: number | null) {
  return useQuery({
    queryKey: ['directory', 'one', id ?? 0],
    queryFn: ({ signal }) => api<PublicOrganization>(`/public/organizations/${id ?? 0}`, { signal }),
    enabled: id !== null,
  });
}
