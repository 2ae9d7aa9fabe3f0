import { Readable } from 'node:stream';
import MailComposer from 'nodemailer/lib/mail-composer';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { TransportFailure } from '../domain/outbox.js';
import { printable } from '../domain/text.js';
import { writeFileAtomic } from './files.js';

/** The user's SMTP server. The password is only ever handed to the connection, never logged. */
export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the first byte (465); otherwise plain, upgraded with STARTTLS when offered. */
  secure: boolean;
  /** Refuse to continue without TLS (STARTTLS must succeed). */
  requireTls: boolean;
  user: string;
  password: string;
  /** Connection, greeting and idle timeouts (default 30 s). */
  timeoutMs?: number;
}

export interface MailAddress {
  name: string;
  address: string;
}

export interface Email {
  from: MailAddress;
  to: MailAddress;
  subject: string;
  text: string;
  /** `<id@domain>`: chosen by the caller and recorded before sending, so a crash keeps it. */
  messageId: string;
  date: Date;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The plain text as simple HTML: a paragraph per blank-line block, line breaks kept. */
export function htmlOf(text: string): string {
  const paras = text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
  return `<!doctype html>\n<html><head><meta charset="utf-8"></head><body style="font-family: sans-serif; line-height: 1.5">\n${paras}\n</body></html>\n`;
}

/**
 * The RFC 5322 message: UTF-8 headers (names and subject encoded as needed), our Message-ID and
 * Date, and a multipart/alternative body with a plain-text and a simple HTML part. The same bytes
 * go over SMTP and into a `.eml` file.
 */
export async function buildEmail(e: Email): Promise<Buffer> {
  // Header text is one line: a control character there could end the header or forge another.
  const person = (p: MailAddress): MailAddress => ({
    name: printable(p.name),
    address: printable(p.address),
  });
  const composer = new MailComposer({
    from: person(e.from),
    to: person(e.to),
    subject: printable(e.subject),
    text: e.text,
    html: htmlOf(e.text),
    messageId: e.messageId,
    date: e.date,
    textEncoding: 'quoted-printable',
  });
  return composer.compile().build();
}

/** Writes a message as an `.eml` file any mail program opens (complete or not at all). */
export function writeEml(path: string, raw: Buffer): void {
  writeFileAtomic(path, raw);
}

export interface SmtpResult {
  /** The server's final reply, e.g. `250 OK: queued as 1A2B`. */
  response: string;
  accepted: string[];
}

/** A failed SMTP delivery, with what the outbox needs to decide (domain/outbox.ts). */
export class TransportError extends Error implements TransportFailure {
  override name = 'TransportError';
  constructor(
    message: string,
    readonly code: string | null,
    readonly responseCode: number | null,
    readonly dataSent: boolean,
  ) {
    super(message);
  }
}

interface NodemailerLikeError {
  message?: unknown;
  code?: unknown;
  responseCode?: unknown;
}

function toTransportError(e: unknown, dataSent: boolean): TransportError {
  const err = (typeof e === 'object' && e !== null ? e : {}) as NodemailerLikeError;
  const message = typeof err.message === 'string' ? err.message : String(e);
  return new TransportError(
    message,
    typeof err.code === 'string' ? err.code : null,
    typeof err.responseCode === 'number' ? err.responseCode : null,
    dataSent,
  );
}

/**
 * An SMTP connection kept open for several messages (a batch, a queue worker): connecting costs
 * a round of greetings, often with a deliberate server delay (smtp-server waits 100 ms), so a
 * second message reuses the session. One message at a time.
 */
export class SmtpMailer {
  private conn: SMTPConnection | null = null;

  constructor(private readonly cfg: SmtpConfig) {}

  /**
   * Delivers one message. Rejects with a TransportError that says whether the message data had
   * been written before the failure: after that point a dropped connection may mean delivered.
   */
  async send(envelope: { from: string; to: string }, raw: Buffer): Promise<SmtpResult> {
    const reused = this.conn !== null;
    try {
      return await this.attempt(await this.session(), envelope, raw);
    } catch (e) {
      // A kept connection the server closed meanwhile fails before any byte of the message
      // went out: the message cannot have arrived, so one fresh connection is safe.
      if (reused && e instanceof TransportError && !e.dataSent && e.responseCode === null) {
        this.drop();
        return this.attempt(await this.session(), envelope, raw);
      }
      throw e;
    }
  }

  /** Says goodbye and closes the connection, if one is open. */
  close(): void {
    const conn = this.conn;
    this.conn = null;
    conn?.quit();
  }

  private drop(): void {
    this.conn?.close();
    this.conn = null;
  }

  private session(): Promise<SMTPConnection> {
    const open = this.conn;
    if (open !== null) return Promise.resolve(open);
    const timeout = this.cfg.timeoutMs ?? 30_000;
    const conn = new SMTPConnection({
      host: this.cfg.host,
      port: this.cfg.port,
      secure: this.cfg.secure,
      requireTLS: this.cfg.requireTls,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
      logger: false,
    });
    return new Promise((resolve, reject) => {
      let ready = false;
      const fail = (e: unknown): void => {
        conn.close();
        if (!ready) reject(toTransportError(e, false));
      };
      // Errors after the session is up also reach the send in flight; here they only retire it.
      conn.on('error', (e: unknown) => {
        if (this.conn === conn) this.conn = null;
        fail(e);
      });
      conn.on('end', () => {
        if (this.conn === conn) this.conn = null;
      });
      const up = (): void => {
        ready = true;
        this.conn = conn;
        resolve(conn);
      };
      conn.connect((err) => {
        if (err !== undefined) fail(err);
        else if (this.cfg.user === '') up();
        else
          conn.login({ user: this.cfg.user, pass: this.cfg.password }, (e) => {
            if (e !== null) fail(e);
            else up();
          });
      });
    });
  }

  private attempt(
    conn: SMTPConnection,
    envelope: { from: string; to: string },
    raw: Buffer,
  ): Promise<SmtpResult> {
    return new Promise((resolve, reject) => {
      let dataSent = false;
      const stream = Readable.from([raw]);
      stream.once('end', () => {
        dataSent = true;
      });
      conn.send(envelope, stream, (err, info) => {
        if (err === null) {
          resolve({ response: info.response, accepted: info.accepted });
          return;
        }
        // The server refused this message but the session is fine: reset it for the next one.
        const refused = err.responseCode !== undefined && err.responseCode !== 421;
        if (refused && this.conn === conn) {
          conn.reset((e) => {
            if (e !== null) this.drop();
          });
        } else if (this.conn === conn) {
          this.drop();
        }
        reject(toTransportError(err, dataSent));
      });
    });
  }
}

/** Open SMTP sessions by configuration, for a process that sends many messages. */
export class SmtpSessions {
  private readonly open = new Map<string, SmtpMailer>();

  get(cfg: SmtpConfig): SmtpMailer {
    const key = JSON.stringify(cfg);
    let m = this.open.get(key);
    if (m === undefined) {
      m = new SmtpMailer(cfg);
      this.open.set(key, m);
    }
    return m;
  }

  close(): void {
    for (const m of this.open.values()) m.close();
    this.open.clear();
  }
}

/** Delivers one message on a connection of its own, closed afterwards. */
export async function sendSmtp(
  cfg: SmtpConfig,
  envelope: { from: string; to: string },
  raw: Buffer,
): Promise<SmtpResult> {
  const mailer = new SmtpMailer(cfg);
  try {
    return await mailer.send(envelope, raw);
  } finally {
    mailer.close();
  }
}
