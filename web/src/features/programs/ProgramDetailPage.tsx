// One program for the officials: what it is, the key areas it designates, its spreadsheet imports, and the way to its
// public page. Editing needs a scope that holds the program's region; others see it read-only.
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Popconfirm, Space } from 'antd';
import { ArrowLeftOutlined, EditOutlined, EyeOutlined, UploadOutlined } from '@ant-design/icons';
import { regionWithin } from '../../../../src/common/glossary.ts';
import { useSession } from '../../api/auth.ts';
import { errorText } from '../../api/client.ts';
import { useProgram, useRetireProgram } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { idParam } from '../../shared/params.ts';
import { isLoaded, ObjectFallback } from '../../shared/ObjectFallback.tsx';
import { DesignationsCard } from './DesignationsCard.tsx';
import { ProgramFacts } from './ProgramFacts.tsx';
import { ProgramImports } from './ProgramImports.tsx';
import { ProgramModal } from './ProgramModal.tsx';

export function ProgramDetailPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const id = idParam(useParams().id);
  const { data: me } = useSession();
  const program = useProgram(id);
  const retire = useRetireProgram();
  const [editing, setEditing] = useState(false);

  if (!isLoaded(program)) {
    return (
      <ObjectFallback
        query={program}
        missing={id === null}
        notFound={t('programs.notFound')}
        back={<Link to="/programs">{t('programs.backToList')}</Link>}
      />
    );
  }

  const p = program.data;
  const inScope = !!me && regionWithin(p.regionCode, me.scopeRegionCode);
  const canManage = inScope && p.status === 'active';

  return (
    <>
      <PageHeader
        title={p.name}
        description={
          <Link to="/programs">
            <ArrowLeftOutlined /> {t('programs.backToList')}
          </Link>
        }
        extra={
          <Space wrap>
            <Button data-testid="program-public-link" icon={<EyeOutlined />} onClick={() => void navigate(`/key-areas/${p.id}`)}>
              {t('programs.publicPage')}
            </Button>
            {canManage && (
              <>
                <Button data-testid="program-edit" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                  {t('programs.edit')}
                </Button>
                <Popconfirm
                  title={t('programs.retireConfirm', { name: p.name })}
                  description={t('programs.retireHelp')}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() =>
                    retire.mutateAsync(p.id).then(
                      () => void message.success(t('programs.retiredDone')),
                      (err: unknown) => void message.error(errorText(err)),
                    )
                  }
                >
                  <Button danger data-testid="program-retire">
                    {t('programs.retire')}
                  </Button>
                </Popconfirm>
                <Button
                  data-testid="import-start"
                  type="primary"
                  icon={<UploadOutlined />}
                  onClick={() => void navigate(`/programs/${p.id}/import`)}
                >
                  {t('programs.importStart')}
                </Button>
              </>
            )}
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <ProgramFacts program={p} showStatus />
          {!inScope && (
            <Alert type="info" showIcon title={t('programs.readOnly')} style={{ marginTop: 12 }} />
          )}
        </Card>
        <DesignationsCard program={p} canManage={canManage} />
        {inScope && <ProgramImports programId={p.id} canManage={canManage} />}
      </Space>
      {editing && <ProgramModal program={p} onClose={() => setEditing(false)} />}
    </>
  );
}
