// Placeholder until the page lands (issue 7).
import { Result } from 'antd';

export function ChecklistPage() {
  return <Result status="info" title="建设中" />;
}
