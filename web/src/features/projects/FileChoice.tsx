// Choosing the project's files of one kind inside a step's form (evidence for landing, reports for completion), with
// an upload right there: a new file is ticked as soon as the server has it.
import { useEffect, useRef } from 'react';
import { Button, Checkbox, Space, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { ProjectFile, ProjectFileKind } from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { fileSizeText } from '../needs/format.ts';
import { ACCEPT, useFileUpload } from './useFileUpload.ts';
import { W } from './words.ts';

export interface FileChoiceProps {
  projectId: number;
  kind: ProjectFileKind;
  /** The project's files of this kind (the detail read again after an upload). */
  files: ProjectFile[];
  value?: number[];
  onChange?: (ids: number[]) => void;
  testId: string;
}

export function FileChoice({ projectId, kind, files, value, onChange, testId }: FileChoiceProps) {
  const { l } = useI18n();
  const { onFile, uploading } = useFileUpload(projectId);
  const chosen = value ?? [];
  // The latest choice, for an upload that answers after the person ticked something else.
  const latest = useRef(chosen);
  latest.current = chosen;
  const tick = (ids: number[]) => onChange?.([...new Set([...latest.current, ...ids])]);
  // When the server's reply does not name the new file, it is ticked once it shows in the list.
  const known = useRef(new Set(files.map((f) => f.id)));
  const waiting = useRef(false);
  useEffect(() => {
    const fresh = files.filter((f) => !known.current.has(f.id)).map((f) => f.id);
    for (const id of fresh) known.current.add(id);
    if (fresh.length > 0 && waiting.current) {
      waiting.current = false;
      onChange?.([...new Set([...latest.current, ...fresh])]);
    }
  }, [files, onChange]);

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid={testId}>
      {files.length > 0 && (
        <Checkbox.Group value={chosen} onChange={(ids) => onChange?.(ids)} style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
          {files.map((f) => (
            <Checkbox key={f.id} value={f.id} data-testid={`${testId}-file-${f.id}`}>
              {f.name} <Typography.Text type="secondary">{fileSizeText(f.sizeBytes)}</Typography.Text>
            </Checkbox>
          ))}
        </Checkbox.Group>
      )}
      <Upload
        accept={ACCEPT}
        showUploadList={false}
        beforeUpload={(file) =>
          onFile(file, kind, (id) => {
            if (id !== null) tick([id]);
            else waiting.current = true;
          })
        }
      >
        <Button data-testid={`${testId}-upload`} icon={<UploadOutlined />} loading={uploading}>
          {l(W.upload)}
        </Button>
      </Upload>
    </Space>
  );
}
