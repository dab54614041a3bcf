// The needs pages' status tag and key-area badges (../NeedTags.tsx), with a word for a place in no key area where
// the form shows the badges of the place just saved.
import { Typography } from 'antd';
import type { KeyAreaKind } from '../../../api/needManagement.ts';
import { KeyAreaBadges } from '../NeedTags.tsx';

export { NeedStatusTag } from '../NeedTags.tsx';

export function KeyAreaTags({
  kinds,
  emptyText,
  testId,
}: {
  kinds: readonly KeyAreaKind[];
  emptyText?: string;
  testId?: string;
}) {
  if (kinds.length === 0) {
    return emptyText ? (
      <Typography.Text type="secondary" data-testid={testId}>
        {emptyText}
      </Typography.Text>
    ) : null;
  }
  return <KeyAreaBadges kinds={kinds} testId={testId} />;
}
