import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLog, logLevel, type Log } from '../adapters/log.js';
import { TestSmtp } from '../adapters/test/smtp.js';
import { Dispatcher } from './outbox/dispatch.js';
import { loggedPath, logDelivery } from './server-log.js';
import { fixture, loggedInterview, type Fixture } from './test/interview-fixture.js';

/** A logger into memory: what `afterview serve` would write on stderr. */
function memoryLog(level: 'debug' | 'info' = 'info'): { log: Log; lines: () => string[] } {
  const out: string[] = [];
  const log = createLog({ level, stream: { write: (s: string) => out.push(s) } });
  return { log, lines: () => out.join('').trim().split('\n').filter(Boolean) };
}

let smtp: TestSmtp;
let f: Fixture;
beforeAll(async () => {
  smtp = await TestSmtp.start();
});
afterAll(() => smtp.close());
beforeEach(async () => {
  smtp.reset();
  f = await fixture({ ...smtp.settings(), email: 'alex.doe@example.com' });
});
afterEach(() => f.cleanup());

describe("the server's log", () => {
  it('logs a digest sent to an address as JSON events, without the address or the subject', async () => {
    await loggedInterview(f.ctx);
    const { log, lines } = memoryLog();
    const d = new Dispatcher(f.ctx, {
      appUrl: 'http://127.0.0.1:4747',
      owner: 'test-host:1',
      isOwnerGone: () => false,
      retryBaseMs: 2000,
      timeoutMs: 5000,
      timers: { set: () => 0, clear: () => undefined },
      log: (line) => {
        logDelivery(log, line);
      },
    });
    f.at('2026-03-09T12:00:00.000Z'); // 08:00 in Toronto: the digest's time
    await d.tick();
    expect(smtp.received.map((m) => m.to)).toEqual([['alex.doe@example.com']]);
    const events = lines().map((l) => JSON.parse(l) as Record<string, unknown>);
    const sent = events.find((e) => e.event === 'delivery');
    expect(sent).toMatchObject({ level: 30, kind: 'digest', outcome: 'sent' });
    expect(sent?.messageId).toEqual(expect.any(Number));
    const text = lines().join('\n');
    expect(text).not.toContain('alex.doe@example.com');
    expect(text).not.toContain(smtp.received[0]?.parsed.subject ?? '(no subject)');
    expect(text).not.toContain('Alex');
  });

  it('masks addresses and tokens in any text, and censors personal fields', () => {
    const { log, lines } = memoryLog();
    log.error(
      'delivery',
      {
        messageId: 4,
        email: 'bob@example.com',
        subject: 'Thanks, Bob',
        detail: 'to <bob@example.com>',
      },
      '550 5.1.1 <bob@example.com>: mailbox unavailable; see http://x/?token=abc123',
    );
    const [line = ''] = lines();
    expect(line).not.toContain('bob@example.com');
    expect(line).not.toContain('Thanks, Bob');
    expect(line).not.toContain('abc123');
    expect(JSON.parse(line)).toMatchObject({
      event: 'delivery',
      messageId: 4,
      email: '[redacted]',
      subject: '[redacted]',
      detail: 'to <[address]>',
      msg: '550 5.1.1 <[address]>: mailbox unavailable; see http://x/?token=[redacted]',
    });
  });

  it('reads its level from AFTERVIEW_LOG_LEVEL, info by default', () => {
    expect(logLevel(undefined)).toBe('info');
    expect(logLevel('DEBUG')).toBe('debug');
    expect(() => logLevel('loud')).toThrow(/AFTERVIEW_LOG_LEVEL must be one of/);
    const { log, lines } = memoryLog('info');
    log.debug('http', { path: '/api/today' });
    expect(lines()).toEqual([]);
    expect(log.enabled('debug')).toBe(false);
  });

  it('logs request paths without the query string or the calendar token', () => {
    expect(loggedPath('http://127.0.0.1:4747/api/applications?q=Ada%20Lovelace')).toBe(
      '/api/applications',
    );
    expect(loggedPath('http://127.0.0.1:4747/calendar/s3cr3t-feed.ics')).toBe('/calendar/[token]');
  });
});
