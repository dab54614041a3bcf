// Session, login, logout and password change.
import { useSyncExternalStore } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordBody, LoginBody, SessionAccount, SessionReply } from '../../../src/server/modules/auth/schemas.ts';
import { ApiError, api } from './client.ts';

export type { SessionAccount };

export const sessionKey = ['auth', 'session'] as const;

// Set when a signed-in page met a 401 (session expired, password changed elsewhere, account disabled), so the
// login page can say why it is shown. A store rather than a value taken during render: a render React discards
// (lazy pages, concurrent rendering) must not use the flag up; it is cleared when someone signs in.
let sessionLost = false;
const sessionLostListeners = new Set<() => void>();
function setSessionLost(value: boolean): void {
  if (sessionLost === value) return;
  sessionLost = value;
  for (const listener of sessionLostListeners) listener();
}
export function markSessionLost(): void {
  setSessionLost(true);
}
export function useSessionLost(): boolean {
  return useSyncExternalStore(
    (listener) => {
      sessionLostListeners.add(listener);
      return () => sessionLostListeners.delete(listener);
    },
    () => sessionLost,
  );
}

/** The signed-in account, or null when nobody is signed in (the server answers 401). */
export async function fetchSession(): Promise<SessionAccount | null> {
  try {
    return (await api<SessionReply>('/auth/session', { expect401: true })).account;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 5 * 60_000, retry: false });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => api<SessionReply>('/auth/login', { method: 'POST', body, expect401: true }),
    onSuccess: (reply) => {
      setSessionLost(false);
      // A new person: nothing cached for the previous one may show.
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
      client.setQueryData(sessionKey, reply.account);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ ok: true }>('/auth/logout', { method: 'POST', expect401: true }),
    onSettled: () => {
      client.clear();
      client.setQueryData(sessionKey, null);
    },
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => api<{ ok: true }>('/auth/password', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionKey }),
  });
}
