import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { AfterviewError, invalidInput, isAfterviewError } from '../domain/errors.js';
import type { Ctx } from '../services/context.js';
import { cachedRead } from '../services/read-cache.js';
import { acceptsGzip, encodeJson, matchesEtag, type Encoded } from './encode.js';
import { errorResponse } from './errors.js';
import { securedResponse, withSecurityHeaders } from './web.js';

/**
 * The route registry: every API route declares its method, path and the zod schemas of its
 * params, query and body once. Mounting validates requests with them, and the OpenAPI document
 * is generated from the very same list, so the docs cannot drift from what is enforced.
 */

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Schema = z.ZodType | undefined;
type Out<S extends Schema> = S extends z.ZodType ? z.output<S> : undefined;

/** A handler's answer when the status is not the route's default. */
export class Reply {
  constructor(
    readonly json: unknown,
    readonly status: 200 | 201,
  ) {}
}

export interface RouteSpec<P extends Schema, Q extends Schema, B extends Schema> {
  method: Method;
  /** Hono syntax: `/api/actions/:id/done`. */
  path: string;
  summary: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  /** The success status (default 200). */
  status?: 200 | 201;
  /**
   * Serve a GET from the read cache until the data changes (`data`), and at least once a minute
   * for time-dependent reads (`clock`). The handler's JSON is cached as text.
   */
  cache?: 'data' | 'clock';
  /** Service error fields as this route names them, e.g. `{ app: 'application_id' }`. */
  fields?: Readonly<Record<string, string>>;
  handler: (input: { params: Out<P>; query: Out<Q>; body: Out<B> }) => Promise<unknown>;
}

/** A route with its types erased, as the registry keeps it. */
export type ApiRoute = RouteSpec<Schema, Schema, Schema>;

/** Declares a route; the generics carry the schemas' types into the handler. */
export const route = <
  P extends Schema = undefined,
  Q extends Schema = undefined,
  B extends Schema = undefined,
>(
  spec: RouteSpec<P, Q, B>,
): ApiRoute => spec;

/** Turns the first zod issue into our `invalid_input` error, naming the field. */
function fromIssues(issues: readonly z.core.$ZodIssue[], where: string): AfterviewError {
  const issue = issues[0];
  if (issue === undefined) return invalidInput(`invalid ${where}`, where);
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const field = [...path, key].join('.');
    return invalidInput(`${field} is not a field of this request`, field);
  }
  const field = path.length === 0 ? where : path.join('.');
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  return invalidInput(missing ? `${field} is required` : `${field}: ${issue.message}`, field);
}

function parse<S extends Schema>(schema: S, value: unknown, where: string): Out<S> {
  if (schema === undefined) return undefined as Out<S>;
  const r = schema.safeParse(value, { reportInput: true });
  if (!r.success) throw fromIssues(r.error.issues, where);
  return r.data as Out<S>;
}

/** The JSON body; an empty body is `{}` so that all-optional bodies may be left out. */
async function readBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  // A JSON content type also makes a cross-site form post impossible without a CORS preflight.
  if (!/^application\/json\s*(;|$)/.test(type)) {
    throw new UnsupportedMediaType();
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalidInput('the request body is not valid JSON', 'body');
  }
}

class UnsupportedMediaType extends Error {}

const renamed = (e: unknown, fields: RouteSpec<Schema, Schema, Schema>['fields']): unknown => {
  if (!isAfterviewError(e) || e.field === undefined || fields === undefined) return e;
  const to = fields[e.field];
  return to === undefined ? e : new AfterviewError(e.code, e.message, to);
};

const CACHED_JSON = { 'content-type': 'application/json; charset=utf-8', vary: 'accept-encoding' };

/** An encoded body with its three possible header sets, built once per data change. */
function ready(e: Encoded) {
  const etag = { etag: e.etag, vary: 'accept-encoding' };
  return {
    ...e,
    heads: {
      raw: withSecurityHeaders({ ...CACHED_JSON, ...etag }),
      gzip: withSecurityHeaders({ ...CACHED_JSON, ...etag, 'content-encoding': 'gzip' }),
      notModified: withSecurityHeaders(etag),
    },
  };
}

/** Registers the routes on a Hono app: validate → handler (service → present) → JSON. */
export function mount(app: Hono, ctx: Ctx, routes: readonly ApiRoute[]): void {
  for (const r of routes) {
    app.on(r.method.toUpperCase(), r.path, async (c) => {
      try {
        const input = () => ({
          params: parse(r.params, c.req.param(), 'path'),
          query: r.query === undefined ? undefined : parse(r.query, c.req.query(), 'query'),
        });
        if (r.cache !== undefined && r.method === 'get') {
          // The key is the path and query as sent: `/api/actions?status=all`. Validation runs
          // with the computation: a live entry means this very URL was valid, and invalid input
          // fails the computation, which the cache does not keep.
          const url = c.req.url;
          const key = url.slice(url.indexOf('/', url.indexOf('//') + 2));
          const encoded = await cachedRead(
            ctx,
            key,
            async () => {
              const json = await r.handler({ ...input(), body: undefined });
              return ready(encodeJson(JSON.stringify(json)));
            },
            { clock: r.cache === 'clock' },
          );
          // The web app refetches lists often; an unchanged one costs a 304 and no parsing.
          if (matchesEtag(c.req.header('if-none-match'), encoded.etag)) {
            return securedResponse(null, 304, encoded.heads.notModified);
          }
          return encoded.gzip !== null && acceptsGzip(c.req.header('accept-encoding'))
            ? securedResponse(encoded.gzip, 200, encoded.heads.gzip)
            : securedResponse(encoded.raw, 200, encoded.heads.raw);
        }
        const { params, query } = input();
        const body = r.body === undefined ? undefined : parse(r.body, await readBody(c), 'body');
        const out = await r.handler({ params, query, body });
        const reply = out instanceof Reply ? out : new Reply(out, r.status ?? 200);
        return c.json(reply.json, reply.status);
      } catch (e) {
        if (e instanceof UnsupportedMediaType) {
          return errorResponse(
            c,
            415,
            'unsupported_media_type',
            'send the body as JSON with content-type: application/json',
            'content-type',
          );
        }
        throw renamed(e, r.fields);
      }
    });
  }
}
