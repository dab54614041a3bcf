// /ledger/new: a new aid record, optionally for a claimed need (?needId=&householdId=, from a claim) or a project or
// pairing (?projectId=, ?pairingId=), which prefill what they know; /ledger/new?correct=<id>: the correction of a
// record, prefilled with it (the server reverses it and records the new one).
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Spin } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useAidRecord } from '../../api/ledger.ts';
import { useNeed } from '../../api/needs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { isLoaded, ObjectFallback } from '../../shared/ObjectFallback.tsx';
import { PageHeader } from '../../shared/PageHeader.tsx';
import { idParam } from '../../shared/params.ts';
import { AidRecordForm } from './AidRecordForm.tsx';
import { formValuesOf, valuesFromNeed, type AidRecordFormValues } from './recordForm.ts';
import { W, fill } from './words.ts';

function Correction({ id }: { id: number }) {
  const { l, lang } = useI18n();
  const query = useAidRecord(id, { forForm: true });
  if (!isLoaded(query)) {
    return <ObjectFallback query={query} notFound={l(W.notFound)} back={<Link to="/ledger">{l(W.backToList)}</Link>} />;
  }
  return <AidRecordForm key={query.data.record.id} correcting={query.data} prefill={formValuesOf(query.data, lang)} />;
}

function ForNeed({ needId, links }: { needId: number; links: AidRecordFormValues }) {
  const { l } = useI18n();
  const need = useNeed(needId);
  if (need.isPending) return <Spin style={{ display: 'block', padding: 48 }} />;
  if (!need.data) {
    // The need may not be visible to the giver any more; the record can still be written, for the household given.
    return (
      <AidRecordForm
        correcting={null}
        prefill={{ ...links, needId }}
        originNote={
          <Alert
            data-testid="aid-form-need-missing"
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={l(W.needMissing)}
          />
        }
      />
    );
  }
  const fromNeed = valuesFromNeed(need.data);
  return (
    <AidRecordForm
      correcting={null}
      prefill={{ ...links, ...fromNeed, householdId: fromNeed.householdId ?? links.householdId ?? null }}
      householdLabel={need.data.household?.maskedName ?? null}
      originNote={
        <Alert
          data-testid="aid-form-from-need"
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={fill(l(W.fromNeed), { title: need.data.title })}
        />
      }
    />
  );
}

export function AidRecordFormPage() {
  const { l } = useI18n();
  const [params] = useSearchParams();
  const correctId = idParam(params.get('correct'));
  const needId = idParam(params.get('needId'));
  const links: AidRecordFormValues = {};
  const householdId = idParam(params.get('householdId'));
  const projectId = idParam(params.get('projectId'));
  const pairingId = idParam(params.get('pairingId'));
  if (householdId !== null) links.householdId = householdId;
  if (projectId !== null) links.projectId = projectId;
  if (pairingId !== null) links.pairingId = pairingId;

  return (
    <>
      <PageHeader
        title={correctId !== null ? fill(l(W.correctTitle), { id: correctId }) : l(W.createTitle)}
        description={
          <Link to={correctId !== null ? `/ledger/${correctId}` : '/ledger'}>
            <ArrowLeftOutlined /> {correctId !== null ? l(W.backToRecord) : l(W.backToList)}
          </Link>
        }
      />
      {correctId !== null ? (
        <Correction id={correctId} />
      ) : needId !== null ? (
        <ForNeed needId={needId} links={links} />
      ) : (
        <AidRecordForm correcting={null} prefill={links} />
      )}
    </>
  );
}
