// The official's choices for one pending import, kept in this tab's session storage: reviewing a long list of villages
// survives a reload (the import itself is on the server, reopened by ?import=<id>).
import { useEffect, useState } from 'react';
import type { Choice, Choices } from './importReview.ts';

const storageKey = (importId: number) => `bangfu.keyAreaImport.${importId}`;

function isChoice(value: unknown): value is Choice {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.action === 'drop') return true;
  return (
    v.action === 'accept' &&
    (v.code === undefined || (typeof v.code === 'string' && /^\d{6,12}$/.test(v.code))) &&
    (v.name === undefined || typeof v.name === 'string')
  );
}

function load(importId: number): Choices {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(storageKey(importId)) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    const kept: Choices = {};
    for (const [key, choice] of Object.entries(parsed)) if (isChoice(choice)) kept[key] = choice;
    return kept;
  } catch {
    return {};
  }
}

export function forgetChoices(importId: number): void {
  try {
    sessionStorage.removeItem(storageKey(importId));
  } catch {
    // storage unavailable: nothing was kept
  }
}

export function useStoredChoices(importId: number) {
  const [choices, setChoices] = useState<Choices>(() => load(importId));
  useEffect(() => {
    try {
      sessionStorage.setItem(storageKey(importId), JSON.stringify(choices));
    } catch {
      // private mode or full: the choices last for this page only
    }
  }, [importId, choices]);
  return [choices, setChoices] as const;
}
