// The rules of reviewing an import, as the server applies them on save, so that the page can say before saving what
// is still undecided: exact entries are kept unless dropped; variants must be confirmed or dropped; ambiguous and
// not-found entries need a chosen region or a drop; entries with problems can only be dropped; and of entries naming
// the same region only one may be kept.
import type { Decision, ImportEntry } from '../../api/keyAreaImports.ts';

/** The official's choice for one entry; `name` is the path of a region picked by search, for showing it. */
export type Choice = { action: 'accept'; code?: string; name?: string } | { action: 'drop' };
export type Choices = Record<string, Choice>;

/** What an entry asks of the official. */
export type Need = 'none' | 'confirm' | 'choose' | 'drop';

export function needOf(entry: ImportEntry): Need {
  if (entry.problems.length > 0) return 'drop';
  switch (entry.status) {
    case 'exact':
      return 'none';
    case 'variant':
      return 'confirm';
    case 'ambiguous':
    case 'not_found':
      return 'choose';
  }
}

export interface EntryState {
  /** Kept in the program (when decided). */
  kept: boolean;
  /** The region it will designate, when kept. */
  code: string | null;
  decided: boolean;
  /** The key of an earlier kept entry naming the same region: one of the two must go. */
  sameAs: string | null;
}

function stateOf(entry: ImportEntry, choice: Choice | undefined): Omit<EntryState, 'sameAs'> {
  const need = needOf(entry);
  if (need === 'drop' || choice?.action === 'drop') return { kept: false, code: null, decided: true };
  switch (need) {
    case 'none':
      return { kept: true, code: entry.code, decided: true };
    case 'confirm':
      return choice ? { kept: true, code: choice.code ?? entry.code, decided: true } : { kept: true, code: entry.code, decided: false };
    case 'choose':
      return choice?.code ? { kept: true, code: choice.code, decided: true } : { kept: false, code: null, decided: false };
  }
}

export interface Review {
  states: Map<string, EntryState>;
  /** Entries still to decide, and kept duplicates of an earlier entry. */
  undecided: number;
  kept: number;
  dropped: number;
}

export function review(entries: ImportEntry[], choices: Choices): Review {
  const states = new Map<string, EntryState>();
  const firstByCode = new Map<string, string>();
  let undecided = 0;
  let kept = 0;
  let dropped = 0;
  for (const entry of entries) {
    const state: EntryState = { ...stateOf(entry, choices[entry.key]), sameAs: null };
    if (state.decided && state.kept && state.code !== null) {
      const first = firstByCode.get(state.code);
      if (first === undefined) firstByCode.set(state.code, entry.key);
      else state.sameAs = first;
    }
    if (!state.decided || state.sameAs !== null) undecided += 1;
    else if (state.kept) kept += 1;
    else dropped += 1;
    states.set(entry.key, state);
  }
  return { states, undecided, kept, dropped };
}

/** What "只看需要处理的" shows: every entry but a plain exact match, and both entries of a pair naming one region. */
export function attentionKeys(entries: ImportEntry[]): Set<string> {
  const keys = new Set<string>();
  for (const entry of entries) {
    if (needOf(entry) !== 'none') keys.add(entry.key);
    if (entry.duplicateOf !== null) keys.add(entry.key).add(entry.duplicateOf);
  }
  return keys;
}

/** The body of the save request: a decision for every entry that is not simply kept as matched. */
export function decisionsOf(entries: ImportEntry[], choices: Choices): Decision[] {
  const decisions: Decision[] = [];
  for (const entry of entries) {
    const choice = choices[entry.key];
    const need = needOf(entry);
    if (need === 'drop' || choice?.action === 'drop') {
      decisions.push({ key: entry.key, action: 'drop' });
      continue;
    }
    if (need === 'none' || !choice) continue;
    const code = choice.code ?? entry.code;
    if (need === 'confirm') {
      decisions.push({ key: entry.key, action: 'accept', ...(code && code !== entry.code ? { code } : {}) });
    } else if (code) {
      decisions.push({ key: entry.key, action: 'accept', code });
    }
  }
  return decisions;
}

/** Confirms every variant not yet decided (a choice already made, drop included, stays). */
export function acceptVariants(entries: ImportEntry[], choices: Choices): Choices {
  const next = { ...choices };
  for (const entry of entries) {
    if (needOf(entry) === 'confirm' && next[entry.key] === undefined) next[entry.key] = { action: 'accept' };
  }
  return next;
}

/** The entry keys a refused save named (`entries.C3`). */
export function flaggedKeys(fields: { field: string }[]): Set<string> {
  return new Set(fields.filter((f) => f.field.startsWith('entries.')).map((f) => f.field.slice('entries.'.length)));
}
