import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildEmail,
  sendSmtp,
  writeEml,
  type MailAddress,
  type SmtpConfig,
  type SmtpSessions,
} from '../../adapters/mail.js';
import { invalidInput } from '../../domain/errors.js';
import type { Via } from '../../domain/outbox.js';
import type { MailTransport, Profile } from '../../domain/settings.js';
import { inZone } from '../../domain/time.js';
import type { Instant, Message } from '../../domain/types.js';
import { parsePerson } from '../../domain/validate.js';

/** What delivery needs from outside the database. */
export interface DeliveryEnv {
  /** Folder for .eml and .pdf files when no --out is given (the CLI: $AFTERVIEW_HOME/outbox). */
  outDir?: string;
  /** AFTERVIEW_SMTP_PASSWORD: wins over the stored password. */
  smtpPassword?: string;
  /** SMTP timeouts (default 30 s). */
  timeoutMs?: number;
  /**
   * How long a claim for sending protects its message before anyone may hold it
   * (AFTERVIEW_SEND_LEASE_SECONDS); default `defaultLeaseMs(timeoutMs)`, 2 minutes.
   */
  leaseMs?: number;
  /** Keep SMTP connections open across messages (a batch); the caller closes them. */
  smtpSessions?: SmtpSessions;
}

/**
 * What delivery reads: who sends (the profile), through what (the transport), and the zone a
 * letter is dated in. Delivery is the only place the transport goes.
 */
export interface Sending {
  profile: Profile;
  transport: MailTransport;
  zone: string;
}

/** The SMTP settings, complete, or a user-facing error saying which one to set. */
export function smtpConfigOf(s: MailTransport, env: DeliveryEnv): SmtpConfig {
  if (s.smtpHost === '') {
    throw invalidInput(
      'no SMTP server set: set smtp.host (and smtp.user, smtp.password), or save the e-mail as an .eml file instead',
      'smtp.host',
      {
        do: 'set_setting',
        keys: ['smtp.host', 'smtp.user', 'smtp.password'],
        example: 'smtp.example.com',
      },
    );
  }
  const password = env.smtpPassword ?? s.smtpPassword;
  if (s.smtpUser !== '' && password === '') {
    throw invalidInput(
      'smtp.user is set but there is no password: set smtp.password, or AFTERVIEW_SMTP_PASSWORD in the environment',
      'smtp.password',
      { do: 'set_setting', keys: ['smtp.password'] },
    );
  }
  return {
    host: s.smtpHost,
    port: s.smtpPort,
    secure: s.smtpSecure,
    requireTls: s.smtpRequireTls,
    user: s.smtpUser,
    password,
    timeoutMs: env.timeoutMs,
  };
}

/** The sender: `mail.from`, else `name <email>`. */
export function senderOf(s: Profile, t: Pick<MailTransport, 'mailFrom'>): MailAddress {
  if (t.mailFrom !== '') {
    const p = parsePerson(t.mailFrom, 'mail.from');
    if (p.email !== null)
      return { name: t.mailFrom.includes('<') ? p.name : s.name, address: p.email };
  }
  if (s.email === '') {
    throw invalidInput('set your e-mail address first (the email setting)', 'email', {
      do: 'set_setting',
      keys: ['email'],
      example: 'you@example.com',
    });
  }
  return { name: s.name, address: s.email };
}

/** A globally unique Message-ID on the sender's domain. */
export const newMessageId = (from: string): string =>
  `<${randomUUID()}@${from.split('@')[1] ?? 'afterview.invalid'}>`;

const slug = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'message';

/** `--out` as a file, or a folder (existing, or ending in /) to put the named file in. */
function artifactPath(m: Message, ext: string, out: string | undefined, env: DeliveryEnv): string {
  const name = `message-${String(m.id)}-${slug(m.recipientName ?? m.kind)}.${ext}`;
  if (out === undefined) {
    if (env.outDir === undefined)
      throw invalidInput('out is required: where to save the file', 'out');
    return join(env.outDir, name);
  }
  if (out.endsWith('/') || (existsSync(out) && statSync(out).isDirectory())) return join(out, name);
  return out;
}

export interface Delivered {
  /** The SMTP server's final reply. */
  response: string | null;
  artifactPath: string | null;
}

/** Hands the message to its transport: the SMTP server, an .eml file, a PDF, or nobody (manual). */
export async function deliver(
  m: Message & { company?: string | null },
  via: Via,
  sending: Sending,
  out: string | undefined,
  env: DeliveryEnv,
  at: Instant,
): Promise<Delivered> {
  switch (via) {
    case 'smtp':
    case 'eml': {
      const from = senderOf(sending.profile, sending.transport);
      const raw = await buildEmail({
        from,
        to: { name: m.recipientName ?? '', address: m.recipientEmail ?? '' },
        subject: m.subject,
        text: m.body,
        messageId: m.transportId ?? newMessageId(from.address),
        date: new Date(at),
      });
      if (via === 'eml') {
        const path = artifactPath(m, 'eml', out, env);
        writeEml(path, raw);
        return { response: null, artifactPath: path };
      }
      const cfg = smtpConfigOf(sending.transport, env);
      const envelope = { from: from.address, to: m.recipientEmail ?? '' };
      const r = await (env.smtpSessions === undefined
        ? sendSmtp(cfg, envelope, raw)
        : env.smtpSessions.get(cfg).send(envelope, raw));
      return { response: r.response, artifactPath: null };
    }
    case 'pdf': {
      const path = artifactPath(m, 'pdf', out, env);
      const s = sending.profile;
      // Loaded on first use: PDFKit and its fonts cost ~25 MB that a server which never
      // prints should not carry.
      const { writePdf } = await import('../../adapters/pdf.js');
      await writePdf(path, {
        layout: m.channel === 'drop_off' ? 'card' : 'letter',
        paper: s.paper,
        sender: { name: s.name, address: s.address, email: s.email, phone: s.phone },
        recipient: {
          name: m.recipientName ?? '',
          company: m.company ?? '',
          address: m.recipientAddress,
        },
        date: inZone(at, sending.zone).setLocale('en-US').toFormat('MMMM d, yyyy'),
        title: m.subject === '' ? 'Letter' : m.subject,
        body: m.body,
        createdAt: new Date(at),
      });
      return { response: null, artifactPath: path };
    }
    case 'manual':
      return { response: null, artifactPath: null };
  }
}
