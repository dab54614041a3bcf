// What a service needs to know about the caller: who, from where, and which request (for the audit row).
import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { DB } from '../db/types.ts';
import type { Actor } from './access.ts';

export interface RequestContext {
  actor: Actor | null;
  ip: string | null;
  requestId: string | null;
}

export interface Services {
  db: Kysely<DB>;
  config: Config;
}

/** Context for work started outside HTTP (CLI, seed data, jobs): recorded as the system. */
export const SYSTEM_CONTEXT: RequestContext = { actor: null, ip: null, requestId: null };
