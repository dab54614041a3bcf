// 从表格导入重点地区: upload a published list, review how each name matched, save. The import in progress is in the
// address (?import=<id>), so a reload or a link from the program page reopens it where it was.
import { Link, Navigate, useParams, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Result, Space, Spin, Steps } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { errorText } from '../../api/client.ts';
import { useKeyAreaImport, type KeyAreaImport } from '../../api/keyAreaImports.ts';
import { useProgram } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { idParam } from '../../shared/params.ts';
import { isLoaded, ObjectFallback } from '../../shared/ObjectFallback.tsx';
import { ImportResultStep } from './ImportResultStep.tsx';
import { ImportReviewStep } from './ImportReviewStep.tsx';
import { ImportUploadStep } from './ImportUploadStep.tsx';

function stepOf(imp: KeyAreaImport | undefined): number {
  if (!imp) return 0;
  return imp.status === 'saved' ? 2 : 1;
}

export function KeyAreaImportPage() {
  const { t } = useI18n();
  const programId = idParam(useParams().id);
  const [params, setParams] = useSearchParams();
  const importId = idParam(params.get('import'));
  const program = useProgram(programId);
  const current = useKeyAreaImport(importId);

  const open = (imp: KeyAreaImport | null) => setParams(imp ? { import: String(imp.id) } : {}, { replace: imp === null });

  if (!isLoaded(program)) {
    return (
      <ObjectFallback
        query={program}
        missing={programId === null}
        notFound={t('programs.notFound')}
        back={<Link to="/programs">{t('programs.backToList')}</Link>}
      />
    );
  }
  const p = program.data;
  const imp = current.data;
  // An import of another program opened under this one's address: show it where it belongs.
  if (imp && imp.programId !== p.id) return <Navigate to={`/programs/${imp.programId}/import?import=${imp.id}`} replace />;

  let body;
  if (importId !== null && current.isError) {
    body = (
      <Result
        status="warning"
        title={errorText(current.error)}
        extra={
          <Button data-testid="import-restart" type="primary" onClick={() => open(null)}>
            {t('import.uploadAgain')}
          </Button>
        }
      />
    );
  } else if (importId !== null && !imp) {
    body = <Spin style={{ display: 'block', padding: 48 }} />;
  } else if (!imp) {
    body = <ImportUploadStep programId={p.id} onUploaded={open} />;
  } else if (imp.status === 'pending') {
    body = <ImportReviewStep key={imp.id} program={p} imp={imp} onDiscarded={() => open(null)} />;
  } else if (imp.status === 'saved') {
    body = <ImportResultStep imp={imp} onAnother={() => open(null)} />;
  } else {
    body = (
      <Result
        status="info"
        data-testid="import-discarded"
        title={t('import.discardedTitle', { file: imp.fileName })}
        extra={
          <Button data-testid="import-restart" type="primary" onClick={() => open(null)}>
            {t('import.uploadAgain')}
          </Button>
        }
      />
    );
  }

  return (
    <>
      <PageHeader
        title={t('import.title')}
        description={
          <Space wrap size={4}>
            <Link to={`/programs/${p.id}`}>
              <ArrowLeftOutlined /> {p.name}
            </Link>
            <span>· {p.regionName ?? p.regionCode}</span>
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Steps
            data-testid="import-steps"
            current={stepOf(imp)}
            status={imp?.status === 'saved' ? 'finish' : 'process'}
            items={[{ title: t('import.stepUpload') }, { title: t('import.stepReview') }, { title: t('import.stepDone') }]}
          />
        </Card>
        {p.status !== 'active' ? (
          <Alert type="warning" showIcon title={t('import.programRetired')} />
        ) : imp?.status === 'pending' ? (
          body
        ) : (
          <Card>{body}</Card>
        )}
      </Space>
    </>
  );
}
