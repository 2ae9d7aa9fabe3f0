/**
 * The one way the UI talks to the server: JSON over same-origin fetch. Every failure becomes an
 * `ApiError` carrying the API's `{ error: { code, message, field } }`, so forms can show the
 * server's own words next to the field it names.
 */
import type { Remedy } from '../../domain/errors.js';
import { errorWords } from '../lib/wording.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field: string | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; field?: unknown; remedy?: Remedy };
}

const asText = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(
      0,
      'offline',
      'Afterview is not answering: is its server still running?',
      null,
    );
  }
  const text = await res.text();
  const data: unknown = text === '' ? null : safeParse(text);
  if (!res.ok) {
    const e = (data as ErrorBody | null)?.error;
    throw new ApiError(
      res.status,
      asText(e?.code) ?? `http_${String(res.status)}`,
      errorWords(
        asText(e?.message) ?? `The server answered ${String(res.status)} ${res.statusText}`,
        asText(e?.field),
        e?.remedy,
      ),
      asText(e?.field),
    );
  }
  return data as T;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  del: <T>(path: string) => request<T>('DELETE', path),
};

/** A query string from the defined, non-empty values only. */
export function query(params: Record<string, string | number | boolean | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== '') q.set(k, String(v));
  }
  const s = q.toString();
  return s === '' ? '' : `?${s}`;
}

export const errorText = (e: unknown): string =>
  e instanceof Error ? e.message : 'Something went wrong.';
