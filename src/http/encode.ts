import { createHash } from 'node:crypto';
import { constants, gzipSync } from 'node:zlib';

/**
 * A JSON body encoded once and served many times from the read cache: the UTF-8 bytes, and a
 * gzip copy for clients that accept it (every browser does). A list of a few hundred actions is
 * ~150 kB of JSON and ~15 kB gzipped; compressing once per data change instead of per request
 * (or not at all) is what keeps `GET /api/today` fast under load.
 */
export interface Encoded {
  raw: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer> | null;
  /** A weak validator of the content (both encodings), for `If-None-Match`. */
  etag: string;
}

/** Below this, compression costs more than it saves. */
const MIN_GZIP = 1024;

export function encodeJson(text: string): Encoded {
  const raw = Buffer.from(text, 'utf8');
  return {
    raw,
    gzip: raw.length < MIN_GZIP ? null : gzipSync(raw, { level: constants.Z_BEST_SPEED + 5 }),
    etag: `W/"${createHash('sha1').update(raw).digest('base64url')}"`,
  };
}

/** Whether an If-None-Match header names this validator (a list, or `*`). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const strip = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || strip(t) === strip(etag));
}

/** A browser sends the same header on every request: remember the last answer. */
let last: { header: string; gzip: boolean } = { header: '', gzip: false };

/** Whether an Accept-Encoding header allows gzip (and does not refuse it with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined) return false;
  if (header === last.header) return last.gzip;
  const gzip = parseAcceptsGzip(header);
  last = { header, gzip };
  return gzip;
}

function parseAcceptsGzip(header: string): boolean {
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (name !== 'gzip' && name !== '*') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}
