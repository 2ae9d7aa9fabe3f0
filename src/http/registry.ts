import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { AfterviewError, invalidInput, isAfterviewError } from '../domain/errors.js';
import type { Ctx } from '../services/context.js';
import { parseInput, resolveSchema, type Input, type InputSchema } from '../services/input.js';
import { cachedRead } from '../services/read-cache.js';
import { acceptsGzip, encodeJson, matchesEtag, type Encoded } from './encode.js';
import { errorResponse } from './errors.js';
import { securedResponse, withSecurityHeaders } from './web.js';

/**
 * The route registry: every API route declares its method, path, the zod schemas of its
 * params, query and body, and the schema of its answer, once. The body and query schemas are
 * the use cases' own input schemas (src/services/<feature>/schema.ts), the ones the CLI parses
 * its flags with. Mounting validates requests with them, and the OpenAPI document is generated
 * from the very same list, so the docs cannot drift from what is enforced.
 */

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** A schema, or one that resolves local date-times in the user's zone (`(zone) => schema`). */
type Schema = InputSchema | undefined;
type Out<S extends Schema> = S extends InputSchema ? Input<S> : undefined;

/** A handler's answer when the status is not the route's default. */
export class Reply {
  constructor(
    readonly json: unknown,
    /** 503: the route's answer, but a dependency is down (`GET /api/health`). */
    readonly status: 200 | 201 | 503,
  ) {}
}

/** A handler's answer that is a file to hand to the browser (an `.eml`, a PDF), not JSON. */
export class FileReply {
  constructor(
    readonly bytes: Uint8Array<ArrayBuffer>,
    readonly type: string,
    readonly name: string,
    /** `attachment` (save it) rather than `inline` (open it in the browser). */
    readonly download: boolean,
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
  /** When the route may answer 503 with its response schema: the cause, for the docs. */
  unavailable?: string;
  /** The JSON of a success (documentation: /api/openapi.json). */
  response?: z.ZodType;
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

function parse<S extends Schema>(schema: S, value: unknown, where: string, zone: string): Out<S> {
  if (schema === undefined) return undefined as Out<S>;
  return parseInput(resolveSchema(schema, zone), value, where) as Out<S>;
}

/** The JSON body; an empty body is `{}` so that all-optional bodies may be left out. */
async function readBody(c: Context): Promise<unknown> {
  const bytes = await c.req.arrayBuffer();
  let text: string;
  try {
    // Invalid UTF-8 is refused, not replaced by U+FFFD and stored as if the user had typed it.
    text = UTF8.decode(bytes);
  } catch {
    throw invalidInput('the request body is not valid UTF-8', 'body');
  }
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

const UTF8 = new TextDecoder('utf-8', { fatal: true });

const renamed = (e: unknown, fields: RouteSpec<Schema, Schema, Schema>['fields']): unknown => {
  if (!isAfterviewError(e) || e.field === undefined || fields === undefined) return e;
  // Own keys only: a body key named `constructor` or `__proto__` must not find Object's members.
  if (!Object.hasOwn(fields, e.field)) return e;
  return new AfterviewError(e.code, e.message, fields[e.field]);
};

const NONE: ReadonlySet<string> = new Set();

const CACHED_JSON = { 'content-type': 'application/json; charset=utf-8', vary: 'accept-encoding' };

/**
 * An encoded body and its header sets (plain JSON, gzip, 304), each built on first use and then
 * kept with the cached body: an uncached read builds only the one it sends.
 */
class Ready {
  #raw: Readonly<Record<string, string>> | undefined;
  #gzip: Readonly<Record<string, string>> | undefined;
  #notModified: Readonly<Record<string, string>> | undefined;

  constructor(readonly e: Encoded) {}

  get raw() {
    return (this.#raw ??= withSecurityHeaders({ ...CACHED_JSON, etag: this.e.etag }));
  }

  get gzip() {
    return (this.#gzip ??= withSecurityHeaders({
      ...CACHED_JSON,
      etag: this.e.etag,
      'content-encoding': 'gzip',
    }));
  }

  get notModified() {
    return (this.#notModified ??= withSecurityHeaders({
      etag: this.e.etag,
      vary: 'accept-encoding',
    }));
  }
}

