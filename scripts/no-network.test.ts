import dns from 'node:dns';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { assertNoNetworkAccess, isLoopback, takeNetworkViolations } from './no-network.js';

// Each test provokes the guard on purpose; clear its record so the global check stays quiet.
afterEach(() => {
  takeNetworkViolations();
});

describe('the no-network guard (vitest setup file)', () => {
  it('refuses a connection to an address outside this machine', () => {
    const socket = new net.Socket();
    expect(() => socket.connect({ host: '192.0.2.1', port: 9 })).toThrow(
      /unexpected network access from a test: connect to 192\.0\.2\.1/,
    );
    socket.destroy();
    expect(() => net.connect(80, 'example.com')).toThrow(/connect to example\.com/);
    expect(takeNetworkViolations()).toHaveLength(2);
  });

  it('records a refused fetch even when the caller only sees "fetch failed"', async () => {
    await expect(fetch('http://example.com/')).rejects.toThrow();
    expect(() => {
      assertNoNetworkAccess();
    }).toThrow(/connect to example\.com/);
    // The check empties the record: one failure per attempt, not one per later test.
    expect(() => {
      assertNoNetworkAccess();
    }).not.toThrow();
  });

  it('refuses name lookups of outside hosts', async () => {
    await expect(dns.promises.lookup('example.com')).rejects.toThrow(/dns\.promises\.lookup/);
    expect(() => {
      dns.lookup('example.org', () => undefined);
    }).toThrow(/dns\.lookup example\.org/);
    expect(takeNetworkViolations()).toHaveLength(2);
  });

  it('lets tests reach servers on loopback', async () => {
    const server = net.createServer((s) => s.end('hi'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      for (const host of ['127.0.0.1', 'localhost']) {
        const reply = await new Promise<string>((resolve, reject) => {
          const c = net.connect(port, host);
          let data = '';
          c.on('data', (d: Buffer) => (data += d.toString()));
          c.on('end', () => {
            resolve(data);
          });
          c.on('error', reject);
        });
        expect(reply).toBe('hi');
      }
      expect((await dns.promises.lookup('localhost')).address).toMatch(/^(127\.|::1$)/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(takeNetworkViolations()).toEqual([]);
  });

  it('knows loopback hosts from outside ones', () => {
    for (const h of ['localhost', '127.0.0.1', '127.5.6.7', '::1', '[::1]', '::ffff:127.0.0.1']) {
      expect(isLoopback(h), h).toBe(true);
    }
    for (const h of ['example.com', '10.0.0.1', '192.0.2.1', '::ffff:10.0.0.1', '128.0.0.1']) {
      expect(isLoopback(h), h).toBe(false);
    }
  });
});
