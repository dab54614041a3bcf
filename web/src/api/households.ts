// Households (住户): the liaisons' register and the officials' view of it. Lists carry masked ID numbers; the one
// read of a whole record (GET /api/households/:id) is logged by the server, so the app asks for it only on the
// household's own page and never keeps it longer than the page needs it.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateHouseholdBody,
  Household,
  HouseholdCategory,
  HouseholdListItem,
  HouseholdPage,
  HouseholdSituation,
  ListHouseholdsQuery,
  MaskedHousehold,
  UpdateHouseholdBody,
} from '../../../src/server/modules/households/schemas.ts';
import { api } from './client.ts';

export type {
  CreateHouseholdBody,
  Household,
  HouseholdCategory,
  HouseholdListItem,
  HouseholdSituation,
  MaskedHousehold,
  UpdateHouseholdBody,
};
export {
  HOUSEHOLD_CATEGORIES,
  HOUSEHOLD_SITUATIONS,
  HOUSEHOLD_STATUSES,
  type HouseholdStatus,
} from '../../../src/common/needs.ts';

export type HouseholdFilters = Omit<ListHouseholdsQuery, 'cursor' | 'limit'>;

const PAGE_SIZE = 30;

const householdKey = (id: number) => ['households', 'one', id] as const;

export function useHouseholds(filters: HouseholdFilters) {
  return useInfiniteQuery({
    queryKey: ['households', 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      api<HouseholdPage>('/households', { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/**
 * The whole record, ID number included. Every fetch is a logged read, so it is not refetched on focus or
 * reconnect, and it is forgotten a minute after no page shows it (long enough that registering a household and
 * landing on its page, or coming back from its need form, does not read it again).
 */
export function useHousehold(id: number | null) {
  return useQuery({
    queryKey: householdKey(id ?? 0),
    queryFn: ({ signal }) => api<Household>(`/households/${id ?? 0}`, { signal }),
    enabled: id !== null,
    staleTime: Infinity,
    gcTime: 60_000,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: false,
  });
}

/** Keeps the record the server answered (no second logged read) and refreshes the lists. */
function useRemember() {
  const client = useQueryClient();
  return (household: Household) => {
    client.setQueryData(householdKey(household.id), household);
    void client.invalidateQueries({ queryKey: ['households', 'list'] });
  };
}

export function useCreateHousehold() {
  const remember = useRemember();
  return useMutation({
    mutationFn: (body: CreateHouseholdBody) => api<Household>('/households', { method: 'POST', body }),
    onSuccess: remember,
  });
}

export function useUpdateHousehold(id: number) {
  const remember = useRemember();
  return useMutation({
    mutationFn: (body: UpdateHouseholdBody) => api<Household>(`/households/${id}`, { method: 'PATCH', body }),
    onSuccess: remember,
  });
}
