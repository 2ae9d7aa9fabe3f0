import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { classifyFailure } from '../domain/outbox.js';
import {
  SmtpSessions,
  buildEmail,
  htmlOf,
  sendSmtp,
  TransportError,
  writeEml,
  type Email,
  type SmtpConfig,
} from './mail.js';
import { TestSmtp } from './test/smtp.js';

const email = (over: Partial<Email> = {}): Email => ({
  from: { name: 'Nguyễn Văn An', address: 'an@example.com' },
  to: { name: 'Jürgen Müller', address: 'jm@northwind.example' },
  subject: 'Thank you – Backend Engineer interview (ünïcode)',
  text: 'Dear Jürgen,\n\nThank you for today <3 & more.\n\nBest regards,\nAn',
  messageId: '<3f1c@example.com>',
  date: new Date('2026-03-02T22:00:00Z'),
  ...over,
});

let smtp: TestSmtp;
const config = (over: Partial<SmtpConfig> = {}): SmtpConfig => ({
  host: '127.0.0.1',
  port: smtp.port,
  secure: false,
  requireTls: false,
  user: '',
  password: '',
  timeoutMs: 5000,
  ...over,
});
const envelope = { from: 'an@example.com', to: 'jm@northwind.example' };

async function failure(p: Promise<unknown>): Promise<TransportError> {
  const e: unknown = await p.then(
    () => new Error('expected a failure'),
    (err: unknown) => err,
  );
  if (!(e instanceof TransportError)) throw e;
  return e;
}

beforeAll(async () => {
  smtp = await TestSmtp.start();
});
afterAll(async () => {
  await smtp.close();
});
beforeEach(() => {
  smtp.reset();
});

describe('RFC 5322 message', () => {
  it('encodes UTF-8 names and subject, keeps our Message-ID and Date, and has text and HTML parts', async () => {
    const raw = await buildEmail(email());
    const head = raw.toString('latin1').split('\r\n\r\n')[0] ?? '';
    // Headers are 7-bit: non-ASCII travels as RFC 2047 encoded words.
    expect(/^[\x20-\x7e\r\n\t]*$/.test(head)).toBe(true);
    expect(head).toMatch(/^Message-ID: <3f1c@example.com>$/m);
    expect(head).toMatch(/^Date: Mon, 02 Mar 2026 22:00:00 \+0000$/m);
    expect(head).toMatch(/^MIME-Version: 1.0$/m);
    expect(head).toMatch(/multipart\/alternative/);
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe('Thank you – Backend Engineer interview (ünïcode)');
    expect(parsed.from?.value[0]).toEqual({ name: 'Nguyễn Văn An', address: 'an@example.com' });
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    expect(to?.value[0]).toEqual({ name: 'Jürgen Müller', address: 'jm@northwind.example' });
    expect(parsed.messageId).toBe('<3f1c@example.com>');
    expect(parsed.text?.trim()).toBe(email().text);
    expect(parsed.html).toContain('<p>Dear Jürgen,</p>');
    expect(parsed.html).toContain('&lt;3 &amp; more.');
  });

  it('turns paragraphs into HTML and escapes markup', () => {
    expect(htmlOf('a <b>\nc\n\nd')).toContain('<p>a &lt;b&gt;<br>\nc</p>\n<p>d</p>');
  });

  it('writes an .eml file that parses back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterview-eml-'));
    try {
      const path = join(dir, 'sub', 'note.eml');
      writeEml(path, await buildEmail(email()));
      const parsed = await simpleParser(readFileSync(path));
      expect(parsed.subject).toContain('Backend Engineer');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SMTP delivery to a real server on 127.0.0.1', () => {
  it('delivers: the server parses what we built', async () => {
    const raw = await buildEmail(email());
    const r = await sendSmtp(config(), envelope, raw);
    expect(r.response).toMatch(/^250 .*queued as T1/);
    expect(r.accepted).toEqual(['jm@northwind.example']);
    expect(smtp.received).toHaveLength(1);
    const got = smtp.received[0]!;
    expect(got.from).toBe('an@example.com');
    expect(got.to).toEqual(['jm@northwind.example']);
    expect(got.parsed.subject).toBe(email().subject);
    expect(got.parsed.messageId).toBe('<3f1c@example.com>');
    expect(got.parsed.text).toContain('Thank you for today');
  });

  it('a 5xx rejection is permanent', async () => {
    smtp.mode = 'reject';
    const e = await failure(sendSmtp(config(), envelope, await buildEmail(email())));
    expect(e.responseCode).toBe(550);
    expect(e.message).toContain('mailbox unavailable');
    expect(classifyFailure(e)).toBe('permanent');
  });

  it('a 4xx reply is retried', async () => {
    smtp.mode = 'tempfail';
    const e = await failure(sendSmtp(config(), envelope, await buildEmail(email())));
    expect(e.responseCode).toBe(451);
    expect(classifyFailure(e)).toBe('retry');
  });

  it('a connection cut before the data is retried: the server cannot have the message', async () => {
    smtp.mode = 'drop-envelope';
    const e = await failure(sendSmtp(config(), envelope, await buildEmail(email())));
    expect(e.dataSent).toBe(false);
    expect(e.responseCode).toBeNull();
    expect(classifyFailure(e)).toBe('retry');
    expect(smtp.received).toHaveLength(0);
  });

  it('a connection cut mid-send, with no reply, is unknown: the message may have arrived', async () => {
    smtp.mode = 'drop-data';
    const seen = smtp.dataSeen;
    const e = await failure(sendSmtp(config(), envelope, await buildEmail(email())));
    expect(smtp.dataSeen).toBe(seen + 1);
    expect(e.dataSent).toBe(true);
    expect(e.responseCode).toBeNull();
    expect(classifyFailure(e)).toBe('unknown');
  });

  it('a refused connection is retried', async () => {
    const closed = await TestSmtp.start();
    const port = closed.port;
    await closed.close();
    const e = await failure(sendSmtp(config({ port }), envelope, await buildEmail(email())));
    expect(e.dataSent).toBe(false);
    expect(classifyFailure(e)).toBe('retry');
  });
});

