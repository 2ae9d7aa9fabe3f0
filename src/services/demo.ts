import { DateTime } from 'luxon';
import { conflict } from '../domain/errors.js';
import { toInstant } from '../domain/time.js';
import { addApplication, changeStatus, logReply } from './applications.js';
import type { Ctx } from './context.js';
import { recordInterview } from './interviews.js';
import { loadSettings } from './settings.js';

/**
 * A realistic search to explore: seven companies, an application in every status, past and
 * upcoming interviews with named interviewers. Each step runs at its own moment in the past, so
 * history and plans look as they would have.
 */
export async function loadDemo(ctx: Ctx): Promise<{ applications: number; interviews: number }> {
  if ((await ctx.store.applications.list({ limit: 1 })).length > 0) {
    throw conflict(
      'this database already has applications; run demo on an empty AFTERVIEW_HOME',
      'demo',
    );
  }
  const zone = (await loadSettings(ctx.store, ctx.systemZone)).timezone;
  const base = DateTime.fromISO(ctx.now(), { zone });
  /** The context as it was `days` ago (at the same local time). */
  const ago = (days: number, hours = 0): Ctx => {
    const at = toInstant(base.minus({ days, hours }));
    return { ...ctx, now: () => at };
  };
  /** A local date-time string `days` from now at HH:MM, as the CLI user would type it. */
  const day = (days: number, clock: string): string =>
    `${base.plus({ days }).toISODate() ?? ''}T${clock}`;
  let interviews = 0;
  const app = async (
    c: Ctx,
    company: string,
    role: string,
    extra: { url?: string; source?: string; location?: string } = {},
  ) => (await addApplication(c, { company, role, ...extra })).id;
  /** Logged three hours after it started, as a seeker would on the way home. */
  const log = async (id: number, f: Parameters<typeof recordInterview>[2] & { at: string }) => {
    interviews++;
    const loggedAt = toInstant(DateTime.fromISO(f.at, { zone }).plus({ hours: 3 }));
    return recordInterview({ ...ctx, now: () => loggedAt }, id, f, 'log');
  };
  const schedule = async (id: number, f: Parameters<typeof recordInterview>[2]) => {
    interviews++;
    return recordInterview(ctx, id, f, 'schedule');
  };

  await addApplication(ago(2), {
    company: 'Fjord Analytics',
    role: 'Data Engineer',
    status: 'saved',
    url: 'https://fjord.example/jobs/42',
  });
  await app(ago(3), 'Brightline Health', 'Platform Engineer', {
    source: 'LinkedIn',
    location: 'Remote',
  });

  const northwind = await app(ago(20), 'Northwind Traders Inc.', 'Senior Backend Engineer', {
    source: 'referral',
    location: 'Toronto',
  });
  await log(northwind, {
    at: day(-6, '14:00'),
    duration: '45m',
    kind: 'video',
    interviewers: [
      'Priya Raman <priya.raman@northwind.example>',
      'Tom Becker <tom.becker@northwind.example>',
    ],
    topics: ['migrating the billing service to event sourcing', 'on-call practices'],
    nextSteps: 'Technical round with the platform team',
    decisionBy: day(4, '12:00').slice(0, 10),
    owe: ['references'],
  });
  await schedule(northwind, {
    at: day(3, '10:30'),
    duration: '1h30m',
    kind: 'technical',
    interviewers: [
      'Priya Raman <priya.raman@northwind.example>',
      'Diego Alvarez <diego.alvarez@northwind.example>',
    ],
    location: 'https://meet.example/northwind-tech',
  });

  const lumen = await app(ago(15), 'Lumen & Co', 'Staff Software Engineer', {
    source: 'company site',
    location: 'Montréal',
  });
  await log(lumen, {
    at: day(-1, '11:00'),
    duration: '1h',
    kind: 'onsite',
    late: true,
    interviewers: ['Chloé Tremblay <chloe.tremblay@lumen.example>'],
    topics: ['scaling the search indexer'],
    followUpOn: day(6, '09:00').slice(0, 10),
    owe: ['architecture writing sample'],
    gaps: ['Kubernetes operators'],
  });

  const orbit = await app(ago(30), 'Orbit Systems GmbH', 'Engineering Manager', {
    location: 'Berlin (hybrid)',
  });
  await log(orbit, {
    at: day(-21, '15:00'),
    kind: 'phone',
    interviewers: ['Anna Müller <anna.mueller@orbit.example>'],
    topics: ['team growth'],
  });
  await log(orbit, {
    at: day(-12, '09:30'),
    kind: 'panel',
    interviewers: ['Anna Müller <anna.mueller@orbit.example>', 'Jonas Weber'],
    topics: ['hiring plan'],
  });
  await changeStatus(ago(2), orbit, 'offer', 'Verbal offer from Anna');

  const kestrel = await app(ago(40), 'Kestrel Labs', 'Backend Engineer');
  await log(kestrel, {
    at: day(-30, '13:00'),
    kind: 'video',
    interviewers: ['Minh Nguyễn <minh.nguyen@kestrel.example>'],
    topics: ['API design'],
  });
  await changeStatus(ago(18), kestrel, 'rejected', 'They hired an internal candidate');

  const harbor = await app(ago(50), 'Harbor Freight Tech', 'Site Reliability Engineer');
  await log(harbor, {
    at: day(-45, '10:00'),
    kind: 'phone',
    interviewers: ['Sam Okafor <sam.okafor@harbor.example>'],
  });
  await changeStatus(ago(5), harbor, 'ghosted', 'No answer after three follow-ups');

  const cedar = await app(ago(35), 'Cedar Point Software', 'Developer Advocate');
  await changeStatus(ago(25), cedar, 'withdrawn', 'Role turned out to be 80% travel');

  const atlas = await app(ago(90), 'Atlas Robotics', 'Software Engineer II');
  await log(atlas, {
    at: day(-80, '16:00'),
    kind: 'final',
    interviewers: ['Grace Liu <grace.liu@atlas.example>'],
  });
  await changeStatus(ago(75), atlas, 'offer');
  await changeStatus(ago(70), atlas, 'declined', 'Salary below my walk-away point');

  const meridian = await app(ago(10), 'Meridian Bank plc', 'Payments Engineer', {
    source: 'recruiter',
  });
  await log(meridian, {
    at: day(-8, '15:30'),
    kind: 'video',
    interviewers: ['Olivia Hart <olivia.hart@meridian.example>'],
    topics: ['PCI compliance'],
  });
  await logReply(ago(4), meridian, 'Recruiter: second round being scheduled');

  const acceptedCo = await app(ago(120), 'Pinecone Studio', 'Frontend Engineer');
  await log(acceptedCo, { at: day(-110, '10:00'), kind: 'onsite', interviewers: ['Rita Gomez'] });
  await changeStatus(ago(100), acceptedCo, 'offer');
  await changeStatus(ago(98), acceptedCo, 'accepted', 'Contract role, ends next month');

  return { applications: 11, interviews };
}
