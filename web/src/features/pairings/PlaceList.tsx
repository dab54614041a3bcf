// Places as people scan them in a list: the place's own name, its full path on hover; long lists folded to a count.
import { Space, Tag, Tooltip, Typography } from 'antd';
import { useI18n } from '../../i18n/index.tsx';

/** "重庆市 / 巫溪县 / 红池坝镇" -> "红池坝镇". */
export function ownName(path: string): string {
  const parts = path.split('/').map((p) => p.trim()).filter(Boolean);
  return parts.at(-1) ?? path;
}

export function PlaceList({
  places,
  max = 4,
  full = false,
  testId,
}: {
  places: { code: string; name: string }[];
  /** How many to show before "等 N 个". */
  max?: number;
  /** Show every place with its full path (the detail page). */
  full?: boolean;
  testId?: string;
}) {
  const { lang } = useI18n();
  const shown = full ? places : places.slice(0, max);
  const more = places.length - shown.length;
  return (
    <Space size={[4, 4]} wrap data-testid={testId}>
      {shown.map((p) => (
        <Tooltip key={p.code} title={full ? p.code : p.name}>
          <Tag style={{ marginInlineEnd: 0 }} data-testid={testId ? `${testId}-${p.code}` : undefined}>
            {full ? p.name : ownName(p.name)}
          </Tag>
        </Tooltip>
      ))}
      {more > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {lang === 'zh' ? `等 ${places.length} 个` : `${places.length} in all`}
        </Typography.Text>
      )}
    </Space>
  );
}
