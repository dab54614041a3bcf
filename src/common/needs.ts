// The codes of needs, households, claims and notifications, shared by the server's schemas and the web app. Plain
// arrays only: the web app imports this file for its values, so it must not pull in typebox or anything of the server.

export const NEED_KINDS = ['money', 'materials', 'service'] as const;
export type NeedKind = (typeof NEED_KINDS)[number];

export const NEED_STATUSES = [
  'draft',
  'published',
  'partly_claimed',
  'claimed',
  'fulfilled',
  'closed',
  'expired',
  'withdrawn',
  'taken_down',
] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];
/** Statuses anyone may see (a draft is its author's; withdrawn and taken-down needs leave the public view). */
export const VISIBLE_NEED_STATUSES = [
  'published',
  'partly_claimed',
  'claimed',
  'fulfilled',
  'closed',
  'expired',
] as const;
/** Open: can still be claimed. */
export const OPEN_NEED_STATUSES = ['published', 'partly_claimed'] as const;
/** What the finders filter by: `open` (the default) or one visible status. */
export const SEARCH_STATUSES = ['open', ...VISIBLE_NEED_STATUSES] as const;
export type SearchStatus = (typeof SEARCH_STATUSES)[number];

export const NEED_SORTS = ['deadline', 'newest', 'amount'] as const;
export type NeedSort = (typeof NEED_SORTS)[number];

/** In the order they are shown and stored on a need: the village's own designation last, nearest the need. */
export const KEY_AREA_KINDS = [
  'key_county',
  'national_key_support_county',
  'deep_poverty_township',
  'designated_village',
] as const;
export type KeyAreaKind = (typeof KEY_AREA_KINDS)[number];

export const HOUSEHOLD_CATEGORIES = [
  'registered_poor',
  'lifted_out',
  'edge',
  'monitored',
  'dibao',
  'tekun',
  'other',
] as const;
export type HouseholdCategory = (typeof HOUSEHOLD_CATEGORIES)[number];
/** The situations of seed 001 article 3; the same codes are key populations (GET /api/key-populations). */
export const HOUSEHOLD_SITUATIONS = [
  'serious_illness',
  'gaokao_family',
  'stagnant_income',
  'unstable_income',
  'unsafe_housing',
  'disaster_or_accident',
] as const;
export type HouseholdSituation = (typeof HOUSEHOLD_SITUATIONS)[number];
export const HOUSEHOLD_STATUSES = ['active', 'archived'] as const;
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number];

export const CLAIM_STATUSES = ['pending', 'confirmed', 'withdrawn', 'declined', 'lapsed', 'fulfilled'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
/** The claims still running: the lapse clock ticks for them. */
export const LIVE_CLAIM_STATUSES = ['pending', 'confirmed'] as const;
/** How a claim ends (every status that is not live). */
export const ENDED_CLAIM_STATUSES = ['fulfilled', 'declined', 'lapsed', 'withdrawn'] as const;
export const CLAIM_EVENT_ACTIONS = [
  'claimed',
  'progress',
  'confirmed',
  'declined',
  'withdrawn',
  'lapsed',
  'fulfilled',
] as const;
export type ClaimEventAction = (typeof CLAIM_EVENT_ACTIONS)[number];

export const NOTIFICATION_KINDS = [
  'claim_created',
  'claim_confirmed',
  'claim_declined',
  'claim_withdrawn',
  'claim_lapsed',
  'claim_progress',
  'need_deadline',
  'need_taken_down',
  'pairing_submitted',
  'pairing_confirmed',
  'pairing_returned',
  'pairing_ended',
  'project_signing_requested',
  'project_signed',
  'project_signing_returned',
  'project_landed',
  'project_overdue',
  'project_completed',
  'project_closed',
  'project_cancelled',
  'project_follow_up',
  'fair_signup',
  'aid_recorded',
  'aid_disputed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

// Every claim is live or has ended: a new status must join one of the two lists, or this fails the type check.
const _liveOrEnded: Exclude<
  ClaimStatus,
  (typeof LIVE_CLAIM_STATUSES)[number] | (typeof ENDED_CLAIM_STATUSES)[number]
> extends never
  ? true
  : never = true;
