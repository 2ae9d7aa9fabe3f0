import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { writeFileAtomic } from '../../adapters/files.js';
import {
  buildCalendar,
  EventMemo,
  INTERVIEW_HISTORY_DAYS,
} from '../../domain/calendar/calendar.js';
import { AfterviewError } from '../../domain/errors.js';
import type { Store } from '../../store/store.js';
import type { Ctx } from '../context.js';
import { cachedRead } from '../read-cache.js';
import { settleHeldInterviews } from '../interviews/planning.js';
import { loadPolicy, loadSettings } from '../settings/settings.js';

/**
 * The reminders calendar (PRODUCT.md §10): `afterview calendar export` and the feed that
 * `afterview serve` publishes at /calendar/TOKEN.ics for calendar apps to subscribe to.
 *
 * The token is the feed's only protection (calendar apps send no cookies or headers of ours), so
 * it is 256 random bits, compared in constant time, renewable and revocable. It is stored as is:
 * Settings must be able to show the URL again, and the feed reveals nothing that a reader of the
 * database file could not see anyway.
 */

/** Where the web app runs when no server says otherwise (`afterview serve` defaults). */
export const DEFAULT_APP_URL = 'http://127.0.0.1:4747';

/**
 * The address calendar apps and digest links reach the app by: the `app.url` setting when the
 * user gave one (a proxy, another machine), else `fallback`, the server's own address.
 */
export async function publicAppUrl(ctx: Ctx, fallback: string): Promise<string> {
  return (await configuredAppUrl(ctx)) ?? fallback;
}

/** The `app.url` setting, or null when the user gave none. */
export async function configuredAppUrl(ctx: Ctx): Promise<string | null> {
  const { profile } = await loadSettings(ctx.store, ctx.systemZone);
  return profile.appUrl !== '' ? profile.appUrl : null;
}

/** The feed path for a token; the HTTP route serves exactly this. */
export const feedPath = (token: string): string => `/calendar/${token}.ics`;

const feedUrl = (appUrl: string, token: string): string =>
  `${appUrl.replace(/\/+$/, '')}${feedPath(token)}`;

const newToken = (): string => randomBytes(32).toString('base64url');

const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

/** Same length, whatever the input: the comparison time says nothing about the secret. */
const digestOf = (s: string): Buffer => createHash('sha256').update(s).digest();

/** A revoked, renewed or made-up token: the same answer for all, and no hint which. */
const noFeed = (): AfterviewError => new AfterviewError('not_found', 'no such calendar feed');

/** One memo of serialised events per open database, for as long as it is open. */
const memos = new WeakMap<Store, EventMemo>();

/** The calendar as iCalendar text, with links to the app at `appUrl`. */
export async function calendarText(ctx: Ctx, appUrl: string): Promise<string> {
  const policy = await loadPolicy(ctx.store, ctx.systemZone);
  const now = ctx.now();
  // Interviews that just ended plan their thank-yous and debrief, as `today` does.
  await settleHeldInterviews(ctx.store, now, policy);
  const since = new Date(Date.parse(now) - INTERVIEW_HISTORY_DAYS * 86_400_000).toISOString();
  const [actions, interviews] = await Promise.all([
    ctx.store.calendar.pendingActions(),
    ctx.store.calendar.interviewsSince(since),
  ]);
  let memo = memos.get(ctx.store);
  if (memo === undefined) {
    memo = new EventMemo();
    memos.set(ctx.store, memo);
  }
  return buildCalendar({ actions, interviews, appUrl, zone: policy.timezone, now }, memo);
}

export interface Exported {
  /** The file written, or null when the text goes to stdout. */
  path: string | null;
  text: string;
  events: number;
}

/** `afterview calendar export [--out FILE]`: the calendar once, as a file to import. */
export async function exportCalendar(
  ctx: Ctx,
  opts: { out?: string; appUrl?: string } = {},
): Promise<Exported> {
  const text = await calendarText(ctx, opts.appUrl ?? DEFAULT_APP_URL);
  const events = text.split('\r\nBEGIN:VEVENT\r\n').length - 1;
  if (opts.out === undefined || opts.out === '-') return { path: null, text, events };
  writeFileAtomic(opts.out, text);
  return { path: opts.out, text, events };
}

/**
 * Serialises the events once when the server starts, if a calendar app is subscribed, so its
 * first poll is answered as fast as the later ones (700 ms for 10,000 actions, else).
 */
export async function warmFeed(ctx: Ctx, appUrl: string): Promise<void> {
  if ((await ctx.store.calendar.feed())?.token == null) return;
  await calendarText(ctx, appUrl);
}

/** The feed URL while a token exists, else null: reading never creates one. */
export async function currentFeedUrl(ctx: Ctx, appUrl: string): Promise<string | null> {
  const token = (await ctx.store.calendar.feed())?.token ?? null;
  return token === null ? null : feedUrl(appUrl, token);
}

/** The feed URL, creating the token on first use; null after it was revoked. */
export async function feedUrlOf(ctx: Ctx, appUrl: string): Promise<string | null> {
  let feed = await ctx.store.calendar.feed();
  if (feed === undefined) {
    await ctx.store.calendar.createOnce(newToken(), ctx.now());
    feed = await ctx.store.calendar.feed();
  }
  const token = feed?.token ?? null;
  return token === null ? null : feedUrl(appUrl, token);
}

/** A new token: the old URL stops working at once. Also turns a revoked feed back on. */
export async function renewFeedToken(ctx: Ctx, appUrl: string): Promise<string> {
  const token = newToken();
  await ctx.store.calendar.setToken(token, ctx.now());
  return feedUrl(appUrl, token);
}

/** Turns the feed off: its URL answers 404 until a renewal. Returns whether it was on. */
export async function revokeFeedToken(ctx: Ctx): Promise<boolean> {
  const was = (await ctx.store.calendar.feed())?.token ?? null;
  await ctx.store.calendar.setToken(null, ctx.now());
  return was !== null;
}

export interface Feed {
  text: string;
  /** A strong validator: calendar apps that send If-None-Match get a 304 for an unchanged feed. */
  etag: string;
}

/**
 * The feed for a token from a URL, or `not_found` for any token that is not the current one.
 * Calendar apps poll it; until the data changes (or the minute turns, for what `now` decides)
 * the same text is served from the read cache, and a rebuild re-serialises only changed events.
 */
export async function feedFor(ctx: Ctx, token: string, appUrl: string): Promise<Feed> {
  const current = (await ctx.store.calendar.feed())?.token ?? null;
  if (current === null || !TOKEN_RE.test(token)) throw noFeed();
  if (!timingSafeEqual(digestOf(token), digestOf(current))) throw noFeed();
  return cachedRead(
    ctx,
    `calendar-feed ${appUrl}`,
    async () => {
      const text = await calendarText(ctx, appUrl);
      return {
        text,
        etag: `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`,
      };
    },
    // Counted against the read cache's byte bound: a feed of thousands of actions is megabytes.
    { clock: true, size: (f) => f.text.length * 2 + f.etag.length },
  );
}
