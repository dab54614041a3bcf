// What a page about one object (a pairing, a project, a claim …) shows until it can show the object: 404 with the way
// back when the address names none or the server has none within the person's reach, the error, or a spinner.
import type { ReactNode } from 'react';
import { Alert, Result, Spin } from 'antd';
import { ApiError, errorText } from '../api/client.ts';

interface ObjectQuery {
  data?: unknown;
  error: unknown;
  isError: boolean;
}

/** Whether the object is there to show; false as well after a failed refetch, which the fallback then reports. */
export function isLoaded<Q extends ObjectQuery>(query: Q): query is Q & { data: NonNullable<Q['data']> } {
  return !query.isError && Boolean(query.data);
}

export interface ObjectFallbackProps {
  query: ObjectQuery;
  /** The address holds no usable id (the query never ran). */
  missing?: boolean;
  notFound: string;
  back?: ReactNode;
}

export function ObjectFallback({ query, missing = false, notFound, back }: ObjectFallbackProps) {
  if (missing || (query.error instanceof ApiError && query.error.status === 404)) {
    return <Result status="404" title="404" subTitle={notFound} extra={back} />;
  }
  if (query.isError) return <Alert type="error" showIcon title={errorText(query.error)} />;
  return <Spin style={{ display: 'block', padding: 48 }} />;
}
