// The one way the web app talks to the server: JSON over fetch with the session cookie, the CSRF header on writes,
// and the server's error model ({code, message, fields?, requestId}) turned into an ApiError. A FormData body goes
// as multipart (file uploads), with the boundary set by the browser.

export interface FieldError {
  field: string;
  message: string;
}

interface ErrorBody {
  code?: unknown;
  message?: unknown;
  fields?: unknown;
  requestId?: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  readonly requestId: string | undefined;

  constructor(status: number, body: ErrorBody | null, fallback: string) {
    super(typeof body?.message === 'string' ? body.message : fallback);
    this.name = 'ApiError';
    this.status = status;
    this.code = typeof body?.code === 'string' ? body.code : `HTTP_${status}`;
    this.fields = Array.isArray(body?.fields)
      ? body.fields.filter(
          (f): f is FieldError =>
            typeof f === 'object' && f !== null && typeof (f as FieldError).field === 'string' && typeof (f as FieldError).message === 'string',
        )
      : [];
    this.requestId = typeof body?.requestId === 'string' ? body.requestId : undefined;
  }
}

export const CSRF_COOKIE = 'bangfu_csrf';

/** The CSRF token the server set in a cookie readable by the page; sent back in the x-csrf-token header. */
export function csrfToken(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

/** Called on every 401 outside the login form: the app forgets the session and shows the login page. */
let onUnauthenticated: ((error: ApiError) => void) | undefined;
export function setUnauthenticatedHandler(handler: (error: ApiError) => void): void {
  onUnauthenticated = handler;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  /** JSON, or FormData for a multipart upload. */
  body?: unknown;
  /** Do not treat a 401 as a lost session (the login form itself answers 401 for a wrong password). */
  expect401?: boolean;
  signal?: AbortSignal;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  const multipart = options.body instanceof FormData;
  if (options.body !== undefined && !multipart) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    const token = csrfToken();
    if (token) headers['x-csrf-token'] = token;
  }
  let response: Response;
  try {
    response = await fetch(withQuery(`/api${path}`, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, { code: 'NETWORK', message: '无法连接服务器，请检查网络后重试' }, '无法连接服务器');
  }
  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const error = new ApiError(response.status, (data as ErrorBody | null) ?? null, `请求失败（${response.status}）`);
    if (response.status === 401 && !options.expect401) onUnauthenticated?.(error);
    throw error;
  }
  return data as T;
}

/** The server's field-by-field messages of a refusal, for places with no form field to put them on (filter bars). */
export function errorFieldMessages(error: unknown): string[] {
  return error instanceof ApiError ? error.fields.map((f) => f.message) : [];
}

export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
