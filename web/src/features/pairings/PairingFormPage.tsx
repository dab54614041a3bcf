// /pairings/new (optionally ?fairId=ID, from a fair's page) and /pairings/:id/edit: the pairing form, for the
// organizations that propose pairings; a pairing that can no longer change says so instead.
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Alert, Result } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import type { Role } from '../../../../src/common/glossary.ts';
import { useSession } from '../../api/auth.ts';
import { PAIRING_STATUS_LABELS, usePairing } from '../../api/pairings.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { idParam } from '../../shared/params.ts';
import { isLoaded, ObjectFallback } from '../../shared/ObjectFallback.tsx';
import { PairingForm } from './PairingForm.tsx';
import { fill, W } from './words.ts';

const ORGANIZATION_ROLES: readonly Role[] = ['organization_admin', 'organization_member'];

function EditPairing({ id }: { id: number }) {
  const { l } = useI18n();
  const query = usePairing(id);
  if (!isLoaded(query)) return <ObjectFallback query={query} notFound={l(W.notFound)} />;
  const pairing = query.data;
  if (!pairing.actions.edit) {
    return (
      <Alert
        data-testid="pairing-form-locked"
        type="info"
        showIcon
        title={fill(l(W.locked), { status: l(PAIRING_STATUS_LABELS[pairing.status]) })}
        action={<Link to={`/pairings/${pairing.id}`}>{l(W.backToList)}</Link>}
      />
    );
  }
  return <PairingForm key={pairing.id} pairing={pairing} fairId={null} />;
}

export function PairingFormPage() {
  const { l } = useI18n();
  const { data: me } = useSession();
  const params = useParams();
  const [search] = useSearchParams();
  const editing = params.id !== undefined;
  const id = idParam(params.id);
  const back = (
    <Link to={editing && id !== null ? `/pairings/${id}` : '/pairings'}>
      <ArrowLeftOutlined /> {l(W.backToList)}
    </Link>
  );

  if (!me) return null;
  if (!ORGANIZATION_ROLES.includes(me.role)) {
    return <Result status="403" title="403" subTitle={l(W.notOrganization)} extra={back} />;
  }
  if (editing && id === null) return <Result status="404" title="404" subTitle={l(W.notFound)} extra={back} />;

  return (
    <>
      <PageHeader title={editing ? l(W.editTitle) : l(W.newTitle)} description={back} />
      {id !== null ? <EditPairing id={id} /> : <PairingForm pairing={null} fairId={idParam(search.get('fairId'))} />}
    </>
  );
}