describe('SMTP login', () => {
  let authed: TestSmtp;
  beforeAll(async () => {
    authed = await TestSmtp.start({ auth: { user: 'an', pass: 's3cret-pass' } });
  });
  afterAll(async () => {
    await authed.close();
  });

  it('logs in and delivers', async () => {
    const r = await sendSmtp(
      config({ port: authed.port, user: 'an', password: 's3cret-pass' }),
      envelope,
      await buildEmail(email()),
    );
    expect(r.response).toMatch(/^250/);
    expect(authed.received).toHaveLength(1);
  });

  it('a wrong password is permanent, and the error never shows the password', async () => {
    const e = await failure(
      sendSmtp(
        config({ port: authed.port, user: 'an', password: 'wrong-pass' }),
        envelope,
        await buildEmail(email()),
      ),
    );
    expect(classifyFailure(e)).toBe('permanent');
    expect(e.message).not.toContain('wrong-pass');
  });
});

describe('a kept SMTP session (batches)', () => {
  it('sends several messages on one connection, survives a refusal and a server that hung up', async () => {
    const sessions = new SmtpSessions();
    const mailer = sessions.get(config());
    expect(sessions.get(config())).toBe(mailer);
    try {
      await mailer.send(envelope, await buildEmail(email({ messageId: '<1@example.com>' })));
      smtp.queue = ['reject'];
      const e = await failure(
        mailer.send(envelope, await buildEmail(email({ messageId: '<2@example.com>' }))),
      );
      expect(e.responseCode).toBe(550);
      await mailer.send(envelope, await buildEmail(email({ messageId: '<3@example.com>' })));
      smtp.dropAll(); // the server closes the idle connection
      await new Promise((r) => setTimeout(r, 50));
      await mailer.send(envelope, await buildEmail(email({ messageId: '<4@example.com>' })));
      expect(smtp.received.map((m) => m.parsed.messageId)).toEqual([
        '<1@example.com>',
        '<3@example.com>',
        '<4@example.com>',
      ]);
    } finally {
      sessions.close();
    }
  });
});
