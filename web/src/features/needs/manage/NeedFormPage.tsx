// /needs/new (optionally ?household=ID) and /needs/:id/edit: the need form, and once the need exists its photos
// and documents. A household need shows the household as claimants will see it (surname + 某), taken from the
// household's page when the person came from there, so that opening the form is not another logged read.
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { Alert, Card, Result, Spin, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { maskPersonName } from '../../../../../src/common/id-number.ts';
import { ApiError, errorText } from '../../../api/client.ts';
import { useHousehold } from '../../../api/households.ts';
import { useManagedNeed } from '../../../api/needManagement.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { PageHeader } from '../../../shared/PageHeader.tsx';
import { isLoaded, ObjectFallback } from '../../../shared/ObjectFallback.tsx';
import { idParam } from '../../../shared/params.ts';
import { NeedFiles } from './NeedFiles.tsx';
import { NeedForm } from './NeedForm.tsx';
import type { HouseholdNeedPlace } from './needForm.ts';

function placeFromState(state: unknown, id: number): HouseholdNeedPlace | null {
  const h = (state as { household?: Partial<HouseholdNeedPlace> } | null)?.household;
  if (
    !h ||
    h.id !== id ||
    typeof h.maskedName !== 'string' ||
    typeof h.village?.code !== 'string' ||
    typeof h.village.name !== 'string'
  )
    return null;
  return { id, maskedName: h.maskedName, village: { code: h.village.code, name: h.village.name } };
}

function NewNeed() {
  const { l } = useI18n();
  const [params] = useSearchParams();
  const location = useLocation();
  const householdId = idParam(params.get('household'));
  const fromState = householdId === null ? null : placeFromState(location.state, householdId);
  const household = useHousehold(fromState === null ? householdId : null);

  let place: HouseholdNeedPlace | null = fromState;
  if (householdId !== null && place === null) {
    if (household.isError) {
      const gone = household.error instanceof ApiError && household.error.status === 404;
      return (
        <Alert
          data-testid="need-form-household-missing"
          type="error"
          showIcon
          title={
            gone
              ? l({ zh: '没有这个住户，或不在您的管辖范围内', en: 'No such household in your area' })
              : errorText(household.error)
          }
        />
      );
    }
    if (!household.data) return <Spin style={{ display: 'block', padding: 48 }} />;
    if (household.data.status !== 'active') {
      return (
        <Alert
          data-testid="need-form-household-archived"
          type="warning"
          showIcon
          title={l({ zh: '该户已归档，不能再为其发布需求', en: 'The household is archived: no new needs for it' })}
        />
      );
    }
    place = {
      id: household.data.id,
      maskedName: maskPersonName(household.data.headName),
      village: household.data.region,
    };
  }

  return (
    <>
      <NeedForm key={place ? `household-${place.id}` : 'place'} need={null} household={place} />
      <Card title={l({ zh: '照片和文件', en: 'Photos and documents' })} style={{ marginTop: 16 }}>
        <Typography.Text type="secondary" data-testid="need-files-after-save">
          {l({ zh: '先保存草稿，再上传现场照片或证明材料。', en: 'Save a draft first, then add photos or documents.' })}
        </Typography.Text>
      </Card>
    </>
  );
}

function EditNeed({ id }: { id: number }) {
  const { l } = useI18n();
  const query = useManagedNeed(id);
  if (!isLoaded(query)) {
    return (
      <ObjectFallback
        query={query}
        notFound={l({ zh: '没有这条需求，或不在您的管辖范围内', en: 'No such need in your area' })}
        back={<Link to="/needs/manage">{l({ zh: '返回需求列表', en: 'Back to needs' })}</Link>}
      />
    );
  }
  const need = query.data;
  return (
    <>
      <NeedForm key={need.id} need={need} household={null} />
      <div style={{ marginTop: 16 }}>
        <NeedFiles needId={need.id} files={need.files} canEdit={need.actions.edit} />
      </div>
    </>
  );
}

export function NeedFormPage() {
  const { l } = useI18n();
  const param = useParams().id;
  const id = idParam(param);
  const editing = param !== undefined;

  if (editing && id === null) {
    return <Result status="404" title="404" subTitle={l({ zh: '没有这条需求', en: 'No such need' })} />;
  }
  return (
    <>
      <PageHeader
        title={editing ? l({ zh: '修改需求', en: 'Edit the need' }) : l({ zh: '发布需求', en: 'Publish a need' })}
        description={
          <Link to={id !== null ? `/needs/${id}` : '/needs/manage'}>
            <ArrowLeftOutlined />{' '}
            {id !== null
              ? l({ zh: '返回需求详情', en: 'Back to the need' })
              : l({ zh: '返回需求列表', en: 'Back to needs' })}
          </Link>
        }
      />
      {id !== null ? <EditNeed id={id} /> : <NewNeed />}
    </>
  );
}
