// A need's deadline with the days left ("还剩 5 天"), in warning colours as it nears; deadlines are days in China.
import { Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/index.tsx';
import { daysLeft } from './format.ts';

/** Days before the deadline when it is shown as near (the server reminds both sides at the same point). */
const NEAR_DAYS = 3;

export function Deadline({ deadline, open, testId }: { deadline: string; open: boolean; testId?: string }) {
  const { l } = useI18n();
  const days = daysLeft(deadline);
  const left =
    days < 0
      ? l({ zh: '已过截止日期', en: 'Past the deadline' })
      : days === 0
        ? l({ zh: '今天截止', en: 'Ends today' })
        : l({ zh: `还剩 ${days} 天`, en: `${days} day${days === 1 ? '' : 's'} left` });
  const type = !open ? 'secondary' : days <= NEAR_DAYS ? (days < 0 ? 'secondary' : 'danger') : undefined;
  return (
    <Typography.Text type={type} style={{ fontSize: 13 }} data-testid={testId} data-days-left={days}>
      <ClockCircleOutlined /> {l({ zh: '截止', en: 'Deadline' })} {deadline}
      {open && <> · {left}</>}
    </Typography.Text>
  );
}
