import type { Socket } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Received {
  from: string;
  to: string[];
  raw: Buffer;
  parsed: ParsedMail;
}

/**
 * What the test server does with the next messages:
 * - `accept`: 250 with a queue id;
 * - `reject`: 550 after the data (a permanent refusal);
 * - `tempfail`: 451 after the data (try again later);
 * - `drop-envelope`: the connection is cut at RCPT TO, before any data;
 * - `drop-data`: the connection is cut while the message data arrives, with no reply;
 * - `hang`: the data is read and never answered (a client killed now may or may not have sent).
 */
export type Mode = 'accept' | 'reject' | 'tempfail' | 'drop-envelope' | 'drop-data' | 'hang';

/** A real SMTP server (smtp-server) on 127.0.0.1 and a random port, for tests. */
export class TestSmtp {
  readonly received: Received[] = [];
  /** Modes for the coming sessions, in order; `mode` once they run out. */
  queue: Mode[] = [];
  mode: Mode = 'accept';
  /** Every message whose data the server saw, whatever it answered. */
  dataSeen = 0;
  /**
   * How long the server takes to answer a message's data (a slow server): a client killed
   * meanwhile leaves a message whose fate it never learned. The message counts as received.
   */
  delayMs = 0;
  private readonly sockets = new Set<Socket>();
  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  /** Back to accepting everything, with nothing received: call before each test. */
  reset(): void {
    this.mode = 'accept';
    this.delayMs = 0;
    this.queue = [];
    this.received.length = 0;
  }

  /** The settings that send through this server (plain SMTP on loopback: no TLS to require). */
  settings(): Record<'smtp.host' | 'smtp.port' | 'smtp.require_tls', string> {
    return {
      'smtp.host': '127.0.0.1',
      'smtp.port': String(this.port),
      'smtp.require_tls': 'false',
    };
  }

  /** With `auth`, the server demands that login (PLAIN or LOGIN) before mail. */
  static async start(opts: { auth?: { user: string; pass: string } } = {}): Promise<TestSmtp> {
    // The callbacks need the instance, which needs the listening server: a holder breaks the cycle.
    const holder: { me?: TestSmtp } = {};
    const auth = opts.auth;
    const server = new SMTPServer({
      authOptional: auth === undefined,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth(a, _session, callback) {
        if (auth !== undefined && a.username === auth.user && a.password === auth.pass) {
          callback(null, { user: a.username });
          return;
        }
        callback(Object.assign(new Error('5.7.8 authentication failed'), { responseCode: 535 }));
      },
      onRcptTo(_address, _session, callback) {
        if (holder.me?.current() === 'drop-envelope') {
          holder.me.next();
          holder.me.dropAll();
          return;
        }
        callback();
      },
      onData(stream, session, callback) {
        const me = holder.me;
        if (me === undefined) return;
        const mode = me.current();
        me.next();
        const chunks: Buffer[] = [];
        let dropped = false;
        stream.on('data', (c: Buffer) => {
          chunks.push(c);
          if (mode === 'drop-data' && !dropped) {
            dropped = true;
            me.dataSeen++;
            me.dropAll();
          }
        });
        stream.on('end', () => {
          if (mode === 'drop-data') return;
          me.dataSeen++;
          const raw = Buffer.concat(chunks);
          if (mode === 'hang') return;
          if (mode === 'reject' || mode === 'tempfail') {
            const [code, text] =
              mode === 'reject'
                ? [550, '5.1.1 mailbox unavailable']
                : [451, '4.3.0 try again later'];
            callback(Object.assign(new Error(text), { responseCode: code }));
            return;
          }
          const envelope = session.envelope;
          void Promise.all([simpleParser(raw), new Promise((r) => setTimeout(r, me.delayMs))]).then(
            ([parsed]) => {
              me.received.push({
                from: envelope.mailFrom === false ? '' : envelope.mailFrom.address,
                to: envelope.rcptTo.map((r) => r.address),
                raw,
                parsed,
              });
              callback(null, `OK: queued as T${String(me.received.length)}`);
            },
          );
        });
      },
    });
    // A client killed mid-session (the crash tests do it on purpose) resets its connection;
    // smtp-server reports that as an 'error' event, which would otherwise be thrown.
    server.on('error', () => {});
    server.server.on('connection', (s: Socket) => {
      holder.me?.sockets.add(s);
      s.on('close', () => holder.me?.sockets.delete(s));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    holder.me = new TestSmtp(server, port);
    return holder.me;
  }

  current(): Mode {
    return this.queue[0] ?? this.mode;
  }

  next(): void {
    this.queue.shift();
  }

  /** Cuts every open connection, as a crashed or unplugged server would. */
  dropAll(): void {
    for (const s of this.sockets) s.destroy();
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => {
      this.server.close(resolve);
    });
  }
}
