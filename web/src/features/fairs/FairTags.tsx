// A fair's kind (项目对接会 / 乡村行) and status as coloured tags, and its regions by short name with the full paths
// on hover.
import { Tag, Tooltip, Typography } from 'antd';
import { FAIR_KIND_LABELS, FAIR_STATUS_LABELS, type FairKind, type FairStatus } from '../../api/fairs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { shortRegionName } from './figures.ts';
import { FAIR_KIND_COLORS, FAIR_STATUS_COLORS, fill, W } from './words.ts';

export function FairKindTag({ kind, testId }: { kind: FairKind; testId?: string }) {
  const { l } = useI18n();
  return (
    <Tag color={FAIR_KIND_COLORS[kind]} data-testid={testId}>
      {l(FAIR_KIND_LABELS[kind])}
    </Tag>
  );
}

export function FairStatusTag({ status, testId }: { status: FairStatus; testId?: string }) {
  const { l } = useI18n();
  return (
    <Tag color={FAIR_STATUS_COLORS[status]} data-testid={testId}>
      {l(FAIR_STATUS_LABELS[status])}
    </Tag>
  );
}

/** The first few regions by short name ("巫溪县、城口县 等 4 个地区"), all of them in the tooltip. */
export function RegionNames({ regions, shown = 3, testId }: { regions: { code: string; name: string }[]; shown?: number; testId?: string }) {
  const { l, lang } = useI18n();
  const names = regions.map((r) => shortRegionName(r.name));
  const sep = lang === 'zh' ? '、' : ', ';
  const text = names.slice(0, shown).join(sep);
  const more = names.length > shown ? ` ${fill(l(W.moreRegions), { n: names.length })}` : '';
  return (
    <Tooltip title={regions.map((r) => r.name).join('；')}>
      <Typography.Text data-testid={testId}>
        {text}
        {more}
      </Typography.Text>
    </Tooltip>
  );
}
