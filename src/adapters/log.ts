import { pino, type DestinationStream, type Level, type Logger } from 'pino';

/**
 * The server's log: JSON lines on stderr (pino), one object per event with an `event` name and
 * fields a machine can filter on (`messageId`, `outcome`, …). It must never carry personal data
 * or a secret, whatever a caller passes: fields with such names are censored, and every text
 * (the message included) has its e-mail addresses and URL tokens masked, since an SMTP error or
 * a database error quotes the address or the row it refused.
 */

export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Log {
  debug: (event: string, fields?: LogFields, msg?: string) => void;
  info: (event: string, fields?: LogFields, msg?: string) => void;
  warn: (event: string, fields?: LogFields, msg?: string) => void;
  error: (event: string, fields?: LogFields, msg?: string) => void;
  /** Whether `level` is written: skip building a line nobody reads. */
  enabled: (level: 'debug' | 'info' | 'warn' | 'error') => boolean;
}

export const LOG_LEVELS: readonly Level[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'];

/** Field names whose values are never written, at the top level or one level down. */
const SECRET_KEYS = [
  'email',
  'to',
  'from',
  'cc',
  'bcc',
  'address',
  'recipient',
  'name',
  'subject',
  'body',
  'password',
  'smtpPassword',
  'token',
  'cookie',
  'authorization',
  'secret',
];

const EMAIL = /[^\s<>"'(),;:[\]@]+@[^\s<>"'(),;:[\]@]+\.[^\s<>"'(),;:[\]@]+/g;
const URL_TOKEN = /([?&](?:token|t)=)[^&\s#]+/g;

/** A text with its e-mail addresses and URL tokens masked. */
export function scrub(text: string): string {
  return text.replace(EMAIL, '[address]').replace(URL_TOKEN, '$1[redacted]');
}

const scrubValues = (o: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = typeof v === 'string' ? scrub(v) : v;
  return out;
};

/** The level named by AFTERVIEW_LOG_LEVEL, `info` when unset; an unknown name is refused. */
export function logLevel(value: string | undefined): Level {
  if (value === undefined || value === '') return 'info';
  const level = value.toLowerCase() as Level;
  if (!LOG_LEVELS.includes(level)) {
    throw new Error(
      `AFTERVIEW_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${scrub(value)}")`,
    );
  }
  return level;
}

/** A logger writing to `stream` (stderr by default, synchronously: nothing lost at exit). */
export function createLog(
  opts: { level?: Level; stream?: DestinationStream } = {},
): Log & { pino: Logger } {
  const logger = pino(
    {
      level: opts.level ?? 'info',
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [...SECRET_KEYS, ...SECRET_KEYS.map((k) => `*.${k}`)],
        censor: '[redacted]',
      },
      formatters: { log: scrubValues },
      hooks: {
        logMethod(args, method) {
          const [first, ...rest] = args;
          // pino's message is the last string argument; mask it as the fields are.
          const masked = rest.map((a) => (typeof a === 'string' ? scrub(a) : a));
          method.apply(this, [first, ...masked] as Parameters<typeof method>);
        },
      },
    },
    opts.stream ?? pino.destination({ fd: 2, sync: true }),
  );
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (event: string, fields: LogFields = {}, msg?: string): void => {
      if (msg === undefined) logger[level]({ event, ...fields });
      else logger[level]({ event, ...fields }, msg);
    };
  return {
    pino: logger,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    enabled: (level) => logger.isLevelEnabled(level),
  };
}
