/**
 * Vitest setup file (STYLE.md §6: fail any test that reaches the network unexpectedly). Tests
 * talk to servers on loopback only (the SMTP test server, the HTTP app, Chromium's debugging
 * pipe); a connection or a name lookup for any other host throws, and because a caller may
 * swallow the error (a delivery marked failed, a fetch that "just failed"), each attempt is also
 * recorded and fails the test that made it in `afterEach`. Child processes (the spawned CLI)
 * are not covered: they start with their own copy of `net`.
 */
import dns from 'node:dns';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import { afterEach } from 'vitest';

const STATE = Symbol.for('afterview.noNetwork');
interface GuardState {
  violations: string[];
}
type Guarded = typeof globalThis & { [STATE]?: GuardState };

/** One state per process: vitest may run several test files in one worker. */
function state(): GuardState {
  const g = globalThis as Guarded;
  g[STATE] ??= { violations: [] };
  return g[STATE];
}

/** Hosts a test may reach: this machine only. */
export function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    h === '::1' ||
    h === '::' ||
    h === '0.0.0.0' ||
    /^127\.\d+\.\d+\.\d+$/.test(h) ||
    /^::ffff:127\.\d+\.\d+\.\d+$/.test(h)
  );
}

function refuse(what: string): Error {
  const message = `unexpected network access from a test: ${what} (tests reach loopback only)`;
  state().violations.push(message);
  return new Error(message);
}

/** The host a `Socket.prototype.connect` call targets, or null for a local (IPC) socket. */
function hostOf(args: unknown[]): string | null {
  // net.connect() passes its arguments on already normalised, as one array.
  const first: unknown = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  if (typeof first === 'object' && first !== null) {
    const o = first as { host?: unknown; path?: unknown };
    if (typeof o.path === 'string') return null;
    return typeof o.host === 'string' ? o.host : 'localhost';
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return null;
  const host = Array.isArray(args[0]) ? undefined : args[1];
  return typeof host === 'string' ? host : 'localhost';
}

/** Empties the record of refused attempts and returns it (for the guard's own tests). */
export function takeNetworkViolations(): string[] {
  const s = state();
  const out = s.violations;
  s.violations = [];
  return out;
}

/** Throws when a test tried to reach the network since the last check. */
export function assertNoNetworkAccess(): void {
  const found = takeNetworkViolations();
  if (found.length > 0) throw new Error(found.join('\n'));
}

const PATCHED = Symbol.for('afterview.noNetwork.patched');

type Fn = (this: unknown, ...args: unknown[]) => unknown;
/** A module or prototype seen as the table of functions it is, to wrap some of them. */
const functions = (o: object): Record<string, Fn | undefined> =>
  o as Record<string, Fn | undefined>;

function install(): void {
  const proto = functions(net.Socket.prototype);
  if (PATCHED in proto) return;
  Object.defineProperty(proto, PATCHED, { value: true });

  const connect = proto.connect;
  if (connect === undefined) throw new Error('net.Socket.prototype.connect is missing');
  proto.connect = function (this: unknown, ...args: unknown[]): unknown {
    const host = hostOf(args);
    if (host !== null && !isLoopback(host)) throw refuse(`connect to ${host}`);
    return connect.apply(this, args);
  };

  // The callback API throws at once, as connect does; the promise API rejects.
  const modules = [
    { table: functions(dns), label: 'dns', async: false },
    { table: functions(dns.promises), label: 'dns.promises', async: true },
  ];
  for (const { table, label, async } of modules) {
    for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) {
      const fn = table[name];
      if (fn === undefined) continue;
      table[name] = function (this: unknown, ...args: unknown[]): unknown {
        const host = args[0];
        if (typeof host === 'string' && !isLoopback(host)) {
          const e = refuse(`${label}.${name} ${host}`);
          if (async) return Promise.reject(e);
          throw e;
        }
        return fn.apply(this, args);
      };
    }
  }
  // `import { lookup } from 'node:dns'` reads the live bindings only after this.
  syncBuiltinESMExports();
}

install();

afterEach(() => {
  assertNoNetworkAccess();
});
