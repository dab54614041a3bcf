// One titled part of the long organization form (基本信息, 业务领域与服务, 联系方式与简介, 管理员账号).
import type { ReactNode } from 'react';
import { Card, Typography } from 'antd';

export function FormSection({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <Card size="small" title={title} style={{ marginBottom: 16 }} styles={{ body: { paddingBottom: 4 } }}>
      {extra && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {extra}
        </Typography.Paragraph>
      )}
      {children}
    </Card>
  );
}
