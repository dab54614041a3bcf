// The messages of a refused form that belong to no single field (or all of them), above the form.
import { Alert } from 'antd';

export function FormProblems({ problems, testId }: { problems: string[]; testId: string }) {
  if (problems.length === 0) return null;
  return (
    <Alert
      data-testid={testId}
      type="error"
      showIcon
      title={problems[0]}
      description={problems.length > 1 ? problems.slice(1).join('；') : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
