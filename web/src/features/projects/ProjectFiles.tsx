// 项目文件: the project's files by kind (协议, 落地 / 进展佐证, 完成报告) with upload (the kind chosen first) and, until
// evidence has been used for landing (planned, signing, signed), delete.
import { useState } from 'react';
import type React from 'react';
import { App, Button, Card, Empty, Popconfirm, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { DeleteOutlined, FileImageOutlined, FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { PROJECT_FILE_KIND_LABELS } from '../../../../src/common/projects.ts';
import { errorText } from '../../api/client.ts';
import {
  MAX_PROJECT_FILES,
  PROJECT_FILE_KINDS,
  useDeleteProjectFile,
  type ProjectDetail,
  type ProjectFile,
  type ProjectFileKind,
} from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { fileSizeText } from '../needs/format.ts';
import { ACCEPT, useFileUpload } from './useFileUpload.ts';
import { W } from './words.ts';

const DELETABLE = new Set<ProjectDetail['status']>(['planned', 'signing', 'signed']);

/** The kind a new file most likely is, from where the project stands. */
function likelyKind(status: ProjectDetail['status']): ProjectFileKind {
  if (status === 'planned' || status === 'signing') return 'agreement';
  if (status === 'landed' || status === 'in_progress') return 'evidence';
  if (status === 'completed' || status === 'closed') return 'completion';
  return 'evidence';
}

export function ProjectFiles({ project }: { project: ProjectDetail }) {
  const { l, dateTime } = useI18n();
  const { message } = App.useApp();
  const [kind, setKind] = useState<ProjectFileKind>(likelyKind(project.status));
  const { onFile, uploading } = useFileUpload(project.id);
  const remove = useDeleteProjectFile(project.id);
  const canUpload = project.actions.upload;
  const canDelete = canUpload && DELETABLE.has(project.status);
  const full = project.files.length >= MAX_PROJECT_FILES;

  const columns = [
    {
      key: 'name',
      render: (_: unknown, f: ProjectFile) => (
        <Space size={8}>
          {f.mime === 'application/pdf' ? <FilePdfOutlined style={{ color: '#cf1322' }} /> : <FileImageOutlined style={{ color: '#1a56a8' }} />}
          <a href={f.url} target="_blank" rel="noreferrer">
            {f.name}
          </a>
          <Typography.Text type="secondary">{fileSizeText(f.sizeBytes)}</Typography.Text>
        </Space>
      ),
    },
    { key: 'at', width: 190, render: (_: unknown, f: ProjectFile) => <Typography.Text type="secondary">{dateTime(f.createdAt)}</Typography.Text> },
    ...(canDelete
      ? [
          {
            key: 'delete',
            width: 56,
            render: (_: unknown, f: ProjectFile) => (
              <Popconfirm
                title={l(W.deleteFile)}
                okText={l(W.delete)}
                cancelText={l(W.cancel)}
                onConfirm={() =>
                  remove.mutate(f.id, {
                    onSuccess: () => void message.success(l(W.deleted)),
                    onError: (err) => void message.error(errorText(err)),
                  })
                }
              >
                <Button
                  data-testid={`project-file-delete-${f.id}`}
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={l(W.delete)}
                  loading={remove.isPending && remove.variables === f.id}
                />
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={l(W.files)}
      data-testid="project-files"
      extra={
        canUpload && (
          <Space.Compact>
            <Select<ProjectFileKind>
              data-testid="project-file-kind"
              aria-label={l(W.fileKind)}
              value={kind}
              onChange={setKind}
              style={{ width: 150 }}
              popupMatchSelectWidth={false}
              options={PROJECT_FILE_KINDS.map((k) => ({ value: k, label: l(PROJECT_FILE_KIND_LABELS[k]) }))}
            />
            <Upload accept={ACCEPT} showUploadList={false} beforeUpload={(file) => onFile(file, kind)} disabled={full}>
              <Button data-testid="project-file-upload" icon={<UploadOutlined />} loading={uploading} disabled={full}>
                {l(W.upload)}
              </Button>
            </Upload>
          </Space.Compact>
        )
      }
    >
      {canUpload && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {l(W.filesHelp)}
        </Typography.Paragraph>
      )}
      {project.files.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={l(W.noFiles)} />
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {PROJECT_FILE_KINDS.map((k) => {
            const files = project.files.filter((f) => f.kind === k);
            if (files.length === 0) return null;
            return (
              <div key={k} data-testid={`project-files-${k}`} data-count={files.length}>
                <Tag color={k === 'evidence' ? 'green' : k === 'completion' ? 'gold' : 'blue'}>
                  {l(PROJECT_FILE_KIND_LABELS[k])} · {files.length}
                </Tag>
                <Table<ProjectFile>
                  rowKey="id"
                  size="small"
                  showHeader={false}
                  pagination={false}
                  dataSource={files}
                  columns={columns}
                  onRow={(f) => ({ 'data-testid': `project-file-${f.id}` }) as React.HTMLAttributes<HTMLElement>}
                  style={{ marginTop: 4 }}
                />
              </div>
            );
          })}
        </Space>
      )}
    </Card>
  );
}
