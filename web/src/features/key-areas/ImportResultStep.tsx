// Step 3 of an import: what the save did to the program's key areas, and where to look at them.
import { Link } from 'react-router-dom';
import { Button, Col, Result, Row, Statistic } from 'antd';
import type { KeyAreaImport } from '../../api/keyAreaImports.ts';
import { useI18n } from '../../i18n/index.tsx';

export function ImportResultStep({ imp, onAnother }: { imp: KeyAreaImport; onAnother: () => void }) {
  const { t } = useI18n();
  const result = imp.result ?? { created: 0, updated: 0, unchanged: 0, dropped: 0 };
  const figures = [
    { key: 'created', label: t('import.created'), value: result.created },
    { key: 'updated', label: t('import.updated'), value: result.updated },
    { key: 'unchanged', label: t('import.unchanged'), value: result.unchanged },
    { key: 'dropped', label: t('import.droppedCount'), value: result.dropped },
  ];
  return (
    <Result
      data-testid="import-result"
      status="success"
      title={t('import.savedTitle')}
      subTitle={t('import.savedSub', { file: imp.fileName })}
      extra={[
        <Link key="program" to={`/programs/${imp.programId}`} data-testid="import-to-program">
          <Button type="primary">{t('import.toProgram')}</Button>
        </Link>,
        <Link key="public" to={`/key-areas/${imp.programId}`} data-testid="import-to-public">
          <Button>{t('import.toPublic')}</Button>
        </Link>,
        <Button key="again" data-testid="import-again" onClick={onAnother}>
          {t('import.another')}
        </Button>,
      ]}
    >
      <Row gutter={16} style={{ maxWidth: 560, margin: '0 auto' }}>
        {figures.map((f) => (
          <Col key={f.key} span={6} style={{ textAlign: 'center' }}>
            <Statistic title={f.label} value={f.value} data-testid={`import-result-${f.key}`} />
          </Col>
        ))}
      </Row>
    </Result>
  );
}
