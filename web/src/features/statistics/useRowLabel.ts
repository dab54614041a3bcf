// The name of a breakdown row in the reader's language: kinds, giver forms and key fields by their code (the server
// names them in Chinese); regions by their own name, not their path; organizations as they call themselves.
import { useCallback } from 'react';
import { AID_KIND_LABELS, AID_KINDS, GIVER_FORM_LABELS, GIVER_FORMS, type AidKind, type GiverForm } from '../../../../src/common/ledger.ts';
import type { BreakdownBy, BreakdownRow } from '../../api/statistics.ts';
import { useI18n } from '../../i18n/index.tsx';
import { shortRegionName } from '../fairs/figures.ts';
import { useKeyFieldNames } from '../organizations/useKeyFieldNames.ts';

const isKind = (key: string): key is AidKind => (AID_KINDS as readonly string[]).includes(key);
const isForm = (key: string): key is GiverForm => (GIVER_FORMS as readonly string[]).includes(key);

export function useRowLabel(by: BreakdownBy): (row: Pick<BreakdownRow, 'key' | 'label'>) => string {
  const { l } = useI18n();
  const fieldName = useKeyFieldNames();
  return useCallback(
    (row) => {
      switch (by) {
        case 'kind':
          return isKind(row.key) ? l(AID_KIND_LABELS[row.key]) : row.label;
        case 'form':
          return isForm(row.key) ? l(GIVER_FORM_LABELS[row.key]) : row.label;
        case 'field': {
          const name = fieldName(row.key);
          return name === row.key ? row.label : name;
        }
        case 'county':
        case 'child':
          return shortRegionName(row.label);
        case 'organization':
          return row.label;
      }
    },
    [by, l, fieldName],
  );
}
