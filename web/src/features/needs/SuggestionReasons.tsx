// Why a need is suggested to the organization (the server's reasons, in Chinese) and how well it fits.
import { Space, Tag, Tooltip, Typography } from 'antd';
import { BulbOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/index.tsx';

export function SuggestionReasons({ reasons, score, testId }: { reasons: readonly string[]; score: number; testId?: string }) {
  const { l } = useI18n();
  return (
    <div data-testid={testId} style={{ borderTop: '1px dashed #e5e7eb', paddingTop: 8 }}>
      <Space size={[0, 4]} wrap>
        <Tooltip title={l({ zh: '匹配度：越高越相符', en: 'Fit: higher fits better' })}>
          <Tag color="magenta" icon={<BulbOutlined />} data-testid={testId ? `${testId}-score` : undefined}>
            {l({ zh: `匹配度 ${score}`, en: `Fit ${score}` })}
          </Tag>
        </Tooltip>
        {reasons.map((reason) => (
          <Tag key={reason} color="processing" bordered={false}>
            {reason}
          </Tag>
        ))}
      </Space>
      {reasons.length === 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {l({ zh: '可认领的需求', en: 'Open to claim' })}
        </Typography.Text>
      )}
    </div>
  );
}
