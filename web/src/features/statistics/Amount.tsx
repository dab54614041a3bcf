// An amount as the statistics show it: short (万元) when large, with the exact yuan in a tooltip and for screen
// readers, so that the short form never hides a fen.
import { Tooltip } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import { compactYuan, formatYuan, isShortened } from './money.ts';

export function Amount({ fen, testId }: { fen: number; testId?: string }) {
  const { lang } = useI18n();
  const exact = formatYuan(fen, lang);
  const text = compactYuan(fen, lang);
  if (!isShortened(fen, lang)) {
    return (
      <span data-testid={testId} data-fen={fen}>
        {text}
      </span>
    );
  }
  return (
    <Tooltip title={exact}>
      <span data-testid={testId} data-fen={fen} tabIndex={0} aria-label={exact} style={{ cursor: 'help' }}>
        {text}
      </span>
    </Tooltip>
  );
}
