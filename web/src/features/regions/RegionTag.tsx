// A chosen region inside a form: a tag with its full name (read from the server unless the caller already knows it)
// that the person can remove.
import { Tag } from 'antd';
import { useRegion } from '../../api/regions.ts';

export interface RegionTagProps {
  code: string;
  knownName?: string;
  testId: string;
  onRemove: () => void;
  disabled?: boolean;
}

export function RegionTag({ code, knownName, testId, onRemove, disabled }: RegionTagProps) {
  const region = useRegion(knownName ? null : code);
  return (
    <Tag
      closable={!disabled}
      onClose={(e) => {
        e.preventDefault();
        onRemove();
      }}
      data-testid={testId}
      style={{ marginInlineEnd: 0, padding: '2px 8px' }}
    >
      {knownName ?? region.data?.path ?? code}
    </Tag>
  );
}