/** Headers and the key of the entry: a few hundred bytes besides the body. */
const ENTRY_OVERHEAD = 1024;

/**
 * The query parameters a route declares: the keys of its query schema (an object schema;
 * anything else is read through its JSON Schema, as the OpenAPI document reads it).
 */
export function declaredQuery(schema: z.ZodType | undefined): ReadonlySet<string> {
  if (schema === undefined) return new Set();
  if (schema instanceof z.ZodObject) return new Set(Object.keys(schema.shape));
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return new Set(Object.keys(json.properties ?? {}));
}

/**
 * The query string as parsed, refusing a parameter the route does not declare, as unknown body
 * fields are refused: a typo (`?stauts=done`) must not silently answer the unfiltered list, and
 * parameters that change nothing must not make new read-cache entries. Routes mounted outside the
 * registry call it too (with no parameters declared).
 */
export function queryOf(c: Context, declared: ReadonlySet<string> = NONE): Record<string, string> {
  const q = c.req.query();
  for (const key in q) {
    if (!declared.has(key)) {
      throw invalidInput(`${key} is not a query parameter of this route`, key);
    }
  }
  return q;
}

/** Registers the routes on a Hono app: validate → handler (service → present) → JSON. */
export function mount(
  app: Hono,
  ctx: Ctx,
  routes: readonly ApiRoute[],
  userZone: () => Promise<string>,
): void {
  for (const r of routes) {
    // Only schemas that resolve local date-times need the zone (one settings read).
    const zoned = [r.params, r.query, r.body].some((s) => typeof s === 'function');
    const declared = declaredQuery(
      r.query === undefined ? undefined : resolveSchema(r.query, 'UTC'),
    );
    app.on(r.method.toUpperCase(), r.path, async (c) => {
      try {
        const raw = queryOf(c, declared);
        const zone = zoned ? await userZone() : 'UTC';
        const params = parse(r.params, c.req.param(), 'path', zone);
        const query = r.query === undefined ? undefined : parse(r.query, raw, 'query', zone);
        if (r.cache !== undefined && r.method === 'get') {
          // The key is the route and its validated values, in schema order: `?limit=25&q=x`,
          // `?q=x&limit=025` and `?q=x&limit=25` are one entry.
          const key = `${r.path} ${JSON.stringify([params, query])}`;
          const heads = await cachedRead(
            ctx,
            key,
            async () => {
              const json = await r.handler({ params, query, body: undefined });
              return new Ready(encodeJson(JSON.stringify(json)));
            },
            { clock: r.cache === 'clock', size: (v) => v.e.bytes + ENTRY_OVERHEAD },
          );
          // The web app refetches lists often; an unchanged one costs a 304 and no parsing.
          const e = heads.e;
          if (matchesEtag(c.req.header('if-none-match'), e.etag)) {
            return securedResponse(null, 304, heads.notModified);
          }
          const gzip = acceptsGzip(c.req.header('accept-encoding')) ? e.gzip : null;
          return gzip !== null
            ? securedResponse(gzip, 200, heads.gzip)
            : securedResponse(e.raw, 200, heads.raw);
        }
        const body =
          r.body === undefined ? undefined : parse(r.body, await readBody(c), 'body', zone);
        const out = await r.handler({ params, query, body });
        if (out instanceof FileReply) {
          // The name is ours (message-ID-slug.ext), but quote-safe all the same.
          const name = out.name.replace(/["\\\r\n]/g, '_');
          return new Response(out.bytes, {
            status: 200,
            headers: {
              'content-type': out.type,
              'content-disposition': `${out.download ? 'attachment' : 'inline'}; filename="${name}"`,
              'cache-control': 'no-store',
            },
          });
        }
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
