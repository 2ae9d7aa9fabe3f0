import { invalidInput } from '../errors.js';
import { isEmailAddress } from '../validate.js';
import { int, bool, line, specFor, str } from './keys.js';

/**
 * How mail leaves: the SMTP server, its login and the sender line. A value of its own, loaded
 * apart from the profile and the policy and handed only to delivery: nothing that plans or
 * drafts ever holds the password, and server mode can keep one transport per organisation.
 */
export interface MailTransport {
  /** `Name <email>`; empty means the profile's `name` and `email`. */
  mailFrom: string;
  mailAttempts: number;
  smtpHost: string;
  smtpPort: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS. */
  smtpSecure: boolean;
  /** Refuse to send over a connection that did not upgrade to TLS. */
  smtpRequireTls: boolean;
  smtpUser: string;
  /** Never printed or exported: shown as "(set)". */
  smtpPassword: string;
}

export const defaultTransport = (): MailTransport => ({
  mailFrom: '',
  mailAttempts: 3,
  smtpHost: '',
  smtpPort: 587,
  smtpSecure: false,
  smtpRequireTls: true,
  smtpUser: '',
  smtpPassword: '',
});

const spec = specFor<MailTransport>();

export const TRANSPORT_KEYS = {
  'mail.from': spec({
    field: 'mailFrom',
    help: 'sender, "Name <email>" (default: name and email)',
    parse: (raw, key) => {
      const v = line(raw, key);
      const address = /^[^<>]*<([^<>]*)>$/.exec(v)?.[1] ?? v;
      if (v !== '' && !isEmailAddress(address)) {
        throw invalidInput(`${key} must be an e-mail address or "Name <email>"`, key);
      }
      return v;
    },
    format: str,
  }),
  'mail.attempts': spec({
    field: 'mailAttempts',
    help: 'delivery attempts on transport errors before a message is marked failed',
    parse: int(1, 10),
    format: str,
  }),
  'smtp.host': spec({ field: 'smtpHost', help: 'SMTP server host', parse: line, format: str }),
  'smtp.port': spec({
    field: 'smtpPort',
    help: 'SMTP port: 587 (STARTTLS) or 465 (TLS)',
    parse: int(1, 65535),
    format: str,
  }),
  'smtp.secure': spec({
    field: 'smtpSecure',
    help: 'true for TLS from the start (port 465), false for STARTTLS',
    parse: bool,
    format: str,
  }),
  'smtp.require_tls': spec({
    field: 'smtpRequireTls',
    help: 'refuse to send unless the connection is encrypted',
    parse: bool,
    format: str,
  }),
  'smtp.user': spec({ field: 'smtpUser', help: 'SMTP login', parse: line, format: str }),
  'smtp.password': spec({
    field: 'smtpPassword',
    help: 'SMTP password (or AFTERVIEW_SMTP_PASSWORD); never printed',
    parse: (raw) => raw,
    format: (v) => (v === '' ? '' : '(set)'),
  }),
} as const;
