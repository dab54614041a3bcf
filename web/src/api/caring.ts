// Caring individuals: registration (public) and the signed-in person's own profile.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CaringProfile,
  RealNameStatus,
  RegisterCaringBody,
  UpdateCaringBody,
} from '../../../src/server/modules/caring/schemas.ts';
import { api } from './client.ts';
import { sessionKey } from './auth.ts';

export type { CaringProfile, RealNameStatus, RegisterCaringBody, UpdateCaringBody };

const profileKey = ['caring', 'me'] as const;

export function useRegisterCaring() {
  return useMutation({
    mutationFn: (body: RegisterCaringBody) =>
      api<CaringProfile>('/caring-individuals/register', { method: 'POST', body }),
  });
}

export function useCaringProfile() {
  return useQuery({
    queryKey: profileKey,
    queryFn: ({ signal }) => api<CaringProfile>('/caring-individuals/me', { signal }),
    // A missing profile (404) is an answer, not a hiccup to retry.
    retry: false,
  });
}

export function useUpdateCaringProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCaringBody) => api<CaringProfile>('/caring-individuals/me', { method: 'PATCH', body }),
    onSuccess: (profile) => {
      client.setQueryData(profileKey, profile);
      // A new name is the name in the header.
      void client.invalidateQueries({ queryKey: sessionKey });
    },
  });
}
