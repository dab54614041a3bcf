// Placeholder until the page lands (issue 7).
import { Result } from 'antd';

export function ProjectFormPage() {
  return <Result status="info" title="建设中" />;
}
