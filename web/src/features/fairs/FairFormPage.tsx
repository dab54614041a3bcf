// /fairs/new and /fairs/:id/edit: the fair form for officials, new or filled with the saved fair.
import { Link, useParams } from 'react-router-dom';
import { Result } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useSession } from '../../api/auth.ts';
import { useFair } from '../../api/fairs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { idParam } from '../../shared/params.ts';
import { isLoaded, ObjectFallback } from '../../shared/ObjectFallback.tsx';
import { FairForm } from './FairForm.tsx';
import { isOfficialRole } from './roles.ts';
import { W } from './words.ts';

function EditFair({ id }: { id: number }) {
  const { l } = useI18n();
  const query = useFair(id);
  if (!isLoaded(query)) {
    return <ObjectFallback query={query} notFound={l(W.notFound)} back={<Link to="/fairs">{l(W.backToList)}</Link>} />;
  }
  return <FairForm key={query.data.id} fair={query.data} />;
}

export function FairFormPage() {
  const { l } = useI18n();
  const param = useParams().id;
  const id = idParam(param);
  const editing = param !== undefined;
  const { data: me } = useSession();

  if (!me) return null;
  if (!isOfficialRole(me.role)) {
    return <Result status="403" title="403" subTitle={l(W.officialsOnly)} extra={<Link to="/fairs">{l(W.backToList)}</Link>} />;
  }

  if (editing && id === null) {
    return <Result status="404" title="404" subTitle={l(W.notFound)} extra={<Link to="/fairs">{l(W.backToList)}</Link>} />;
  }
  return (
    <>
      <PageHeader
        title={editing ? l(W.editTitle) : l(W.newTitle)}
        description={
          <Link to={id !== null ? `/fairs/${id}` : '/fairs'}>
            <ArrowLeftOutlined /> {id !== null ? l(W.backToFair) : l(W.backToList)}
          </Link>
        }
      />
      {id !== null ? <EditFair id={id} /> : <FairForm fair={null} />}
    </>
  );
}
