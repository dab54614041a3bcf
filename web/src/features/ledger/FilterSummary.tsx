// The line above the ledger table that says which records it holds ("按统计口径筛选：地区 巫溪县 · 2026-01-01 至
// 2026-12-31 · 捐赠资金 · 已收悉确认"), so that a figure opened from the statistics page can be checked against its
// definition; each filter closes on its own, and one button clears them all.
import { Alert, Button, Space, Tag } from 'antd';
import {
  AID_CONFIRMATION_LABELS,
  AID_KIND_LABELS,
  AID_RECORD_STANDING_LABELS,
  GIVER_FORM_LABELS,
  PURCHASE_CHANNEL_LABELS,
  type LedgerFilters,
} from '../../api/ledger.ts';
import { useProgramChoices } from '../../api/projects.ts';
import { useRegion } from '../../api/regions.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useReferenceNames } from '../needs/useReferenceNames.ts';
import { activeFilterKeys, withoutFilter, type LedgerFilterKey } from './filters.ts';
import { W, colonOf, fill } from './words.ts';

export interface KnownNames {
  organizations: ReadonlyMap<number, string>;
  households: ReadonlyMap<number, string>;
  projects: ReadonlyMap<number, string>;
}

export interface FilterSummaryProps {
  filters: LedgerFilters;
  names: KnownNames;
  onChange: (filters: LedgerFilters) => void;
}

export function FilterSummary({ filters, names, onChange }: FilterSummaryProps) {
  const { l, lang } = useI18n();
  const c = colonOf(lang);
  const region = useRegion(filters.region ?? null);
  const programs = useProgramChoices();
  const fieldName = useReferenceNames('key-fields');
  const keys = activeFilterKeys(filters);
  if (keys.length === 0) return null;

  const text = (key: LedgerFilterKey): string | null => {
    switch (key) {
      case 'region':
        return `${l(W.region)}${c}${region.data?.path ?? filters.region ?? ''}`;
      case 'from':
        // The period reads as one piece: "2026-01-01 至 2026-12-31".
        return filters.to
          ? `${l(W.period)}${c}${fill(l(W.betweenDates), { from: filters.from ?? '', to: filters.to })}`
          : `${l(W.period)}${c}${fill(l(W.fromDate), { date: filters.from ?? '' })}`;
      case 'to':
        return filters.from ? null : `${l(W.period)}${c}${fill(l(W.toDate), { date: filters.to ?? '' })}`;
      case 'programId': {
        const name = (programs.data ?? []).find((p) => p.id === filters.programId)?.name;
        return `${l(W.program)}${c}${name ?? `#${filters.programId ?? ''}`}`;
      }
      case 'keyField':
        return `${l(W.keyField)}${c}${fieldName(filters.keyField ?? '')}`;
      case 'giverForm':
        return filters.giverForm ? `${l(W.giverForm)}${c}${l(GIVER_FORM_LABELS[filters.giverForm])}` : null;
      case 'organizationId':
        return `${l(W.organization)}${c}${names.organizations.get(filters.organizationId ?? 0) ?? `#${filters.organizationId ?? ''}`}`;
      case 'kind':
        return filters.kind ? `${l(W.kind)}${c}${l(AID_KIND_LABELS[filters.kind])}` : null;
      case 'purchaseChannel':
        return filters.purchaseChannel
          ? `${l(W.channel)}${c}${l(PURCHASE_CHANNEL_LABELS[filters.purchaseChannel])}`
          : null;
      case 'confirmation':
        return filters.confirmation
          ? `${l(W.confirmation)}${c}${l(AID_CONFIRMATION_LABELS[filters.confirmation])}`
          : null;
      case 'standing':
        return filters.standing ? `${l(W.standing)}${c}${l(AID_RECORD_STANDING_LABELS[filters.standing])}` : null;
      case 'counterpart':
        return filters.counterpart ? l(W.counterpartYes) : l(W.counterpartNo);
      case 'householdId':
        return `${l(W.household)}${c}${names.households.get(filters.householdId ?? 0) ?? `#${filters.householdId ?? ''}`}`;
      case 'projectId':
        return `${l(W.project)}${c}${names.projects.get(filters.projectId ?? 0) ?? `#${filters.projectId ?? ''}`}`;
      case 'pairingId':
        return `${l(W.pairing)}${c}#${filters.pairingId ?? ''}`;
      case 'needId':
        return `${l(W.need)}${c}#${filters.needId ?? ''}`;
      case 'importJobId':
        return `${l(W.importJob)}${c}${(filters.importJobId ?? '').slice(0, 8)}…`;
      case 'duplicateOnly':
        return l(W.duplicateOnly);
    }
  };

  const close = (key: LedgerFilterKey): LedgerFilters => {
    // Closing the period closes both its ends.
    if (key === 'from' && filters.to) return withoutFilter(withoutFilter(filters, 'from'), 'to');
    return withoutFilter(filters, key);
  };

  return (
    <Alert
      data-testid="ledger-filter-summary"
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={
        <Space size={[4, 6]} wrap>
          <span>{l(W.filteredBy)}</span>
          {keys.map((key) => {
            const label = text(key);
            if (label === null) return null;
            return (
              <Tag
                key={key}
                data-testid={`ledger-filter-tag-${key}`}
                closable
                onClose={(e) => {
                  e.preventDefault();
                  onChange(close(key));
                }}
                style={{ marginInlineEnd: 0 }}
              >
                {label}
              </Tag>
            );
          })}
        </Space>
      }
      action={
        <Button data-testid="ledger-filters-clear" size="small" onClick={() => onChange({})}>
          {l(W.clearFilters)}
        </Button>
      }
    />
  );
}
