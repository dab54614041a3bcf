// 项目负责人: who answers for the project, with post and phone.
import { Card, Space, Typography } from 'antd';
import { PhoneOutlined, UserOutlined } from '@ant-design/icons';
import type { ProjectDetail } from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { W } from './words.ts';

export function ProjectPeopleCard({ project }: { project: ProjectDetail }) {
  const { l } = useI18n();
  return (
    <Card title={l(W.peopleCard)}>
      <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="project-people">
        {project.responsible.map((p, i) => (
          <div key={`${p.name}-${i}`} style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 8 }}>
            <span>
              <UserOutlined /> <Typography.Text strong>{p.name}</Typography.Text>
              {p.post && <Typography.Text type="secondary"> · {p.post}</Typography.Text>}
            </span>
            <a href={`tel:${p.phone}`}>
              <PhoneOutlined /> {p.phone}
            </a>
          </div>
        ))}
      </Space>
    </Card>
  );
}
