// A need's photos and documents: the list with delete, and the upload (PNG, JPEG, WebP or PDF up to 10 MB, at most
// 9 files; the server checks the content too). Files belong to a saved need, so the form shows this after saving.
import type React from 'react';
import { App, Button, Card, Image, Popconfirm, Space, Table, Tag, Typography, Upload } from 'antd';
import { DeleteOutlined, FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { ApiError, errorText } from '../../../api/client.ts';
import {
  MAX_NEED_FILE_BYTES,
  MAX_NEED_FILES,
  useDeleteNeedFile,
  useUploadNeedFile,
  type NeedFile,
} from '../../../api/needManagement.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { fileSizeText } from '../format.ts';

const ACCEPT = '.png,.jpg,.jpeg,.webp,.pdf';
const TYPES = /\.(png|jpe?g|webp|pdf)$/i;

/** A refused upload says why (the file's type, its content, the count), not only that it was refused. */
function uploadProblem(err: unknown): string {
  if (err instanceof ApiError && err.fields.length > 0) return err.fields.map((f) => f.message).join('；');
  return errorText(err);
}

export function NeedFiles({ needId, files, canEdit }: { needId: number; files: NeedFile[]; canEdit: boolean }) {
  const { l } = useI18n();
  const { message } = App.useApp();
  const upload = useUploadNeedFile(needId);
  const remove = useDeleteNeedFile(needId);
  const full = files.length >= MAX_NEED_FILES;

  const onFile = (file: File) => {
    if (!TYPES.test(file.name))
      message.error(l({ zh: '只能上传 PNG、JPG、WebP 图片或 PDF 文件', en: 'PNG, JPG, WebP or PDF files only' }));
    else if (file.size > MAX_NEED_FILE_BYTES)
      message.error(l({ zh: '文件不能超过 10 MB', en: 'Files may be up to 10 MB' }));
    else {
      upload.mutate(file, {
        onSuccess: () => void message.success(l({ zh: `已上传：${file.name}`, en: `Uploaded: ${file.name}` })),
        onError: (err) => void message.error(uploadProblem(err)),
      });
    }
    return Upload.LIST_IGNORE;
  };

  return (
    <Card
      title={l({ zh: '照片和文件', en: 'Photos and documents' })}
      data-testid="need-files"
      extra={
        canEdit && (
          <Upload accept={ACCEPT} showUploadList={false} beforeUpload={onFile} disabled={full}>
            <Button data-testid="need-file-upload" icon={<UploadOutlined />} loading={upload.isPending} disabled={full}>
              {l({ zh: '上传', en: 'Upload' })}
            </Button>
          </Upload>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {l({
          zh: `现场照片或证明材料，PNG、JPG、WebP 或 PDF，每个不超过 10 MB，最多 ${MAX_NEED_FILES} 个。照片中请不要出现住户的身份证件或未成年人的面部。`,
          en: `Photos of the site or supporting documents: PNG, JPG, WebP or PDF, up to 10 MB each, at most ${MAX_NEED_FILES}. Keep ID cards and minors’ faces out of photos.`,
        })}
      </Typography.Paragraph>
      <Table<NeedFile>
        data-testid="need-file-list"
        rowKey="id"
        size="small"
        pagination={false}
        showHeader={false}
        dataSource={files}
        locale={{ emptyText: l({ zh: '还没有文件', en: 'No files yet' }) }}
        onRow={(f) => ({ 'data-testid': `need-file-${f.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'preview',
            width: 72,
            render: (_, f) =>
              f.kind === 'photo' ? (
                <Image
                  src={f.url}
                  width={56}
                  height={56}
                  style={{ objectFit: 'cover', borderRadius: 4 }}
                  alt={f.name}
                />
              ) : (
                <FilePdfOutlined style={{ fontSize: 36, color: '#cf1322' }} />
              ),
          },
          {
            key: 'name',
            render: (_, f) => (
              <Space orientation="vertical" size={2}>
                <a href={f.url} target="_blank" rel="noreferrer">
                  {f.name}
                </a>
                <Space size={4}>
                  <Tag>{f.kind === 'photo' ? l({ zh: '照片', en: 'Photo' }) : l({ zh: '文件', en: 'Document' })}</Tag>
                  <Typography.Text type="secondary">{fileSizeText(f.sizeBytes)}</Typography.Text>
                </Space>
              </Space>
            ),
          },
          ...(canEdit
            ? [
                {
                  key: 'delete',
                  width: 56,
                  render: (_: unknown, f: NeedFile) => (
                    <Popconfirm
                      title={l({ zh: '删除这个文件？', en: 'Delete this file?' })}
                      okText={l({ zh: '删除', en: 'Delete' })}
                      cancelText={l({ zh: '取消', en: 'Cancel' })}
                      onConfirm={() =>
                        remove.mutate(f.id, {
                          onSuccess: () => void message.success(l({ zh: '已删除', en: 'Deleted' })),
                          onError: (err) => void message.error(errorText(err)),
                        })
                      }
                    >
                      <Button
                        data-testid={`need-file-delete-${f.id}`}
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={l({ zh: '删除', en: 'Delete' })}
                        loading={remove.isPending && remove.variables === f.id}
                      />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
