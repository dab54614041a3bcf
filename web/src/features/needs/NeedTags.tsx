// A need's status, kind, key field, place and key-area designations as tags, the same on every needs page.
import { Space, Tag } from 'antd';
import { KEY_AREA_KINDS, type KeyAreaKind, type NeedKind, type NeedStatus } from '../../api/needs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { HouseholdNeedTag } from './HouseholdNeedTag.tsx';
import { KEY_AREA_COLORS, KEY_AREA_LABELS, NEED_KIND_LABELS, NEED_STATUS_COLORS, NEED_STATUS_LABELS } from './labels.ts';
import { useReferenceNames } from './useReferenceNames.ts';

export function NeedStatusTag({ status, testId }: { status: NeedStatus; testId?: string }) {
  const { l } = useI18n();
  return (
    <Tag color={NEED_STATUS_COLORS[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {l(NEED_STATUS_LABELS[status])}
    </Tag>
  );
}

export function NeedKindTag({ kind }: { kind: NeedKind }) {
  const { l } = useI18n();
  return (
    <Tag bordered={false} style={{ marginInlineEnd: 6 }}>
      {l(NEED_KIND_LABELS[kind])}
    </Tag>
  );
}

/** 重点区县 / 国家乡村振兴重点帮扶县 / 深度贫困乡镇 / 定点攻坚村, from the county down to the village. */
export function KeyAreaBadges({ kinds, testId }: { kinds: readonly KeyAreaKind[]; testId?: string }) {
  const { l } = useI18n();
  if (kinds.length === 0) return null;
  const shown = KEY_AREA_KINDS.filter((k) => kinds.includes(k));
  return (
    <span data-testid={testId}>
      {shown.map((kind) => (
        <Tag key={kind} color={KEY_AREA_COLORS[kind]} data-kind={kind} style={{ marginInlineEnd: 4 }}>
          {l(KEY_AREA_LABELS[kind])}
        </Tag>
      ))}
    </span>
  );
}

export function KeyFieldTag({ code }: { code: string }) {
  const fieldName = useReferenceNames('key-fields');
  return (
    <Tag color="purple" bordered={false}>
      {fieldName(code)}
    </Tag>
  );
}

/** The need's place with its key-area badges, and whether it is a household's need (`${testId}-region`, `-key-areas`). */
export function NeedPlace({
  need,
  publicView,
  testId,
}: {
  need: { region: { name: string }; keyAreaKinds: readonly KeyAreaKind[]; isHouseholdNeed: boolean };
  publicView: boolean;
  testId: string;
}) {
  return (
    <Space size={[4, 4]} wrap>
      <span data-testid={`${testId}-region`}>{need.region.name}</span>
      <KeyAreaBadges kinds={need.keyAreaKinds} testId={`${testId}-key-areas`} />
      {need.isHouseholdNeed && <HouseholdNeedTag publicView={publicView} />}
    </Space>
  );
}
