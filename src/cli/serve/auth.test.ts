import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, CliHome, freePort } from '../test/run-cli.js';

/**
 * `afterview serve` closed to other users of the computer (issue 15), through the built command
 * and a real port: the printed link, the cookie it sets, the refusals and `--no-auth`.
 */

let home: CliHome;
let child: ChildProcessWithoutNullStreams | undefined;
beforeEach(() => {
  home = new CliHome();
});
afterEach(async () => {
  if (child !== undefined && child.exitCode === null) {
    const exited = new Promise((r) => child?.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
  child = undefined;
  home.cleanup();
});

interface Running {
  base: string;
  /** Everything printed so far, stdout and stderr apart. */
  out: () => string;
  err: () => string;
}

async function serve(flags: string[] = []): Promise<Running> {
  const port = await freePort();
  const c = spawn(process.execPath, [BIN, 'serve', '--port', String(port), ...flags], {
    env: home.env(),
  });
  child = c;
  let out = '';
  let err = '';
  c.stderr.on('data', (b: Buffer) => (err += b.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`serve did not start in 20 s:\n${out}${err}`));
    }, 20_000);
    c.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      if (/running at \S+\n/.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return { base: `http://127.0.0.1:${String(port)}`, out: () => out, err: () => err };
}

const linkIn = (text: string): string => {
  const m = /running at (\S+)\n/.exec(text);
  if (m?.[1] === undefined) throw new Error(`no link in:\n${text}`);
  return m[1];
};

describe('afterview serve with its printed link', () => {
  it('refuses /api without the cookie, signs a browser in once, and keeps the secret 0600', async () => {
    const s = await serve();
    const link = linkIn(s.out());
    expect(link).toMatch(/\/\?token=[\w-]{32}$/);
    expect(statSync(join(home.dir, 'session-secret')).mode & 0o777).toBe(0o600);

    const bare = await fetch(`${s.base}/api/applications`);
    expect(bare.status).toBe(401);
    expect(((await bare.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    // The page itself loads without a session, so it can say where to get one.
    expect((await fetch(`${s.base}/`)).status).toBe(200);

    const first = await fetch(link, { redirect: 'manual' });
    expect(first.status).toBe(302);
    expect(first.headers.get('location')).toBe('/');
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^afterview-session-\d+=/);
    const signedIn = await fetch(`${s.base}/api/applications`, { headers: { cookie } });
    expect(signedIn.status).toBe(200);

    // Used once: the same link sets no cookie a second time; the terminal shows a fresh one.
    const again = await fetch(link, { redirect: 'manual' });
    expect(again.status).toBe(302);
    expect(again.headers.get('set-cookie')).toBeNull();
    await expect.poll(() => s.out()).toMatch(/For another browser, open \S+\?token=[\w-]{32}\n/);
    const fresh = /another browser, open (\S+)\n/.exec(s.out())?.[1] ?? '';
    expect(fresh).not.toBe(link);
    const second = await fetch(fresh, { redirect: 'manual' });
    expect(second.headers.get('set-cookie')).toMatch(/^afterview-session-\d+=/);
  });

  it('a link from an earlier run is refused; the cookie survives a restart', async () => {
    const s1 = await serve();
    const old = linkIn(s1.out());
    const cookie = (
      (await fetch(old, { redirect: 'manual' })).headers.get('set-cookie') ?? ''
    ).split(';')[0];
    await expect.poll(() => s1.out()).toMatch(/another browser, open \S+\n/);
    const unused = /another browser, open (\S+)\n/.exec(s1.out())?.[1];
    const exited = new Promise((r) => child?.once('exit', r));
    child?.kill('SIGTERM');
    await exited;

    const s2 = await serve();
    const stale = (unused ?? '').replace(/:\d+\//, `:${new URL(s2.base).port}/`);
    expect((await fetch(stale, { redirect: 'manual' })).headers.get('set-cookie')).toBeNull();
    // The cookie is per port: carried over under the new port's name, the same value still works.
    const value = (cookie ?? '').split('=')[1] ?? '';
    const name = `afterview-session-${new URL(s2.base).port}`;
    const r = await fetch(`${s2.base}/api/health`, { headers: { cookie: `${name}=${value}` } });
    expect(r.status).toBe(200);
  });

  it('--no-auth keeps the old behaviour, with a warning', async () => {
    const s = await serve(['--no-auth']);
    expect(linkIn(s.out())).toBe(`${s.base}/`);
    expect(s.err()).toMatch(/warning: --no-auth: any program or user on this computer/);
    expect((await fetch(`${s.base}/api/applications`)).status).toBe(200);
  });
});
