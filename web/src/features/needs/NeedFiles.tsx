// A need's photos (thumbnails that open a preview) and documents (opened in a new tab), served by the platform.
import { Image, Space, Typography } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import type { NeedFile } from '../../api/needs.ts';
import { fileSizeText } from './format.ts';

export function NeedFiles({ files }: { files: readonly NeedFile[] }) {
  const photos = files.filter((f) => f.kind === 'photo');
  const documents = files.filter((f) => f.kind === 'document');
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {photos.length > 0 && (
        <Image.PreviewGroup>
          <Space wrap size={8} data-testid="need-photos">
            {photos.map((f) => (
              <Image
                key={f.id}
                src={f.url}
                alt={f.name}
                width={112}
                height={112}
                style={{ objectFit: 'cover', borderRadius: 6 }}
                data-testid={`need-photo-${f.id}`}
              />
            ))}
          </Space>
        </Image.PreviewGroup>
      )}
      {documents.length > 0 && (
        <Space orientation="vertical" size={4} data-testid="need-documents">
          {documents.map((f) => (
            <a key={f.id} href={f.url} target="_blank" rel="noopener noreferrer" data-testid={`need-document-${f.id}`}>
              <FilePdfOutlined /> {f.name}{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                （{fileSizeText(f.sizeBytes)}）
              </Typography.Text>
            </a>
          ))}
        </Space>
      )}
    </Space>
  );
}
