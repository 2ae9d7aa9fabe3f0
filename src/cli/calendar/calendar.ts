import { invalidInput } from '../../domain/errors.js';
import { parseAppUrl } from '../../domain/settings/profile.js';
import {
  DEFAULT_APP_URL,
  exportCalendar,
  feedUrlOf,
  configuredAppUrl,
  renewFeedToken,
  revokeFeedToken,
} from '../../services/calendar/calendar.js';
import { previewDigest, sendDigestNow } from '../../services/calendar/digest.js';
import { deliveryEnv } from '../../services/open.js';
import { presentMessage } from '../../services/present/present-message.js';
import { when, str } from '../format.js';
import type { Invocation, Output } from '../spec.js';
import { runningServer } from '../../services/running-server.js';
import { resolveHome } from '../../services/open.js';

/** Reminders (PRODUCT.md §10): `calendar export`, `calendar token`, `digest`. */

/** `--base URL`: the address the server is reached by, checked as the `app.url` setting is. */
function baseOf(v: string): string {
  const base = parseAppUrl(v, 'base');
  if (base === '') throw invalidInput('base needs an address, e.g. http://127.0.0.1:4747', 'base');
  return base;
}

/**
 * The address links and the feed URL use: --base, else the `app.url` setting, else the server
 * running for this home. `known` is false when none says, and the default port is a guess.
 */
async function addressOf(
  ctx: Invocation['ctx'],
  values: Invocation['values'],
): Promise<{ base: string; known: boolean }> {
  if (typeof values.base === 'string') return { base: baseOf(values.base), known: true };
  const base =
    (await configuredAppUrl(ctx)) ?? runningServer(resolveHome(process.env))?.url ?? null;
  return base === null ? { base: DEFAULT_APP_URL, known: false } : { base, known: true };
}

/** `afterview calendar export [--out FILE]`: the calendar as .ics on stdout or into a file. */
export async function exportCmd({ ctx, values }: Invocation): Promise<Output> {
  const out = str(values.out);
  if (out === '') throw invalidInput('--out needs a file name', 'out');
  const r = await exportCalendar(ctx, { out, appUrl: (await addressOf(ctx, values)).base });
  const json = { path: r.path, events: r.events };
  if (r.path === null) {
    // The calendar itself is the output; --json wraps it instead.
    if (values.json === true) return { text: '', json: { ...json, ics: r.text } };
    // The CLI ends the text with "\n": leave the "\r" so the last line ends CRLF (RFC 5545).
    return { text: r.text.slice(0, -1), json, verbatim: true };
  }
  return { text: `Wrote ${String(r.events)} event(s) to ${r.path}`, json };
}

/** `afterview calendar token [--renew | --revoke]`: the feed URL to subscribe to. */
export async function token({ ctx, values }: Invocation): Promise<Output> {
  if (values.renew === true && values.revoke === true) {
    throw invalidInput('--renew and --revoke go one at a time', 'renew');
  }
  // With no address known, it depends on the port `serve` will use, and the output says so.
  const { base, known } = await addressOf(ctx, values);
  if (values.revoke === true) {
    const was = await revokeFeedToken(ctx);
    return {
      text: was
        ? 'Revoked: the calendar feed URL no longer works. Turn it back on with: afterview calendar token --renew'
        : 'The calendar feed was already off.',
      json: { url: null, revoked: was },
    };
  }
  const url = values.renew === true ? await renewFeedToken(ctx, base) : await feedUrlOf(ctx, base);
  if (url === null) {
    return {
      text: 'The calendar feed is off (revoked). Turn it on with: afterview calendar token --renew',
      json: { url: null },
    };
  }
  return {
    text: [
      url,
      values.renew === true
        ? 'A new URL: the old one no longer works; update your calendar apps.'
        : '',
      known
        ? 'Subscribe to it in your calendar app while `afterview serve` runs (see docs/calendar.md).'
        : `No server is running for this data folder, so this address assumes the default port: it depends on the port \`afterview serve\` will use (${DEFAULT_APP_URL} unless you give --port). Run this again while the server runs, give --base, or set app.url.`,
    ]
      .filter((l) => l !== '')
      .join('\n'),
    json: { url, address_known: known },
  };
}

/** `afterview digest [--send]`: today's digest e-mail, previewed or sent now (once a day). */
export async function digest({ ctx, values, zone }: Invocation): Promise<Output> {
  const { base } = await addressOf(ctx, values);
  if (values.send !== true) {
    const d = await previewDigest(ctx, base);
    const status =
      d.message === null
        ? 'Not sent yet today.'
        : `Today's digest is message #${String(d.message.id)} (${d.message.state}${d.message.sentAt === null ? '' : `, ${when(d.message.sentAt, zone)}`}).`;
    return {
      text: [
        `To: ${d.to ?? '(no address: afterview settings set email …)'}`,
        `Subject: ${d.subject}`,
        '',
        d.text.trimEnd(),
        '',
        status,
      ].join('\n'),
      json: {
        date: d.date,
        to: d.to,
        subject: d.subject,
        text: d.text,
        overdue: d.overdue.map((a) => a.id),
        today: d.today.map((a) => a.id),
        message: d.message === null ? null : presentMessage(d.message, zone),
      },
    };
  }
  const { outcome, message: m } = await sendDigestNow(ctx, base, deliveryEnv(process.env));
  const said: Record<typeof outcome, string> = {
    sent: `Sent today's digest to ${m.recipientEmail ?? ''} (message #${String(m.id)}; ${m.transportResponse ?? ''}).`,
    retry: `Not sent yet: ${m.lastError ?? 'the server refused for now'}; afterview serve retries it.`,
    failed: `Failed: ${m.lastError ?? ''}`,
    held: `Held: the connection broke after the message went out; check your inbox, then afterview outbox confirm ${String(m.id)}.`,
    skipped: `Today's digest (message #${String(m.id)}) is ${m.state}${m.heldAt === null ? '' : ' (held)'}: see afterview outbox show ${String(m.id)}.`,
  };
  return {
    text: said[outcome],
    json: { ...presentMessage(m, zone), outcome },
    exitCode: outcome === 'sent' ? 0 : 1,
  };
}
