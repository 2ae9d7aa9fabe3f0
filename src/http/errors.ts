import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isAfterviewError, type ErrorCode, type Remedy } from '../domain/errors.js';
import { loggedPath, type Log } from '../services/server-log.js';

/**
 * The one place HTTP errors are shaped: `{ error: { code, message, field } }`. Domain codes map
 * to 4xx here (STYLE.md: errors with stable codes, mapped once per edge).
 */

const STATUS: Record<ErrorCode, 400 | 404 | 409 | 503> = {
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  too_soon: 409,
  // The database does not match this version: the server cannot serve until it is upgraded.
  schema_mismatch: 503,
};

/** Codes only the HTTP edge produces. */
export type HttpOnlyCode =
  | 'forbidden_host'
  | 'forbidden_origin'
  | 'unauthorized'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'internal';

export interface ErrorBody {
  error: {
    code: ErrorCode | HttpOnlyCode;
    message: string;
    field: string | null;
    /** What the user can do about it, as data (the web app words it as a field or a button). */
    remedy?: Remedy;
  };
}

const MAX_MESSAGE = 500;

/**
 * Serialises an error body so that no raw markup reaches the wire: messages often quote what the
 * user sent, and `<`, `>` and `&` become JSON escapes (the parsed text is unchanged).
 */
export function errorJson(body: ErrorBody): string {
  const e = body.error;
  const message =
    e.message.length > MAX_MESSAGE ? `${e.message.slice(0, MAX_MESSAGE)}…` : e.message;
  return JSON.stringify({ error: { ...e, message } }).replace(
    /[<>&]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: ErrorBody['error']['code'],
  message: string,
  field: string | null = null,
  remedy?: Remedy,
): Response {
  const error = remedy === undefined ? { code, message, field } : { code, message, field, remedy };
  return c.body(errorJson({ error }), status, {
    'content-type': 'application/json; charset=utf-8',
  });
}

/** Hono's `onError`: domain errors become 4xx; anything else is a bug, logged, and a bare 500. */
export function onError(e: Error, c: Context, log: Log): Response {
  if (isAfterviewError(e)) {
    return errorResponse(c, STATUS[e.code], e.code, e.message, e.field ?? null, e.remedy);
  }
  log.error(
    'http.error',
    { method: c.req.method, path: loggedPath(c.req.url) },
    e.stack ?? e.message,
  );
  return errorResponse(c, 500, 'internal', 'unexpected failure; see the server log');
}
