import { createHash } from 'node:crypto';
import { constants, gzipSync } from 'node:zlib';

/** Below this, compression costs more than it saves. */
const MIN_GZIP = 1024;

/**
 * A JSON body encoded once and served many times from the read cache: the UTF-8 bytes, and a
 * gzip copy for clients that accept it (every browser does). A list of a few hundred actions is
 * ~150 kB of JSON and ~15 kB gzipped; compressing once per data change instead of per request
 * (or not at all) is what keeps `GET /api/today` fast under load. The gzip copy is made on the
 * first request that accepts it, so a client that does not (or a read the cache does not keep)
 * never pays for compressing.
 */
export class Encoded {
  readonly raw: Uint8Array<ArrayBuffer>;
  /** A weak validator of the content (both encodings), for `If-None-Match`. */
  readonly etag: string;
  #gzip: Uint8Array<ArrayBuffer> | null | undefined;

  constructor(text: string) {
    this.raw = Buffer.from(text, 'utf8');
    this.etag = `W/"${createHash('sha1').update(this.raw).digest('base64url')}"`;
  }

  /** The gzip copy, or null when the body is too small to be worth compressing. */
  get gzip(): Uint8Array<ArrayBuffer> | null {
    if (this.#gzip === undefined) {
      this.#gzip =
        this.raw.length < MIN_GZIP
          ? null
          : gzipSync(this.raw, { level: constants.Z_BEST_SPEED + 5 });
    }
    return this.#gzip;
  }

  /** The memory it holds or will hold once compressed (gzip of JSON lists is ~1/10). */
  get bytes(): number {
    return this.raw.length + (this.#gzip?.length ?? Math.ceil(this.raw.length / 8));
  }
}

export const encodeJson = (text: string): Encoded => new Encoded(text);

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
