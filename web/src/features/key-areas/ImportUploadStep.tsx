// Step 1 of an import: which list the sheet is (重点区县, 深度贫困乡镇, 定点村), with the columns it must have, the
// county kind for a county list, and the file. The server reads it and answers with every entry resolved.
import { useState } from 'react';
import { Button, Form, Radio, Select, Space, Typography, Upload, type UploadFile } from 'antd';
import { InboxOutlined, UploadOutlined } from '@ant-design/icons';
import {
  COUNTY_KINDS,
  IMPORT_KINDS,
  MAX_IMPORT_BYTES,
  useUploadKeyAreaImport,
  type CountyDesignationKind,
  type ImportKind,
  type KeyAreaImport,
} from '../../api/keyAreaImports.ts';
import { applyServerErrors } from '../../api/forms.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';

interface UploadForm {
  kind: ImportKind;
  countyKind: CountyDesignationKind;
  file?: UploadFile[];
}

const FIELDS = ['kind', 'countyKind', 'file'] as const;
const ACCEPT = '.xlsx,.csv';

export function ImportUploadStep({ programId, onUploaded }: { programId: number; onUploaded: (imp: KeyAreaImport) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<UploadForm>();
  const upload = useUploadKeyAreaImport(programId);
  const [problems, setProblems] = useState<string[]>([]);
  const kind = Form.useWatch('kind', form) ?? 'county';

  const onFinish = (values: UploadForm) => {
    const file = values.file?.[0]?.originFileObj;
    if (!file) return;
    setProblems([]);
    upload.mutate(
      { kind: values.kind, ...(values.kind === 'county' ? { countyKind: values.countyKind } : {}), file },
      {
        onSuccess: onUploaded,
        onError: (err) => setProblems(applyServerErrors(form, err, FIELDS)),
      },
    );
  };

  return (
    <>
      <FormProblems problems={problems} testId="import-upload-error" />
      <Form<UploadForm>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ kind: 'county', countyKind: 'key_county_national', file: [] }}
        onFinish={onFinish}
        style={{ maxWidth: 720 }}
      >
        <Form.Item name="kind" label={t('import.sheetKind')}>
          <Radio.Group style={{ width: '100%' }}>
            <Space orientation="vertical" size={8} style={{ width: '100%' }}>
              {IMPORT_KINDS.map((k) => (
                <Radio key={k} value={k}>
                  <span data-testid={`import-kind-${k}`}>
                    <Typography.Text strong>{t(`importKind.${k}`)}</Typography.Text>
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                      {t('import.columns', { columns: t(`importColumns.${k}`) })}
                    </Typography.Text>
                  </span>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        {kind === 'county' && (
          <Form.Item name="countyKind" label={t('import.countyKind')} extra={t('import.countyKindHelp')}>
            <Select<CountyDesignationKind>
              data-testid="import-county-kind"
              style={{ maxWidth: 320 }}
              options={COUNTY_KINDS.map((k) => ({ value: k, label: t(`designationKind.${k}`) }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="file"
          label={t('import.file')}
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
          rules={[
            {
              validator: (_, list: UploadFile[] | undefined) => {
                const file = list?.[0];
                if (!file?.originFileObj) return Promise.reject(new Error(t('import.fileRequired')));
                if (!/\.(xlsx|csv)$/i.test(file.name)) return Promise.reject(new Error(t('import.fileType')));
                if ((file.size ?? 0) > MAX_IMPORT_BYTES) return Promise.reject(new Error(t('import.fileTooLarge')));
                return Promise.resolve();
              },
            },
          ]}
        >
          <Upload.Dragger data-testid="import-file" accept={ACCEPT} maxCount={1} beforeUpload={() => false}>
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('import.dropHere')}</p>
            <p className="ant-upload-hint">{t('import.fileHint')}</p>
          </Upload.Dragger>
        </Form.Item>
        <Button data-testid="import-upload" type="primary" htmlType="submit" icon={<UploadOutlined />} loading={upload.isPending}>
          {t('import.upload')}
        </Button>
      </Form>
    </>
  );
}
