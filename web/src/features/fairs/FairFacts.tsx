// The facts of one fair: kind, year, theme, every region with its full name, program, dates, sign-up deadline,
// organizer, sign-ups and the description.
import { Descriptions, Space, Tag, Typography } from 'antd';
import type { FairDetail } from '../../api/fairs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FairKindTag } from './FairTags.tsx';
import { fill, W } from './words.ts';

export function FairFacts({ fair }: { fair: FairDetail }) {
  const { l, dateTime } = useI18n();
  return (
    <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="fair-facts">
      <Descriptions.Item label={l(W.kind)}>
        <FairKindTag kind={fair.kind} testId="fair-kind" />
      </Descriptions.Item>
      <Descriptions.Item label={l(W.year)}>
        <span data-testid="fair-year">{fair.year}</span>
      </Descriptions.Item>
      <Descriptions.Item label={l(W.theme)} span={2}>
        <span data-testid="fair-theme">{fair.theme ?? l(W.none)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={l(W.regions)} span={2}>
        <Space size={[6, 6]} wrap data-testid="fair-regions">
          {fair.regions.map((r) => (
            <Tag key={r.code} data-testid={`fair-region-${r.code}`} style={{ marginInlineEnd: 0 }}>
              {r.name}
            </Tag>
          ))}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={l(W.dates)}>
        <span data-testid="fair-dates">
          {fair.startDate === fair.endDate ? fair.startDate : `${fair.startDate} ~ ${fair.endDate}`}
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={l(W.signupDeadline)}>
        <span data-testid="fair-deadline">{fair.signupDeadline ?? fair.endDate}</span>
      </Descriptions.Item>
      <Descriptions.Item label={l(W.program)}>
        <span data-testid="fair-program">{fair.program?.name ?? l(W.noProgram)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={l(W.organizer)}>
        <span data-testid="fair-organizer">{fair.organizer.name}</span>
      </Descriptions.Item>
      <Descriptions.Item label={l(W.signups)}>
        <span data-testid="fair-signup-count">{fill(l(W.signupsCount), { n: fair.signups })}</span>
      </Descriptions.Item>
      <Descriptions.Item label={l(W.createdAt)}>{dateTime(fair.createdAt)}</Descriptions.Item>
      {fair.description && (
        <Descriptions.Item label={l(W.description)} span={2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="fair-description">
            {fair.description}
          </Typography.Paragraph>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
