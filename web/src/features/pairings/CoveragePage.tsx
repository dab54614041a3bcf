// Placeholder until the page lands (issue 7).
import { Result } from 'antd';

export function CoveragePage() {
  return <Result status="info" title="建设中" />;
}
