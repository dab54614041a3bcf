// Accounts in the caller's scope, and the invitations that create them.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AcceptInvitationBody, AccountSummary, CreateInvitationBody, Invitation, ListAccountsQuery,
} from '../../../src/server/modules/accounts/schemas.ts';
import type { SessionReply } from '../../../src/server/modules/auth/schemas.ts';
import { api } from './client.ts';
import { sessionKey } from './auth.ts';

export type { AccountSummary, CreateInvitationBody, Invitation };

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type AccountFilters = Omit<ListAccountsQuery, 'cursor' | 'limit'>;

const PAGE_SIZE = 30;

export function useAccounts(filters: AccountFilters) {
  return useInfiniteQuery({
    queryKey: ['accounts', 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      api<Page<AccountSummary>>('/accounts', { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useSetAccountStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: number; action: 'disable' | 'enable' }) =>
      api<AccountSummary>(`/accounts/${id}/${action}`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['accounts'] }),
  });
}

export function useInvitations() {
  return useInfiniteQuery({
    queryKey: ['invitations', 'list'],
    queryFn: ({ pageParam, signal }) => api<Page<Invitation>>('/invitations', { query: { limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export interface CreatedInvitation {
  invitation: Invitation;
  token: string;
  link: string;
}

export function useCreateInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationBody) => api<CreatedInvitation>('/invitations', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['invitations'] }),
  });
}

export function useRevokeInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<Invitation>(`/invitations/${id}/revoke`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['invitations'] }),
  });
}

/** The invitee's view of an invitation; the token travels in the body, never in a URL. */
export function useInvitationLookup(token: string) {
  return useQuery({
    queryKey: ['invitations', 'lookup', token],
    queryFn: () => api<Invitation>('/invitations/lookup', { method: 'POST', body: { token }, expect401: true }),
    enabled: token.length >= 10,
    retry: false,
    staleTime: Infinity,
  });
}

export function useAcceptInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInvitationBody) => api<SessionReply>('/invitations/accept', { method: 'POST', body, expect401: true }),
    onSuccess: (reply) => {
      // Signed in as someone new; the invitation shown on the page stays until the page changes.
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] && q.queryKey[1] !== 'lookup' });
      client.setQueryData(sessionKey, reply.account);
    },
  });
}
