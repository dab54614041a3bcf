// /projects/new (optionally ?fairId=, or ?pairingId= or ?claimId=, which prefill places, fields, program and fair from the pairing,
// or name, place, fields and money from the claimed need) and /projects/:id/edit.
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Alert, Result, Spin } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useClaim } from '../../api/claims.ts';
import { ApiError, errorText } from '../../api/client.ts';
import { useNeed } from '../../api/needs.ts';
import { usePairingForProject, useProject } from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { idParam } from '../../shared/params.ts';
import { isLoaded, ObjectFallback } from '../../shared/ObjectFallback.tsx';
import { ProjectForm } from './ProjectForm.tsx';
import { valuesFromClaim, valuesFromPairing } from './projectForm.ts';
import { fill, W } from './words.ts';

function OriginNote({ text, testId }: { text: string; testId: string }) {
  return <Alert data-testid={testId} type="info" showIcon style={{ marginBottom: 16 }} title={text} />;
}

function OriginMissing() {
  const { l } = useI18n();
  return (
    <Alert
      data-testid="project-form-origin-missing"
      type="warning"
      showIcon
      title={l(W.originMissing)}
      action={<Link to="/projects/new">{l(W.newProject)}</Link>}
    />
  );
}

function FromPairing({ id }: { id: number }) {
  const { l } = useI18n();
  const pairing = usePairingForProject(id);
  if (pairing.isError) return pairing.error instanceof ApiError && pairing.error.status < 500 ? <OriginMissing /> : <Alert type="error" showIcon title={errorText(pairing.error)} />;
  if (!pairing.data) return <Spin style={{ display: 'block', padding: 48 }} />;
  return (
    <ProjectForm
      project={null}
      origin={{ pairingId: id }}
      prefill={valuesFromPairing(pairing.data)}
      originNote={<OriginNote testId="project-form-from-pairing" text={fill(l(W.fromPairing), { title: pairing.data.title })} />}
    />
  );
}

function FromClaim({ id }: { id: number }) {
  const { l } = useI18n();
  const claim = useClaim(id);
  // The need gives the key field and populations; an organization may open a need it claimed.
  const need = useNeed(claim.data?.need.id ?? null);
  if (claim.isError) return claim.error instanceof ApiError && claim.error.status < 500 ? <OriginMissing /> : <Alert type="error" showIcon title={errorText(claim.error)} />;
  if (!claim.data || need.isPending) return <Spin style={{ display: 'block', padding: 48 }} />;
  return (
    <ProjectForm
      project={null}
      origin={{ claimId: id }}
      prefill={valuesFromClaim(claim.data, need.data ?? null)}
      originNote={<OriginNote testId="project-form-from-claim" text={fill(l(W.fromClaim), { title: claim.data.need.title })} />}
    />
  );
}

function NewProject() {
  const [params] = useSearchParams();
  const pairingId = idParam(params.get('pairingId'));
  const claimId = idParam(params.get('claimId'));
  // From a fair's page: the project is tagged with the fair, so the fair's dashboard counts it.
  const fairId = idParam(params.get('fairId'));
  if (pairingId !== null) return <FromPairing id={pairingId} />;
  if (claimId !== null) return <FromClaim id={claimId} />;
  return <ProjectForm project={null} origin={{}} prefill={fairId === null ? {} : { fairId }} />;
}

function EditProject({ id }: { id: number }) {
  const { l } = useI18n();
  const query = useProject(id, { forForm: true });
  if (!isLoaded(query)) {
    return (
      <ObjectFallback
        query={query}
        notFound={l(W.notFound)}
        back={<Link to="/projects">{l(W.backToList)}</Link>}
      />
    );
  }
  return <ProjectForm key={query.data.id} project={query.data} origin={{}} prefill={{}} />;
}

export function ProjectFormPage() {
  const { l } = useI18n();
  const param = useParams().id;
  const id = idParam(param);
  const editing = param !== undefined;
  if (editing && id === null) return <Result status="404" title="404" subTitle={l(W.notFound)} />;
  return (
    <>
      <PageHeader
        title={editing ? l(W.editTitle) : l(W.createTitle)}
        description={
          <Link to={id !== null ? `/projects/${id}` : '/projects'}>
            <ArrowLeftOutlined /> {id !== null ? l(W.backToProject) : l(W.backToList)}
          </Link>
        }
      />
      {id !== null ? <EditProject id={id} /> : <NewProject />}
    </>
  );
}
