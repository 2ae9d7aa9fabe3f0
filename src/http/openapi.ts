import { z } from 'zod';
import { resolveSchema, type InputSchema } from '../services/input.js';
import type { ApiRoute } from './registry.js';

/**
 * The OpenAPI 3.1 document, generated from the route registry: the same zod schemas that
 * validate each request describe it here (`z.toJSONSchema`, input side), and each route's
 * response schema describes its answer (output side), so there is no second, hand-written copy
 * to fall out of date.
 */

type Json = Record<string, unknown>;

const errorSchema = z.object({
  error: z.object({
    code: z
      .string()
      .describe('invalid_input, not_found, conflict, too_soon, schema_mismatch, forbidden_host, …'),
    message: z.string(),
    field: z.string().nullable().describe('the request field at fault, if any'),
  }),
});

function jsonSchema(input: InputSchema, io: 'input' | 'output' = 'input'): Json {
  // Zone-dependent schemas differ only in how they resolve local times, not in their shape.
  const s = resolveSchema(input, 'UTC');
  const schema = z.toJSONSchema(s, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as Json;
  // OpenAPI 3.1 schemas are JSON Schema 2020-12 already; the dialect line is noise inside one.
  delete schema.$schema;
  return schema;
}

/** Path and query parameters from an object schema's properties. */
function parameters(s: InputSchema | undefined, where: 'path' | 'query'): Json[] {
  if (s === undefined) return [];
  const schema = jsonSchema(s);
  const props = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(props).map(([name, p]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    ...(typeof p.description === 'string' ? { description: p.description } : {}),
    schema: p,
  }));
}

const openApiPath = (path: string): string => path.replace(/:([A-Za-z_]\w*)/g, '{$1}');

export function openApiDocument(routes: readonly ApiRoute[], version: string): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const r of routes) {
    const op: Json = {
      operationId: `${r.method}${r.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ?? '').toUpperCase())}`,
      summary: r.summary,
      tags: [r.tag],
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      responses: {
        [String(r.status ?? 200)]: {
          description: 'Success',
          content: {
            'application/json': {
              schema: r.response === undefined ? {} : jsonSchema(r.response, 'output'),
            },
          },
        },
        ...(r.unavailable === undefined
          ? {}
          : {
              '503': {
                description: r.unavailable,
                content: {
                  'application/json': {
                    schema: r.response === undefined ? {} : jsonSchema(r.response, 'output'),
                  },
                },
              },
            }),
        '4XX': {
          description: 'Invalid input, unknown id, conflict, or a refused host/origin',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    };
    if (r.body !== undefined) {
      const schema = jsonSchema(r.body);
      op.requestBody = {
        required: Array.isArray(schema.required) && schema.required.length > 0,
        content: { 'application/json': { schema } },
      };
    }
    const at = (paths[openApiPath(r.path)] ??= {});
    at[r.method] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Afterview API',
      version,
      description:
        'The local JSON API of Afterview. Errors are { error: { code, message, field } } with a 4xx status.',
    },
    servers: [{ url: '/' }],
    paths,
    components: { schemas: { Error: jsonSchema(errorSchema) } },
  };
}
